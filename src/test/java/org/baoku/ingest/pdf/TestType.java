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

	/**
	 * A paragraph of {@code count} lines of {@code text} (repeated as needed) in a column 20 glyphs wide, from
	 * character {@code from}, the first line indented two ems and the last ending a sentence; returns the next
	 * baseline.
	 */
	static double paragraph(List<TextLine> lines, String text, double left, double baseline, int count, int from) {
		String running = text.repeat(12);
		for (int i = 0; i < count; i++) {
			String line = running.substring(from + i * 20, from + i * 20 + (i == 0 ? 18 : 20));
			if (i == count - 1) {
				line = line.substring(0, 10) + "。";
			}
			lines.add(line(line, i == 0 ? left + 20 : left, baseline, 10, "Song"));
			baseline += 15;
		}
		return baseline;
	}

}
