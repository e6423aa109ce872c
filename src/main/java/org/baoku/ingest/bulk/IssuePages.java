package org.baoku.ingest.bulk;

import java.io.IOException;
import java.util.List;

import org.baoku.ingest.IngestReason;
import org.baoku.ingest.PageParser;
import org.baoku.ingest.UnreadablePageException;
import org.baoku.ingest.pdf.PdfIssue;
import org.baoku.ingest.pdf.PdfLimits;

/**
 * The pages of whole issues' PDFs for a bulk load: their labels when the files are found, and the pages split when
 * their turn comes. Pages are taken in order, so only the issue being loaded is held split in memory.
 */
final class IssuePages {

	private String splitSource;

	private List<PdfIssue.Page> split = List.of();

	List<String> labels(String source, PageFile.Bytes bytes) throws IOException {
		return PdfIssue.labels(whole(source, bytes));
	}

	synchronized byte[] page(String source, PageFile.Bytes bytes, int index) throws IOException {
		if (!source.equals(splitSource)) {
			split = List.of();
			splitSource = null;
			split = PdfIssue.split(whole(source, bytes));
			splitSource = source;
		}
		if (index >= split.size()) {
			// The labels were read from the same file; a file that splits into fewer pages than it listed is damaged.
			throw new UnreadablePageException(IngestReason.of("pdfPageTree",
					"the PDF's list of pages is damaged (it claims %d pages and holds %d); it cannot be split into pages"
						.formatted(index + 1, split.size()), index + 1, split.size()));
		}
		return split.get(index).pdf();
	}

	/** The whole file, bounded by the heap: splitting holds it several times over ({@link PdfLimits#maxIssueBytes}). */
	private static byte[] whole(String source, PageFile.Bytes bytes) throws IOException {
		long limit = PdfLimits.maxIssueBytes();
		byte[] pdf = bytes.read(limit);
		if (pdf.length > limit) {
			throw new UnreadablePageException(IngestReason.of("issueTooLarge",
					"the PDF of a whole issue is larger than %d MB, the most this server splits (a sixth of its memory)"
						.formatted(limit >> 20), limit >> 20));
		}
		// A multi-page TIFF scan of the issue is split as the image-only PDF it is kept as.
		return PageParser.asPageFile(pdf);
	}

}
