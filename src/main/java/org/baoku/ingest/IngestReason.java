package org.baoku.ingest;

import java.util.List;

/**
 * Why an ingest ended as it did, as a message code with its arguments (shown to admins in their language, key
 * {@code ingest.<code>}) and as English for the API and the log.
 */
public record IngestReason(String code, List<Object> args, String english) {

	public IngestReason {
		args = List.copyOf(args);
	}

	public static IngestReason of(String code, String english, Object... args) {
		return new IngestReason(code, List.of(args), english);
	}

	/** The message key of this reason. */
	public String key() {
		return "ingest." + code;
	}

	/** Every code an ingest can end with, for checking that each has a message in every language. */
	public static final List<String> CODES = List.of("newspaperRequired", "dateRequired", "newspaperControl", "newspaperSlash",
			"pageControl", "newspaperTooLong", "pageTooLong", "dateOutside", "tooLarge", "emptyFile", "wrongEncoding",
			"invalidEncoding", "binary", "noText", "noProse", "noArticles", "duplicateBefore", "duplicateSlot", "conflict",
			"ingested", "replaced", "pdfEncrypted", "pdfPages", "pdfActive", "pdfNoText", "pdfMalformed",
			"pdfTimeout", "pdfIssuePages", "pdfNoPages", "pdfPageTree", "pdfImageTooLarge", "pdfTooDemanding", "pdfTooBigToRead", "pdfOcrRefused", "imageUnknown", "imageUnreadable", "imagePages", "imageTooLarge", "imageTimeout", "issueTooLarge", "fileUnreadable", "fileFailed", "runStopped", "stoppedTheApp", "split", "sameFileInUpload", "samePageInUpload", "scanPages", "notWhatNamed");

}
