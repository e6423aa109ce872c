package org.baoku.ingest.pdf;

import java.util.List;

import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.split.Chars;

/**
 * One printed line of a PDF page: its glyphs in order, the box they cover and the size and font most of them are set
 * in. {@code doubled} when most glyphs were drawn twice (fake bold). {@code role}: the line-role model's guess
 * ({@link PageRoles}), or {@link LineRoles.Guess#NONE} where no model read it (an OCR line).
 */
record TextLine(List<Glyph> glyphs, String text, double left, double right, double top, double baseline, double size,
		String font, boolean doubled, LineRoles.Guess role) {

	static TextLine of(List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		double left = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double baseline = 0;
		int doubled = 0;
		double usualGap = medianGap(glyphs);
		Glyph previous = null;
		for (Glyph g : glyphs) {
			// A gap wider than the line's usual spacing is a space: between words, or between the names of a byline.
			double gap = previous == null ? 0 : g.x() - previous.right();
			if (previous != null && (gap > usualGap + previous.size() * LayoutTuning.SPACE_GAP_EM
					|| gap > usualGap + previous.size() * LayoutTuning.NAME_GAP_EM && isIdeograph(previous.text())
							&& isIdeograph(g.text())
					|| gap > previous.size() * LayoutTuning.WORD_SPACE_EM && isLatin(previous.text()) && isLatin(g.text()))) {
				text.append(' ');
			}
			text.append(g.text());
			left = Math.min(left, g.x());
			right = Math.max(right, g.right());
			top = Math.min(top, g.top());
			baseline = Math.max(baseline, g.baseline());
			doubled += g.doubled() ? 1 : 0;
			previous = g;
		}
		// Size and font of most glyphs: a lead-in set in another face ("本报讯" in bold) does not make the line bold.
		Glyph typical = glyphs.stream()
			.max((a, b) -> Long.compare(styleShare(glyphs, a), styleShare(glyphs, b)))
			.orElseThrow();
		return new TextLine(List.copyOf(glyphs), text.toString(), left, right, top, baseline, typical.size(),
				typical.font(), doubled * 2 > glyphs.size(), LineRoles.Guess.NONE);
	}

	TextLine withRole(LineRoles.Guess guess) {
		return new TextLine(glyphs, text, left, right, top, baseline, size, font, doubled, guess);
	}

	/** The model is sure this line has the role {@code name} ({@link LayoutTuning#SURE_ROLE}). */
	boolean surely(String name) {
		return role.is(name) && role.probability() >= LayoutTuning.SURE_ROLE;
	}

	private static double medianGap(List<Glyph> glyphs) {
		if (glyphs.size() < 2) {
			return 0;
		}
		double[] gaps = new double[glyphs.size() - 1];
		for (int i = 1; i < glyphs.size(); i++) {
			gaps[i - 1] = glyphs.get(i).x() - glyphs.get(i - 1).right();
		}
		java.util.Arrays.sort(gaps);
		return Math.max(0, gaps[gaps.length / 2]);
	}

	/** How many glyphs share this one's size, ties broken by how many share its size and font. */
	private static long styleShare(List<Glyph> glyphs, Glyph glyph) {
		long size = glyphs.stream().filter(g -> g.size() == glyph.size()).count();
		long font = glyphs.stream().filter(g -> g.size() == glyph.size() && g.font().equals(glyph.font())).count();
		return size * (glyphs.size() + 1) + font;
	}

	private static boolean isIdeograph(String s) {
		return s.length() == 1 && Chars.isIdeograph(s.charAt(0));
	}

	private static boolean isLatin(String s) {
		int c = s.codePointAt(0);
		return c < 0x2E80 && Character.isLetterOrDigit(c);
	}

	double bottom() {
		return baseline;
	}

	/** How many characters it holds, not counting spaces. */
	int length() {
		return glyphs.size();
	}

}
