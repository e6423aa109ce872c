package org.baoku.ingest.split;

/** A person named in a byline, with the role printed before the name (记者, 特约记者, 通讯员 …). */
public record Credit(String name, String role) {
}
