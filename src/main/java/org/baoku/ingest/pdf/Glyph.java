package org.baoku.ingest.pdf;

/**
 * One character drawn on a PDF page, in page points with the origin at the top left: where its box starts
 * ({@code x}, {@code top}), how wide it is, its baseline, the size it is set in and its font. {@code doubled} when a
 * second copy was drawn over it (fake bold).
 */
public record Glyph(String text, double x, double baseline, double width, double size, String font, boolean doubled) {

	public double top() {
		return baseline - size * 0.88;
	}

	public double right() {
		return x + width;
	}

	Glyph asDoubled() {
		return new Glyph(text, x, baseline, width, size, font, true);
	}

}
