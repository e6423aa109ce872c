package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Glyphs → lines. A line is a run of glyphs drawn one after the other on one baseline, each starting near where the
 * last one ended; typesetters draw a line in one run, so the drawing order keeps columns apart even where two
 * columns' lines share a baseline. A line never runs across an upright rule: two letter-spaced headlines side by
 * side in two boxes stand close enough to read as one, but a box's side stands between them.
 */
final class LineBuilder {

	private LineBuilder() {
	}

	static List<TextLine> lines(List<Glyph> glyphs) {
		return lines(glyphs, List.of());
	}

	static List<TextLine> lines(List<Glyph> glyphs, List<PageRules.Upright> uprights) {
		List<TextLine> lines = new ArrayList<>();
		List<Glyph> run = new ArrayList<>();
		for (Glyph g : glyphs) {
			Glyph last = run.isEmpty() ? null : run.get(run.size() - 1);
			if (last != null && (!continues(last, g) || ruledOff(last, g, uprights))) {
				lines.add(TextLine.of(run));
				run = new ArrayList<>();
			}
			run.add(g);
		}
		if (!run.isEmpty()) {
			lines.add(TextLine.of(run));
		}
		return lines;
	}

	/**
	 * The smaller of the two sizes sets the reach: a headline's last glyph must not pull in the text line printed
	 * beside it a little lower (a large em would take both its baseline and the gap).
	 */
	private static boolean continues(Glyph last, Glyph next) {
		double em = Math.min(last.size(), next.size());
		double gap = next.x() - last.right();
		// Only a line of one size is letter-spaced; a change of size across a wide gap is the next headline.
		double maxGap = Math.abs(last.size() - next.size()) < LayoutTuning.SAME_SIZE ? LayoutTuning.MAX_LETTER_GAP_EM
				: LayoutTuning.MIXED_SIZE_MAX_GAP_EM;
		double minAdvance = isPunctuation(last) && isPunctuation(next) ? LayoutTuning.PUNCTUATION_MIN_ADVANCE_EM
				: LayoutTuning.MIN_ADVANCE_EM;
		return Math.abs(next.baseline() - last.baseline()) <= em * LayoutTuning.SAME_BASELINE_EM
				&& next.x() - last.x() >= em * minAdvance && gap <= em * maxGap;
	}

	/** An upright rule stands in the gap between the two glyphs, over the height of their type. */
	private static boolean ruledOff(Glyph last, Glyph next, List<PageRules.Upright> uprights) {
		double from = Math.min(last.right(), next.x());
		double to = Math.max(last.right(), next.x());
		double middle = (last.top() + last.baseline()) / 2;
		for (PageRules.Upright u : uprights) {
			if (u.x() > from && u.x() < to && u.top() <= middle && u.bottom() >= middle) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPunctuation(Glyph glyph) {
		return glyph.text().length() == 1 && "。，、；：？！“”‘’（）《》「」『』【】".indexOf(glyph.text().charAt(0)) >= 0;
	}

}
