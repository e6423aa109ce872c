package org.baoku.web;

/**
 * Something that was in the archive and was removed (an article a re-ingest dropped from its page): answered with
 * 410 Gone and a link to where it was.
 */
public class GoneException extends RuntimeException {

	private final String replacementUrl;

	public GoneException(String what, String replacementUrl) {
		super(what);
		this.replacementUrl = replacementUrl;
	}

	public String replacementUrl() {
		return replacementUrl;
	}

}
