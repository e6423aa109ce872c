package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/** Sets text as a page PDF draws it, one glyph after another on a baseline, for the tests of the layout reading. */
final class TestType {

	private TestType() {
	}

	/** Glyphs an em wide, each {@code spacing} points after the last. */
	static List<Glyph> glyphs(String text, double left, double baseline, double size, double spacing, String font) {
		List<Glyph> glyphs = new ArrayList<>();
		double x = left;
		for (int i = 0; i < text.length(); i++) {
			glyphs.add(new Glyph(text.substring(i, i + 1), x, baseline, size, size, font, false));
			x += size + spacing;
		}
		return glyphs;
	}

	/** One line of glyphs an em wide, set solid. */
	static TextLine line(String text, double left, double baseline, double size, String font) {
		return TextLine.of(glyphs(text, left, baseline, size, 0, font));
	}

}
