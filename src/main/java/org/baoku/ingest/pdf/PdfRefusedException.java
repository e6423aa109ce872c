package org.baoku.ingest.pdf;

import java.util.List;

/** A page PDF that is not taken, with a code for the message and the reason in English. */
public class PdfRefusedException extends RuntimeException {

	private final String code;

	private final List<Object> args;

	PdfRefusedException(String code, String english, Object... args) {
		super(english);
		this.code = code;
		this.args = List.of(args);
	}

	public String code() {
		return code;
	}

	public List<Object> args() {
		return args;
	}

}
