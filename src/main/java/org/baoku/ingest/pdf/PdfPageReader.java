package org.baoku.ingest.pdf;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.baoku.ingest.split.SplitPage;

/**
 * Reads a page PDF: checks it (one page, not encrypted, no scripts or attached files, a text layer), reads its glyphs
 * with their positions ({@link PdfGlyphReader}) and splits them by layout ({@link LayoutSplitter}). A file that
 * fails a check, cannot be parsed, or takes longer than the time limit is refused with a reason ({@link BoundedReading}).
 */
public final class PdfPageReader {

	/** The most a page PDF may take to read; a crafted file can make a parser spin. */
	public static final Duration TIME_LIMIT = PdfLimits.TIME_LIMIT;

	private PdfPageReader() {
	}

	/**
	 * A page as read from its PDF: its articles and banners, the regions each article is printed in (PDF points from
	 * the top left), the text in reading order, and the page's size in points.
	 */
	public record PdfReading(SplitPage page, List<List<Region>> regions, String text, double width, double height,
			List<String> explanation) {
	}

	/** Whether these bytes are a PDF file (its header), whatever the file is called. */
	public static boolean isPdf(byte[] bytes) {
		return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
				&& bytes[4] == '-';
	}

	public static PdfReading read(byte[] bytes, Set<String> knownReporters) {
		return read(bytes, knownReporters, TIME_LIMIT);
	}

	/** Reads within {@code limit}; past it, or failing in any way, the page is refused with a reason in words. */
	public static PdfReading read(byte[] bytes, Set<String> knownReporters, Duration limit) {
		return BoundedReading.within(limit, () -> readNow(bytes, knownReporters));
	}

	private static PdfReading readNow(byte[] bytes, Set<String> knownReporters) throws IOException {
		try (PDDocument document = load(bytes)) {
			PdfChecks.check(document);
			PDPage page = document.getPage(0);
			PDRectangle box = page.getCropBox();
			List<Glyph> glyphs = PdfGlyphReader.read(document);
			if (glyphs.size() < LayoutTuning.MIN_TEXT_GLYPHS) {
				throw new PdfRefusedException("pdfNoText",
						"the PDF has no text layer (a scanned page?); it needs OCR before it can be ingested");
			}
			PageRules.Drawn drawn = PageRules.read(page);
			List<TextLine> lines = LineBuilder.lines(glyphs, drawn.uprights());
			LayoutSplitter.Result result = LayoutSplitter.split(lines, drawn.rules(), knownReporters);
			return new PdfReading(result.page(), result.regions(), PageText.of(result), box.getWidth(),
					box.getHeight(), result.explanation());
		}
	}

	/** Loads a PDF; an encrypted one is refused as such. */
	static PDDocument load(byte[] bytes) throws IOException {
		try {
			return Loader.loadPDF(ReadingStop.current().source(bytes));
		}
		catch (InvalidPasswordException ex) {
			throw new PdfRefusedException("pdfEncrypted", "the PDF is encrypted (password protected)");
		}
	}

}
