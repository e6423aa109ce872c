package org.baoku.web;

/** A request that the thing asked about is not in the state for; answered 409 with the reason. */
public class ConflictException extends RuntimeException {

	public ConflictException(String reason) {
		super(reason);
	}

}
