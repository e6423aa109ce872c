package org.baoku.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.pdf.PdfLimits;
import org.baoku.ingest.pdf.PdfPageReader;
import org.baoku.ingest.pdf.PdfRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Page PDFs that are not taken: each is refused with its own reason, before anything is split or stored. */
class PdfRefusalsTests {

	private final PageParser parser = new PageParser();

	@Test
	void encrypted() throws IOException {
		byte[] pdf = build(1, doc -> doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission())));
		assertThat(refusal(pdf)).isEqualTo("pdfEncrypted");
	}

	@Test
	void moreThanOnePage() throws IOException {
		assertThat(refusal(build(2, doc -> {
		}))).isEqualTo("pdfPages");
	}

	@Test
	void javaScript() throws IOException {
		byte[] pdf = build(1, doc -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
		assertThat(refusal(pdf)).isEqualTo("pdfActive");
	}

	@Test
	void embeddedFile() throws IOException {
		byte[] pdf = build(1, doc -> {
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("notes.txt");
			spec.setEmbeddedFile(new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream("hi".getBytes())));
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of("notes.txt", spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			doc.getDocumentCatalog().setNames(names);
		});
		assertThat(refusal(pdf)).isEqualTo("pdfActive");
	}

	@Test
	void scannedPageWithoutTextLayer() throws IOException {
		byte[] pdf = build(1, doc -> {
			try (PDPageContentStream content = new PDPageContentStream(doc, doc.getPage(0))) {
				content.addRect(50, 50, 400, 600);
				content.fill();
			}
		});
		assertThat(refusal(pdf)).isEqualTo("pdfNoText");
	}

	@Test
	void malformed() {
		for (String bytes : List.of("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "%PDF-")) {
			assertThat(refusal(bytes.getBytes())).isEqualTo("pdfMalformed");
		}
	}

	/** The parser's own words ("Cannot invoke … because … is null", an exception's name) stay in the log. */
	@Test
	void aDamagedFileIsRefusedInWordsWithoutTheParsersText() throws IOException {
		for (byte[] pdf : List.of("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(),
				PdfIssueTests.hostile("poppler-85140-0.pdf"), PdfIssueTests.hostile("Pages-tree-refs.pdf"))) {
			UnreadablePageException ex = catchThrowableOfType(UnreadablePageException.class, () -> parser.parse(pdf));
			assertThat(ex).as("refused").isNotNull();
			assertThat(ex.getMessage()).doesNotContain("Exception", "java.", "Cannot invoke", "null")
				.matches("[a-z].*");
			assertThat(ex.reason().args()).allSatisfy(arg -> assertThat(String.valueOf(arg)).doesNotContain("Exception"));
		}
	}

	/** An image that declares more pixels than a page is drawn from: refused by what it declares, nothing decoded. */
	@Test
	void anImageLargerThanAnyPrintedPageIsRefused() throws IOException {
		byte[] pdf = build(1, doc -> {
			COSStream stream = doc.getDocument().createCOSStream();
			stream.setItem(COSName.TYPE, COSName.XOBJECT);
			stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
			stream.setInt(COSName.WIDTH, 40_000);
			stream.setInt(COSName.HEIGHT, 40_000);
			stream.setInt(COSName.BITS_PER_COMPONENT, 8);
			stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
			PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
			try (PDPageContentStream content = new PDPageContentStream(doc, doc.getPage(0))) {
				content.drawImage(image, 0, 0, 400, 400);
			}
		});
		assertThat(refusal(pdf)).isEqualTo("pdfImageTooLarge");
	}

	/**
	 * A page whose content is a few hundred kilobytes of deflated spaces that decode to more than a page's content may
	 * (a decompression bomb): refused by what it decodes to, counted in a small buffer, before PDFBox decodes it whole.
	 */
	@Test
	void contentThatDecodesToMoreThanAPageHoldsIsRefused() throws IOException {
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		byte[] spaces = new byte[1 << 20];
		Arrays.fill(spaces, (byte) ' ');
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
			for (long written = 0; written <= PdfLimits.maxDecodedContentBytes(); written += spaces.length) {
				out.write(spaces);
			}
		}
		byte[] pdf = build(1, doc -> {
			COSStream stream = doc.getDocument().createCOSStream();
			try (OutputStream raw = stream.createRawOutputStream()) {
				raw.write(deflated.toByteArray());
			}
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			doc.getPage(0).setContents(new PDStream(stream));
		});
		assertThat(pdf.length).as("the file is small").isLessThan(2_000_000);
		PdfRefusedException ex = catchThrowableOfType(PdfRefusedException.class, () -> PdfPageReader.read(pdf, Set.of()));
		assertThat(ex).as("refused").isNotNull();
		assertThat(ex.code()).isEqualTo("pdfTooDemanding");
		assertThat(ex.getMessage()).contains("decodes to more than");
	}

	/** The time limit as a real reading meets it: a real page PDF given a limit far below its reading time. */
	@Test
	void readingPastTheTimeLimit() throws IOException {
		byte[] pdf;
		try (InputStream in = getClass().getResourceAsStream("/layouts/pdf/rmrb_20190201_p05.pdf")) {
			pdf = in.readAllBytes();
		}
		PdfRefusedException ex = catchThrowableOfType(PdfRefusedException.class,
				() -> PdfPageReader.read(pdf, Set.of(), Duration.ofMillis(1)));
		assertThat(ex).as("refused").isNotNull();
		assertThat(ex.code()).isEqualTo("pdfTimeout");
		assertThat(ex.getMessage()).contains("took longer than 1 s");
		// The control read is given minutes: a loaded CI machine must not fail it on time.
		assertThat(PdfPageReader.read(pdf, Set.of(), Duration.ofMinutes(5)).page().articles())
			.as("the same file within the limit")
			.isNotEmpty();
	}

	private String refusal(byte[] pdf) {
		UnreadablePageException ex = catchThrowableOfType(UnreadablePageException.class, () -> parser.parse(pdf));
		assertThat(ex).as("refused").isNotNull();
		assertThat(ex.getMessage()).isNotBlank();
		return ex.reason().code();
	}

	private interface Change {

		void apply(PDDocument doc) throws IOException;

	}

	private static byte[] build(int pages, Change change) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				doc.addPage(new PDPage());
			}
			change.apply(doc);
			doc.save(out);
			return out.toByteArray();
		}
	}

}
