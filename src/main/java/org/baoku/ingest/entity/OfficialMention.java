package org.baoku.ingest.entity;

/** A person holding office, named in an article, with the title the article gives them there ("" if none). */
public record OfficialMention(String name, String title) {
}
