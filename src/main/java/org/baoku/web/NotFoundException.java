package org.baoku.web;

/** Something asked for by id or name is not in the archive; answered with a 404 page or JSON. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
