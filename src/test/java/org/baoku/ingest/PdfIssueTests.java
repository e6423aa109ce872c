package org.baoku.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.pdf.PdfIssue;
import org.baoku.ingest.pdf.PdfRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A whole issue's PDF split into page files: one page each, labelled as the PDF labels them, read like any page. */
class PdfIssueTests {

	@Test
	void twoRealPagesBecomeTwoPageFilesThatSplitLikeTheOriginals() throws IOException {
		byte[] first = fixture("rmrb_20190201_p05");
		byte[] second = fixture("rmrb_20190213_p15");
		byte[] issue = merge(first, second);
		assertThat(PdfIssue.labels(issue)).containsExactly("1", "2");
		List<PdfIssue.Page> pages = PdfIssue.split(issue);
		assertThat(pages).extracting(PdfIssue.Page::label).containsExactly("1", "2");
		assertThat(PdfIssue.split(issue).get(1).pdf()).as("the same issue splits into the same bytes")
			.isEqualTo(pages.get(1).pdf());
		PageParser parser = new PageParser();
		for (int i = 0; i < 2; i++) {
			try (PDDocument page = Loader.loadPDF(pages.get(i).pdf())) {
				assertThat(page.getNumberOfPages()).isEqualTo(1);
			}
			assertThat(headlines(parser.parse(pages.get(i).pdf())))
				.isEqualTo(headlines(parser.parse(i == 0 ? first : second)));
		}
	}

	@Test
	void thePdfsOwnPageLabelsNameThePages() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < 3; i++) {
				doc.addPage(new PDPage());
			}
			PDPageLabels labels = new PDPageLabels(doc);
			PDPageLabelRange range = new PDPageLabelRange();
			range.setPrefix("A0");
			range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
			labels.setLabelItem(0, range);
			doc.getDocumentCatalog().setPageLabels(labels);
			doc.save(out);
			assertThat(PdfIssue.labels(out.toByteArray())).containsExactly("A01", "A02", "A03");
		}
	}

	@Test
	void anEncryptedIssueIsRefusedWhole() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.addPage(new PDPage());
			doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
			doc.save(out);
			PdfRefusedException ex = catchThrowableOfType(PdfRefusedException.class, () -> PdfIssue.split(out.toByteArray()));
			assertThat(ex).isNotNull();
			assertThat(ex.code()).isEqualTo("pdfEncrypted");
		}
	}

	/** pdf.js's test file poppler-67295-0.pdf: 794 bytes that claim 1,410,065,407 pages (a label for each ran out of heap). */
	@Test
	void anIssueClaimingAbillionPagesIsRefusedBeforeALabelIsMade() throws IOException {
		byte[] pdf = hostile("poppler-67295-0.pdf");
		for (Runnable work : List.<Runnable>of(() -> PdfIssue.labels(pdf), () -> PdfIssue.split(pdf))) {
			PdfRefusedException ex = catchThrowableOfType(PdfRefusedException.class, work::run);
			assertThat(ex).as("refused").isNotNull();
			assertThat(ex.code()).isEqualTo("pdfIssuePages");
			assertThat(ex.getMessage()).contains("1410065407 pages");
		}
	}

	/** pdf.js's Pages-tree-refs.pdf: a page tree that refers back to itself, so it holds fewer pages than it claims. */
	@Test
	void anIssueWhosePageTreeRefersToItselfIsRefusedAsDamaged() throws IOException {
		byte[] pdf = hostile("Pages-tree-refs.pdf");
		for (Runnable work : List.<Runnable>of(() -> PdfIssue.labels(pdf), () -> PdfIssue.split(pdf))) {
			PdfRefusedException ex = catchThrowableOfType(PdfRefusedException.class, work::run);
			assertThat(ex).as("refused").isNotNull();
			assertThat(ex.code()).isIn("pdfPageTree", "pdfMalformed");
			assertThat(ex.getMessage()).doesNotContain("Exception", "java.", "Cannot invoke");
		}
	}

	static byte[] hostile(String name) throws IOException {
		try (InputStream in = PdfIssueTests.class.getResourceAsStream("/hostile-pdfs/" + name)) {
			return in.readAllBytes();
		}
	}

	private static List<String> headlines(ParsedPage page) {
		return page.articles().stream().map(a -> a.article().headline().main()).toList();
	}

	static byte[] merge(byte[]... pdfs) throws IOException {
		PDFMergerUtility merger = new PDFMergerUtility();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] pdf : pdfs) {
			merger.addSource(new RandomAccessReadBuffer(pdf));
		}
		merger.setDestinationStream(out);
		merger.mergeDocuments(null);
		return out.toByteArray();
	}

	static byte[] fixture(String name) throws IOException {
		try (InputStream in = PdfIssueTests.class.getResourceAsStream("/layouts/pdf/" + name + ".pdf")) {
			return in.readAllBytes();
		}
	}

}
