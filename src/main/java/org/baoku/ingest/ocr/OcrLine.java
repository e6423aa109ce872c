package org.baoku.ingest.ocr;

import java.util.List;

/**
 * One line of text OCR read off a page image: its characters, the box it was found in (pixels of the image, origin at
 * the top left), each character's centre across the line, and how sure the recognizer was (the mean of its
 * characters' probabilities, 0 to 1).
 */
public record OcrLine(String text, int left, int top, int right, int bottom, List<Double> centres, double confidence) {

	public OcrLine {
		centres = List.copyOf(centres);
		if (centres.size() != text.codePointCount(0, text.length())) {
			throw new IllegalArgumentException("a centre for each character: " + text + " " + centres.size());
		}
	}

	public int height() {
		return bottom - top;
	}

}
