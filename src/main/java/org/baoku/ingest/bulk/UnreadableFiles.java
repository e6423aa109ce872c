package org.baoku.ingest.bulk;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.IngestReason;
import org.baoku.ingest.UnreadablePageException;
import org.baoku.ingest.pdf.PdfRefusedException;

/**
 * Why a file of a bulk run could not be read or split, in words for the admin: a refusal keeps its own reason, any
 * other failure is said plainly and its exception goes to the log. One file's failure is that file's outcome; the
 * run goes on with the next.
 */
final class UnreadableFiles {

	private static final Logger log = LoggerFactory.getLogger(UnreadableFiles.class);

	private UnreadableFiles() {
	}

	static IngestReason reason(String source, Throwable failure) {
		if (failure instanceof PdfRefusedException refused) {
			return new IngestReason(refused.code(), refused.args(), refused.getMessage());
		}
		if (failure instanceof UnreadablePageException unreadable) {
			return unreadable.reason();
		}
		if (failure instanceof IOException) {
			log.warn("{} could not be read: {}", source, failure.toString());
			return IngestReason.of("fileUnreadable", "the file could not be read (damaged, or removed while the run went on)");
		}
		log.error("{} failed in a way no check foresaw; the run goes on with the next file", source, failure);
		return IngestReason.of("fileFailed", "reading this file failed; it was not stored and the run went on");
	}

}
