package org.baoku.ingest;

/** A raw page that cannot be read as text; the message says why, in words an admin can act on. */
public class UnreadablePageException extends RuntimeException {

	public UnreadablePageException(String message) {
		super(message);
	}

}
