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
		try (PDDocument document = PdfPageReader.load(pdf)) {
			PdfChecks.checkDocument(document);
			return labels(document);
		}
		catch (IOException ex) {
			throw malformed(ex);
		}
	}

	/** Every page as a PDF of its own, with its label. */
	public static List<Page> split(byte[] pdf) {
		try (PDDocument document = PdfPageReader.load(pdf)) {
			PdfChecks.checkDocument(document);
			List<String> labels = labels(document);
			List<PDDocument> pages = new Splitter().split(document);
			List<Page> split = new ArrayList<>();
			try {
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
		catch (IOException ex) {
			throw malformed(ex);
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static List<String> labels(PDDocument document) throws IOException {
		int count = document.getNumberOfPages();
		PDPageLabels printed = document.getDocumentCatalog().getPageLabels();
		String[] byIndex = printed == null ? new String[0] : printed.getLabelsByPageIndices();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String label = i < byIndex.length && byIndex[i] != null ? byIndex[i].strip() : "";
			labels.add(label.isEmpty() || labels.contains(label) ? Integer.toString(i + 1) : label);
		}
		return labels;
	}

	private static PdfRefusedException malformed(IOException ex) {
		return new PdfRefusedException("pdfMalformed", "the PDF cannot be read: " + ex.getMessage(),
				String.valueOf(ex.getMessage()));
	}

}
