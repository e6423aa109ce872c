package org.baoku.ingest.split;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.ParsedPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scanned page (a real page PDF rendered at 200 dpi and stored as a JPEG in an image-only PDF, as a scanner leaves
 * it) is read by OCR into the layout splitter: its printed lines are kept (fidelity against the PDF's own text, the
 * issue's 0.93 for clean scans), and every article it yields goes to review. Prints the figures.
 */
class ScannedPagesTests {

	/** The least share of the page's printed lines a clean scan's split keeps verbatim (0.939 measured). */
	private static final double FIDELITY_FLOOR = 0.93;

	@Test
	void aRealPageScannedIsReadByOcrIntoArticlesThatKeepItsTextAndGoToReview() throws IOException {
		Path set = SharedSets.require("realpages", "to read a scanned page");
		String name = "rmrb_20180102_p07";
		byte[] scan = scan(Files.readAllBytes(set.resolve("pdf").resolve(name + ".pdf")), 200, 0.75f);

		long extractionsBefore = runtimeExtractions();
		long start = System.nanoTime();
		ParsedPage parsed = new PageParser().parse(scan);
		double seconds = (System.nanoTime() - start) / 1e9;
		// The natives ONNX Runtime copied out of the jar are not left behind in the temporary folder.
		assertThat(runtimeExtractions()).isLessThanOrEqualTo(extractionsBefore);

		Fidelity.Result fidelity = Fidelity.of(Files.readString(set.resolve("pages").resolve(name + ".txt")), parsed);
		System.out.printf("scanned %s at 200 dpi: %.0f s, %d articles, fidelity %.3f (%d of %d lines), lost: %s%n", name,
				seconds, parsed.articles().size(), fidelity.share(), fidelity.kept(), fidelity.lines(),
				fidelity.lost().subList(0, Math.min(5, fidelity.lost().size())));
		assertThat(fidelity.share()).isGreaterThanOrEqualTo(FIDELITY_FLOOR);
		assertThat(parsed.articles()).isNotEmpty()
			.allSatisfy(a -> assertThat(a.article().doubts()).contains(Doubts.OCR_READ));
		assertThat(parsed.articles()).map(ParsedArticle::article).allMatch(SplitArticle::needsReview);
	}

	private static long runtimeExtractions() throws IOException {
		try (var folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return folders.filter(f -> f.getFileName().toString().startsWith("onnxruntime-java")).count();
		}
	}

	/** The page as a scanner leaves it: an image-only PDF of the page's size holding a JPEG of it. */
	static byte[] scan(byte[] pdf, float dpi, float quality) throws IOException {
		try (PDDocument source = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
			PDRectangle box = source.getPage(0).getCropBox();
			BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, dpi, ImageType.RGB);
			PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
			out.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(out, page)) {
				content.drawImage(JPEGFactory.createFromImage(out, image, quality), 0, 0, box.getWidth(), box.getHeight());
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			out.save(bytes);
			return bytes.toByteArray();
		}
	}

}
