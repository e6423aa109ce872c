package org.baoku.ingest.ocr;

import java.util.List;

/**
 * One line of text OCR read off a page image: its characters, the box it was found in (pixels of the image, origin at
 * the top left), each character's centre along the line (across the page, or down it for a line set top to bottom),
 * how sure the recognizer was (the mean of its characters' probabilities, 0 to 1, PP-OCR's line score), how sure it
 * was of its least sure character (a misread character shows there, where a mean of thirty hides it), and how heavy
 * its strokes are (the middle width of a stroke, as a share of the line's height: a bold face's is twice a book
 * face's and more).
 */
public record OcrLine(String text, int left, int top, int right, int bottom, List<Double> centres, double confidence,
		double weakest, boolean vertical, double weight) {

	public OcrLine {
		centres = List.copyOf(centres);
		if (centres.size() != text.codePointCount(0, text.length())) {
			throw new IllegalArgumentException("a centre for each character: " + text + " " + centres.size());
		}
	}

	/** A line set left to right. */
	public OcrLine(String text, int left, int top, int right, int bottom, List<Double> centres, double confidence) {
		this(text, left, top, right, bottom, centres, confidence, confidence, false, 0);
	}

	/** The line with its characters set right one for one ({@link LikelyWords}), each in its place. */
	OcrLine withText(String corrected) {
		return new OcrLine(corrected, left, top, right, bottom, centres, confidence, weakest, vertical, weight);
	}

	OcrLine withWeight(double strokeWeight) {
		return new OcrLine(text, left, top, right, bottom, centres, confidence, weakest, vertical, strokeWeight);
	}

	public int height() {
		return bottom - top;
	}

}
