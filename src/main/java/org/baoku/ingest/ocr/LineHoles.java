package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A line the detector found with a hole in it, joined and read whole. Now and then the detector finds nothing in a
 * few characters of a text line and returns the line as two boxes, with a speck or two of the missed characters
 * between them; read as they are, the characters in the hole are lost ('更不同于资源的无限占' … '是不断促进人的全面发'
 * for '…无限占有，而是不断…') and the splitter sees two short lines where one full line stands. Two boxes are one
 * line with a hole when they stand on one row, both of the text's height, at most {@link OcrTuning#HOLE_MAX_GAP}
 * text heights apart; a line of the column just above or below runs across the gap (so it is inside a column, not a
 * gutter between two); and the gap holds printing, no stripe of paper as wide as a gutter. Boxes lying in the hole
 * (pieces of the missed characters) are taken into the line. Lines are looked at top to bottom, so a line filled
 * bridges the one under it where several lines in a row have holes.
 */
final class LineHoles {

	private LineHoles() {
	}

	static List<TextDetector.Box> filled(BufferedImage page, List<TextDetector.Box> lines) {
		double textHeight = LineBoxes.textHeight(lines);
		if (textHeight <= 0) {
			return lines;
		}
		List<TextDetector.Box> boxes = new ArrayList<>(lines);
		boolean filledOne = true;
		while (filledOne) {
			filledOne = false;
			TextDetector.Box[] hole = topmostHole(page, boxes, textHeight);
			if (hole != null) {
				TextDetector.Box whole = union(hole[0], hole[1]);
				boxes.removeIf(b -> b == hole[0] || b == hole[1] || centreInside(b, whole));
				boxes.add(whole);
				filledOne = true;
			}
		}
		return boxes.size() == lines.size() && boxes.containsAll(lines) ? lines : boxes;
	}

	/** The topmost pair of boxes with a hole between them, left box first; null when there is none. */
	private static TextDetector.Box[] topmostHole(BufferedImage page, List<TextDetector.Box> boxes, double textHeight) {
		TextDetector.Box[] found = null;
		for (TextDetector.Box left : boxes) {
			if (!ofText(left, textHeight) || found != null && left.top() >= found[0].top()) {
				continue;
			}
			TextDetector.Box right = nextOnRow(left, boxes, textHeight);
			if (right != null && bridged(left, right, boxes, textHeight) && printedBetween(page, left, right)) {
				found = new TextDetector.Box[] { left, right };
			}
		}
		return found;
	}

	private static boolean ofText(TextDetector.Box b, double textHeight) {
		int height = b.bottom() - b.top();
		return Math.abs(height - textHeight) <= textHeight * OcrTuning.HOLE_HEIGHT_SHARE && b.right() - b.left() >= height;
	}

	/** The nearest box of the text's height to the right of a line on its row, within reach; null when none. */
	private static TextDetector.Box nextOnRow(TextDetector.Box line, List<TextDetector.Box> boxes, double textHeight) {
		TextDetector.Box next = null;
		for (TextDetector.Box b : boxes) {
			int shared = Math.min(line.bottom(), b.bottom()) - Math.max(line.top(), b.top());
			int lower = Math.min(line.bottom() - line.top(), b.bottom() - b.top());
			if (b != line && ofText(b, textHeight) && b.left() >= line.right()
					&& b.left() - line.right() <= textHeight * OcrTuning.HOLE_MAX_GAP && shared >= OcrTuning.JOIN_LEVEL_SHARE * lower
					&& (next == null || b.left() < next.left())) {
				next = b;
			}
		}
		return next;
	}

	/** Whether a line of the text's height just above or below the two runs across the gap between them. */
	private static boolean bridged(TextDetector.Box left, TextDetector.Box right, List<TextDetector.Box> boxes,
			double textHeight) {
		int top = Math.min(left.top(), right.top());
		int bottom = Math.max(left.bottom(), right.bottom());
		double reach = textHeight * OcrTuning.HOLE_BRIDGE_REACH;
		for (TextDetector.Box b : boxes) {
			if (b == left || b == right || !ofText(b, textHeight) || b.left() > left.right() || b.right() < right.left()) {
				continue;
			}
			double middle = (b.top() + b.bottom()) / 2.0;
			boolean above = middle < top && top - b.bottom() <= reach;
			boolean below = middle > bottom && b.top() - bottom <= reach;
			if (above || below) {
				return true;
			}
		}
		return false;
	}

	/** Whether the gap holds printing: no stripe of paper in it as wide as a gutter. */
	private static boolean printedBetween(BufferedImage page, TextDetector.Box left, TextDetector.Box right) {
		int top = Math.min(left.top(), right.top());
		int bottom = Math.max(left.bottom(), right.bottom());
		boolean[] paper = GutterCuts.paper(page, left.right(), right.left(), top, bottom);
		int gutter = (int) Math.ceil((bottom - top) * OcrTuning.GUTTER_MIN_WIDTH);
		return GutterCuts.stripes(paper, gutter).isEmpty();
	}

	private static boolean centreInside(TextDetector.Box b, TextDetector.Box line) {
		double x = (b.left() + b.right()) / 2.0;
		double y = (b.top() + b.bottom()) / 2.0;
		return line.left() <= x && x <= line.right() && line.top() <= y && y <= line.bottom();
	}

	private static TextDetector.Box union(TextDetector.Box left, TextDetector.Box right) {
		return new TextDetector.Box(left.left(), Math.min(left.top(), right.top()), right.right(),
				Math.max(left.bottom(), right.bottom()), Math.min(left.score(), right.score()));
	}

}
