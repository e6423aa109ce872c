package org.baoku.web;

import java.util.List;

/**
 * Something that was in the archive and was removed (an article a re-ingest dropped from its page, one merged into
 * another, a page or issue an admin deleted): answered with 410 Gone, what happened in the reader's language
 * ({@code messageKey} with its arguments) and a link to where it went ({@code linkKey} names the link).
 */
public class GoneException extends RuntimeException {

	private final String replacementUrl;

	private final String messageKey;

	private final List<Object> messageArgs;

	private final String linkKey;

	public GoneException(String what, String replacementUrl, String linkKey, String messageKey, Object... messageArgs) {
		super(what);
		this.replacementUrl = replacementUrl;
		this.linkKey = linkKey;
		this.messageKey = messageKey;
		this.messageArgs = List.of(messageArgs);
	}

	public String replacementUrl() {
		return replacementUrl;
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> messageArgs() {
		return messageArgs;
	}

	public String linkKey() {
		return linkKey;
	}

}
