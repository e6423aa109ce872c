package org.baoku.ingest.bulk;

import java.io.IOException;
import java.time.LocalDate;

/**
 * One file found for ingest: where it came from, where it belongs (newspaper, date, page) or why it cannot be
 * placed, and a way to read its bytes when its turn comes.
 */
record PageFile(String source, String fileName, String newspaper, LocalDate date, String page, Bytes bytes,
		String refusal) {

	/** Reads the file's bytes, at most {@code limit} + 1 of them so an oversized file is seen without reading it all. */
	interface Bytes {

		byte[] read(long limit) throws IOException;

	}

	static PageFile refused(String source, String fileName, String why) {
		return new PageFile(source, fileName, null, null, null, null, why);
	}

	boolean refused() {
		return refusal != null;
	}

}
