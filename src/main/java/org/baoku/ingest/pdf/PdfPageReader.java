package org.baoku.ingest.pdf;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.baoku.ingest.split.SplitPage;
import org.baoku.ingest.split.SplitProfile;

/**
 * Reads a page PDF: checks it (one page, not encrypted, no scripts or attached files, a text layer), reads its glyphs
 * with their positions ({@link PdfGlyphReader}) and splits them by layout ({@link LayoutSplitter}). A file that
 * fails a check, cannot be parsed, or takes longer than the time limit is refused with a reason.
 */
public final class PdfPageReader {

	/** The most a page PDF may take to read; a crafted file can make a parser spin. */
	public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

	private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "pdf-reader");
		t.setDaemon(true);
		return t;
	});

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

	/**
	 * Reads within {@code limit}; past it the reading thread is interrupted and left to end on its own (a daemon
	 * thread: PDFBox need not heed the interrupt), and the page is refused.
	 */
	public static PdfReading read(byte[] bytes, Set<String> knownReporters, Duration limit) {
		// The reading runs on a reader thread: the caller's profile goes with it.
		SplitProfile profile = SplitProfile.current();
		Future<PdfReading> reading = READERS.submit(() -> profile.run(() -> readNow(bytes, knownReporters)));
		try {
			return reading.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			reading.cancel(true);
			long seconds = Math.max(1, (limit.toMillis() + 999) / 1000);
			throw new PdfRefusedException("pdfTimeout",
					"reading the PDF took longer than %d s; it may be damaged or built to stall readers"
						.formatted(seconds), seconds);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof PdfRefusedException refused) {
				throw refused;
			}
			throw new PdfRefusedException("pdfMalformed", "the PDF cannot be read: " + ex.getCause().getMessage(),
					String.valueOf(ex.getCause().getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdfRefusedException("pdfTimeout", "reading the PDF was interrupted", TIME_LIMIT.toSeconds());
		}
	}

	private static PdfReading readNow(byte[] bytes, Set<String> knownReporters) {
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
		catch (IOException ex) {
			throw new PdfRefusedException("pdfMalformed", "the PDF cannot be read: " + ex.getMessage(),
					String.valueOf(ex.getMessage()));
		}
	}

	/** Loads a PDF; an encrypted one is refused as such. */
	static PDDocument load(byte[] bytes) throws IOException {
		try {
			return Loader.loadPDF(bytes);
		}
		catch (InvalidPasswordException ex) {
			throw new PdfRefusedException("pdfEncrypted", "the PDF is encrypted (password protected)");
		}
	}

}
