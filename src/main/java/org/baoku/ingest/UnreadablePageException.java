package org.baoku.ingest;

/** A raw page that cannot be read as text; the message says why, in words an admin can act on. */
public class UnreadablePageException extends RuntimeException {

	private final IngestReason reason;

	public UnreadablePageException(IngestReason reason) {
		super(reason.english());
		this.reason = reason;
	}

	public IngestReason reason() {
		return reason;
	}

}
