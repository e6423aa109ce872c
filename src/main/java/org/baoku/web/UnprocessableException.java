package org.baoku.web;

/** A stored thing that cannot be turned into what was asked for (a page PDF that cannot be drawn); answered 422. */
public class UnprocessableException extends RuntimeException {

	public UnprocessableException(String reason) {
		super(reason);
	}

}
