package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import ai.onnxruntime.OrtException;

/**
 * Reads a page image's text lines with PP-OCRv4 on ONNX Runtime (detection, then recognition of each line). Pages are read one at a time by default ({@code -Dbaoku.ocr.workers=N} for more): a page takes a core or two
 * for twenty seconds and a gigabyte and more of native memory, and the archive must stay responsive while a bulk load
 * is read. A line the detector ran across a column's gutter is cut there first ({@link GutterCuts}). A line set top
 * to bottom (a vertical title, an author's name beside it) is read character by character.
 */
public final class OcrReader {

	private static final Semaphore WORKERS = new Semaphore(Integer.getInteger("baoku.ocr.workers", 1), true);

	private OcrReader() {
	}

	/**
	 * The detector's boxes as text lines: holes filled, then lines cut at gutters. Cutting last, the pieces of a line
	 * run over two columns stay apart: a hole's gap narrower than a gutter would join them again. Where a line runs
	 * across a stripe, the cuts ask the boxes as detected, before a hole was filled across a speck in a gutter.
	 */
	static List<TextDetector.Box> textLines(BufferedImage page, List<TextDetector.Box> detected) {
		List<TextDetector.Box> boxes = LineBoxes.of(detected);
		return GutterCuts.of(page, LineHoles.filled(page, boxes), boxes);
	}

	/** Why a page image is not read: too big, or the wait for a worker or the reading took too long. */
	public static final class Refused extends RuntimeException {

		private final String code;

		Refused(String code, String message) {
			super(message);
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

	/** The resolution pages are rendered at for OCR. */
	public static float renderDpi() {
		return OcrTuning.RENDER_DPI;
	}

	/** Whether an image of this size may be read (and so rendered): at most {@link OcrTuning#MAX_PIXELS} pixels. */
	public static boolean fits(long width, long height) {
		return width > 0 && height > 0 && width * height <= OcrTuning.MAX_PIXELS;
	}

	/** The page's lines, top to bottom, read within {@code limit} (the wait for a worker included). */
	public static List<OcrLine> read(BufferedImage page, Duration limit) {
		if (!fits(page.getWidth(), page.getHeight())) {
			throw new Refused("ocrTooBig", "the page image has %d × %d pixels, more than OCR reads (%d)"
				.formatted(page.getWidth(), page.getHeight(), OcrTuning.MAX_PIXELS));
		}
		long deadline = System.nanoTime() + limit.toNanos();
		try {
			if (!WORKERS.tryAcquire()) {
				Pulse.beat(Pulse.Stage.WAITING);
			}
			else {
				WORKERS.release();
			}
			if (!WORKERS.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new Refused("ocrBusy", "OCR is busy with other pages; try again later");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused("ocrBusy", "interrupted while waiting for OCR");
		}
		try {
			OcrModels models = OcrModels.get();
			List<OcrLine> lines = new ArrayList<>();
			TextRecognizer recognizer = new TextRecognizer(models);
			Pulse.beat(Pulse.Stage.FINDING_LINES);
			List<TextDetector.Box> boxes = textLines(page, new TextDetector(models).detect(page));
			for (int i = 0; i < boxes.size(); i++) {
				if (System.nanoTime() > deadline) {
					throw new Refused("ocrTooSlow", "reading the page took longer than " + limit.toSeconds() + " s");
				}
				Pulse.beat(Pulse.Stage.READING_LINES, i, boxes.size());
				OcrLine line = read(page, recognizer, boxes.get(i));
				if (line != null) {
					lines.add(line);
				}
			}
			lines.sort(Comparator.comparingInt(OcrLine::top).thenComparingInt(OcrLine::left));
			return lines;
		}
		catch (OrtException ex) {
			throw new IllegalStateException("OCR failed on the page: " + ex.getMessage(), ex);
		}
		finally {
			WORKERS.release();
		}
	}

	/** One line's box read: its characters set right, its leading dash restored, its strokes weighed; null if blank. */
	static OcrLine read(BufferedImage page, TextRecognizer recognizer, TextDetector.Box box) throws OrtException {
		boolean vertical = box.bottom() - box.top() > OcrTuning.VERTICAL_ASPECT * (box.right() - box.left());
		OcrLine line = vertical ? recognizer.readVertical(page, box) : recognizer.read(page, box);
		if (line == null || line.text().isBlank()) {
			return null;
		}
		String printed = FullWidthMarks.set(LikelyWords.corrected(line.text()));
		OcrLine whole = LeadingDash.restored(page, line.withText(printed));
		return whole.withWeight(StrokeWeight.of(page, box));
	}

}
