package org.baoku.web;

import java.time.Duration;

/** The server has no room for this request now; answered 503 with the reason and when to try again. */
public class BusyException extends RuntimeException {

	private final Duration retryAfter;

	public BusyException(String reason, Duration retryAfter) {
		super(reason);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
