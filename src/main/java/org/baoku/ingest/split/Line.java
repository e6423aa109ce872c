package org.baoku.ingest.split;

/** One printed line after normalization, with its width on the column. */
public record Line(String text, double width, boolean doubled) {

	public static Line of(String raw) {
		LineNormalizer.NormalizedLine n = LineNormalizer.normalize(raw);
		return new Line(n.text(), Chars.width(n.text()), n.doubled());
	}

	/** Ends with sentence-final punctuation, so a break after it may be a paragraph break. */
	public boolean closed() {
		return Chars.isClosing(Chars.last(text));
	}

	public boolean fills(double columnWidth) {
		return width >= columnWidth - 1.5;
	}

}
