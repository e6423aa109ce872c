package org.baoku.web;

/** A request whose parameters cannot be understood; answered 400 with the reason, never a 500. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String reason) {
		super(reason);
	}

}
