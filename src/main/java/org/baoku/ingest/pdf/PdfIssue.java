package org.baoku.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/**
 * A PDF of a whole issue, split into page files when the admin asks for it: each page becomes a PDF of its own
 * (PDFBox's {@link Splitter} copies what the page needs), named by the PDF's own page labels where it has them
 * ("A01"), else by its place (1, 2, …). The file is checked as a whole first (not encrypted, nothing active in
 * it); each page is then read like any page file.
 */
public final class PdfIssue {

	private PdfIssue() {
	}

	/** One page of the issue, labelled, as a one-page PDF. */
	public record Page(String label, byte[] pdf) {
	}

	/** The labels of the issue's pages, in order (reads the file, splits nothing). */
	public static List<String> labels(byte[] pdf) {
		return BoundedReading.within(PdfLimits.TIME_LIMIT, () -> {
			try (PDDocument document = PdfPageReader.load(pdf)) {
				return checkedLabels(document);
			}
		});
	}

	/** Every page as a PDF of its own, with its label. */
	public static List<Page> split(byte[] pdf) {
		return BoundedReading.within(PdfLimits.TIME_LIMIT, () -> {
			try (PDDocument document = PdfPageReader.load(pdf)) {
				return split(document, checkedLabels(document), pdf);
			}
		});
	}

	private static List<Page> split(PDDocument document, List<String> labels, byte[] pdf) throws IOException {
		List<PDDocument> pages = new Splitter().split(document);
		List<Page> split = new ArrayList<>();
		try {
			if (pages.size() != labels.size()) {
				throw damagedTree(labels.size(), pages.size());
			}
			long issueId = ByteBuffer.wrap(sha256(pdf)).getLong();
			for (int i = 0; i < pages.size(); i++) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				// The file ID is drawn from this seed instead of the clock: the same issue splits into the same
				// bytes every time, so a re-run finds its pages stored (DUPLICATE) instead of CONFLICT.
				pages.get(i).setDocumentId(issueId + i);
				pages.get(i).save(out);
				split.add(new Page(labels.get(i), out.toByteArray()));
			}
		}
		finally {
			for (PDDocument page : pages) {
				page.close();
			}
		}
		return split;
	}

	/**
	 * The file checked as a whole, then its labels. The page count is what the page tree claims, so it is bounded
	 * before a label is made for each, and the tree is walked to see it holds as many pages as it claims (a tree that
	 * refers back to itself does not).
	 */
	private static List<String> checkedLabels(PDDocument document) throws IOException {
		PdfChecks.checkDocument(document);
		int claimed = document.getNumberOfPages();
		if (claimed < 1) {
			// Else the file would end with no page and so no outcome at all.
			throw new PdfRefusedException("pdfNoPages", "the PDF has no pages");
		}
		if (claimed > PdfLimits.MAX_ISSUE_PAGES) {
			throw new PdfRefusedException("pdfIssuePages",
					"the PDF claims %d pages; a whole issue is split only up to %d pages"
						.formatted(claimed, PdfLimits.MAX_ISSUE_PAGES), claimed, PdfLimits.MAX_ISSUE_PAGES);
		}
		int held = 0;
		for (PDPage page : document.getPages()) {
			if (++held > claimed) {
				break;
			}
		}
		if (held != claimed) {
			throw damagedTree(claimed, held);
		}
		return labels(document, claimed);
	}

	private static PdfRefusedException damagedTree(int claimed, int held) {
		return new PdfRefusedException("pdfPageTree",
				"the PDF's list of pages is damaged (it claims %d pages and holds %d); it cannot be split into pages"
					.formatted(claimed, held), claimed, held);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static List<String> labels(PDDocument document, int count) {
		PDPageLabels printed;
		try {
			printed = document.getDocumentCatalog().getPageLabels();
		}
		catch (IOException ex) {
			// Damaged labels are no reason to refuse the pages: they are named by their place instead.
			printed = null;
		}
		String[] byIndex = printed == null ? new String[0] : printed.getLabelsByPageIndices();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String label = i < byIndex.length && byIndex[i] != null ? byIndex[i].strip() : "";
			labels.add(label.isEmpty() || labels.contains(label) ? Integer.toString(i + 1) : label);
		}
		return labels;
	}

}
