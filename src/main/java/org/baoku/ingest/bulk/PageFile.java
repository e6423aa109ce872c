package org.baoku.ingest.bulk;

import java.io.IOException;
import java.time.LocalDate;

import org.baoku.archive.PrintedName;
import org.baoku.ingest.IngestReason;

/**
 * One file found for ingest: where it came from, where it belongs (newspaper, date, page) or why it cannot be
 * placed (in English, and as a message code when there is one), and a way to read its bytes when its turn comes.
 */
record PageFile(String source, String fileName, String newspaper, LocalDate date, String page, Bytes bytes,
		String refusal, IngestReason reason) {

	PageFile(String source, String fileName, String newspaper, LocalDate date, String page, Bytes bytes,
			String refusal) {
		this(source, fileName, newspaper, date, page, bytes, refusal, null);
	}

	/** Reads the file's bytes, at most {@code limit} + 1 of them so an oversized file is seen without reading it all. */
	interface Bytes {

		byte[] read(long limit) throws IOException;

	}

	/** The newspaper and page as every other way in takes them ({@link PrintedName}), for the job's report too. */
	PageFile {
		newspaper = PrintedName.of(newspaper);
		page = PrintedName.of(page);
	}

	static PageFile refused(String source, String fileName, String why) {
		return new PageFile(source, fileName, null, null, null, null, why);
	}

	static PageFile refused(String source, String fileName, IngestReason why) {
		return new PageFile(source, fileName, null, null, null, null, why.english(), why);
	}

	boolean refused() {
		return refusal != null;
	}

}
