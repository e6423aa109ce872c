package org.baoku.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.baoku.ingest.ocr.OcrReader;

/**
 * A page PDF's text lines as the reader builds them, in drawing order, with what a learned reader takes of each
 * ({@link LineFeatures}) and the page's running text size: the lines the training pages' roles are written for
 * ({@code parse --lines}), the same ones the reader splits.
 */
public final class PageLines {

	private PageLines() {
	}

	/**
	 * One line: its text, box (points, from the page's top left), type size, font, whether it was drawn twice, and
	 * what a learned reader takes of it ({@link LineFeatures}).
	 */
	public record Line(String text, double left, double top, double right, double baseline, double size, String font,
			boolean doubled, int glyphs, Map<String, Double> features) {

		Line withFeatures(Map<String, Double> features) {
			return new Line(text, left, top, right, baseline, size, font, doubled, glyphs, features);
		}

	}

	/** A page's size, the size most of its text is set in, and its lines. */
	public record Page(double width, double height, double bodySize, List<Line> lines) {
	}

	/**
	 * The page's lines as its text layer gives them (none for a scan); a PDF that cannot be read is refused as the
	 * reader refuses it. What a paper's own rounds of the PDF model are fitted on ({@code profile.PaperRoles}).
	 */
	public static Page read(byte[] pdf) {
		return read(pdf, false);
	}

	/**
	 * As {@link #read(byte[])}, but a page with no text layer (a scan) is rendered and read by OCR as the reader reads
	 * it ({@link ScanLines}), each line with the scan's features too ({@link ScanFeatures}): {@code parse --lines}.
	 */
	public static Page readWithScans(byte[] pdf) {
		return read(pdf, true);
	}

	private static Page read(byte[] pdf, boolean scans) {
		Object read = BoundedReading.within(PdfPageReader.TIME_LIMIT, () -> {
			try (PDDocument document = PdfPageReader.load(pdf)) {
				PDRectangle box = document.getPage(0).getCropBox();
				List<Glyph> glyphs = PdfGlyphReader.read(document);
				if (scans && !PdfPageReader.hasTextLayer(glyphs)) {
					return PdfPageReader.render(document, box);
				}
				PageRules.Drawn drawn = UnsplitPage.drawnOrNone(() -> PageRules.read(document.getPage(0)));
				List<TextLine> built = LineBuilder.lines(glyphs, drawn.uprights());
				return described(built, PageRoles.features(built, box.getWidth(), box.getHeight()), box.getWidth(),
						box.getHeight());
			}
		});
		if (read instanceof Page page) {
			return page;
		}
		ScanLines scan;
		try {
			scan = ScanLines.read((BufferedImage) read, true);
		}
		catch (OcrReader.Refused ex) {
			throw new PdfRefusedException("pdfOcrRefused", "OCR did not read the scanned page: " + ex.getMessage(),
					ex.getMessage());
		}
		return described(scan.lines(), scan.features(), scan.width(), scan.height());
	}

	private static Page described(List<TextLine> built, List<Map<String, Double>> features, double width,
			double height) {
		List<Line> described = new ArrayList<>();
		for (int i = 0; i < built.size(); i++) {
			described.add(PageRoles.described(built.get(i)).withFeatures(features.get(i)));
		}
		double body = bodySize(built.stream().flatMap(l -> l.glyphs().stream()).toList());
		return new Page(width, height, body, described);
	}

	/** The type size most glyphs are set in, to a tenth of a point: the page's running text. */
	static double bodySize(List<Glyph> glyphs) {
		Map<Long, Integer> counts = new HashMap<>();
		glyphs.forEach(g -> counts.merge(Math.round(g.size() * 10), 1, Integer::sum));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10.0).orElse(0.0);
	}

}
