package org.baoku.ingest.bulk;

import java.io.IOException;
import java.util.List;

import org.baoku.ingest.pdf.PdfIssue;

/**
 * The pages of whole issues' PDFs for a bulk load: their labels when the files are found, and the pages split when
 * their turn comes. Pages are taken in order, so only the issue being loaded is held split in memory.
 */
final class IssuePages {

	/** The largest PDF of a whole issue read (a broadsheet issue of 32 pages at 20–30 MB a page). */
	static final long MAX_ISSUE_BYTES = 1L << 30;

	private String splitSource;

	private List<PdfIssue.Page> split = List.of();

	List<String> labels(String source, PageFile.Bytes bytes) throws IOException {
		return PdfIssue.labels(whole(source, bytes));
	}

	synchronized byte[] page(String source, PageFile.Bytes bytes, int index) throws IOException {
		if (!source.equals(splitSource)) {
			split = List.of();
			split = PdfIssue.split(whole(source, bytes));
			splitSource = source;
		}
		return split.get(index).pdf();
	}

	private static byte[] whole(String source, PageFile.Bytes bytes) throws IOException {
		byte[] pdf = bytes.read(MAX_ISSUE_BYTES);
		if (pdf.length > MAX_ISSUE_BYTES) {
			throw new IOException(source + " is larger than " + MAX_ISSUE_BYTES + " bytes");
		}
		return pdf;
	}

}
