package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Running-text lines → column blocks: each line joins the column whose last line stands one leading above it. */
final class ColumnBlocks {

	private ColumnBlocks() {
	}

	static List<ColumnBlock> build(List<TextLine> textLines) {
		List<TextLine> lines = new ArrayList<>(textLines);
		lines.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left));
		List<ColumnBlock> blocks = new ArrayList<>();
		for (TextLine line : lines) {
			ColumnBlock best = null;
			double bestStep = Double.MAX_VALUE;
			for (ColumnBlock block : blocks) {
				double step = line.baseline() - block.last().baseline();
				double em = block.size();
				double edge = block.columnLeft();
				// While all its lines start level the column's edge is not known yet: each may be an indented
				// paragraph start (a one-line paragraph, then the next paragraph's first line).
				double pullOut = startLevel(block) ? LayoutTuning.INDENT_MAX_EM : LayoutTuning.PULL_OUT_EM;
				// A short line set flush right under the column closes it: "（本报罗马1月1日电）", a signature.
				boolean flushRight = block.lines().size() >= 2 && line.left() > edge
						&& Math.abs(line.right() - block.right()) <= em * LayoutTuning.FLUSH_RIGHT_EM;
				if (step > em * LayoutTuning.MIN_LINE_STEP_EM && step <= em * LayoutTunable.MAX_LINE_STEP_EM.value() && step < bestStep
						&& Math.abs(line.size() - em) < em * LayoutTuning.TEXT_SIZE_TOLERANCE
						&& line.left() >= edge - em * pullOut
						&& (line.left() <= edge + em * LayoutTuning.INDENT_MAX_EM || flushRight)
						&& line.right() <= block.right() + em * LayoutTuning.PULL_OUT_EM + (block.lines().size() < 3 ? 1e9 : 0)) {
					best = block;
					bestStep = step;
				}
			}
			if (best == null) {
				best = new ColumnBlock();
				blocks.add(best);
			}
			best.add(line);
		}
		return blocks;
	}

	private static boolean startLevel(ColumnBlock block) {
		double first = block.first().left();
		return block.lines().stream().allMatch(l -> Math.abs(l.left() - first) < LayoutTuning.SAME_SIZE);
	}

}
