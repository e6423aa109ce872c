package org.baoku.web;

import java.time.Duration;

/**
 * A service the request needs (the search cluster) does not answer now; answered 503 with the reason and when to
 * try again, not as a server error: nothing is lost, and the same request works once it is back.
 */
public class UnavailableException extends RuntimeException {

	private final Duration retryAfter;

	public UnavailableException(String reason, Duration retryAfter, Throwable cause) {
		super(reason, cause);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
