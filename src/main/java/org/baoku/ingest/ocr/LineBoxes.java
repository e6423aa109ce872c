package org.baoku.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The detector's boxes made into one box per printed line before anything is read: a box lying mostly inside another
 * is the same text found twice (a tall vertical title cut by two bands of the page) and is dropped; boxes side by side
 * on one row, of one height, closer than {@link OcrTuning#JOIN_GAP} of it, are pieces of one line the detector broke
 * (at a comma, round a thin stroke) and are joined, so the characters at the break are read whole. Columns stand an
 * em and more apart, so a column's line is not joined to the next column's. A title or name set top to bottom comes
 * out of the detector in pieces (a character, two, four, overlapping where the bands of the page met): pieces stacked
 * in one column, of one width, close together, are joined into the one vertical line they are.
 */
final class LineBoxes {

	private LineBoxes() {
	}

	static List<TextDetector.Box> of(List<TextDetector.Box> detected) {
		List<TextDetector.Box> kept = new ArrayList<>();
		for (TextDetector.Box box : detected) {
			boolean inside = detected.stream()
				.anyMatch(other -> other != box && area(other) > area(box) && overlap(box, other) >= OcrTuning.SAME_TEXT_SHARE * area(box));
			if (!inside) {
				kept.add(box);
			}
		}
		kept.sort(Comparator.comparingInt(TextDetector.Box::left));
		List<TextDetector.Box> joined = new ArrayList<>();
		for (TextDetector.Box box : kept) {
			int at = -1;
			for (int i = 0; i < joined.size() && at < 0; i++) {
				if (continues(joined.get(i), box)) {
					at = i;
				}
			}
			if (at < 0) {
				joined.add(box);
			}
			else {
				TextDetector.Box line = joined.get(at);
				joined.set(at, new TextDetector.Box(line.left(), Math.min(line.top(), box.top()), Math.max(line.right(), box.right()),
						Math.max(line.bottom(), box.bottom()), Math.min(line.score(), box.score())));
			}
		}
		return stacked(joined, OcrTuning.STACK_MIN_WIDTH * textHeight(joined));
	}

	/** The middle height of the lines set across (three times as wide as high and more); 0 where there are none. */
	static double textHeight(List<TextDetector.Box> boxes) {
		int[] heights = boxes.stream()
			.filter(b -> b.right() - b.left() >= 3 * (b.bottom() - b.top()))
			.mapToInt(b -> b.bottom() - b.top())
			.sorted()
			.toArray();
		return heights.length == 0 ? 0 : heights[heights.length / 2];
	}

	/**
	 * Pieces set top to bottom joined ({@link #below}); a stack of one piece, or one no taller than wide, stays as it
	 * was. A piece narrower than {@code minWidth} is a digit or a letter, not a Chinese character, and is not stacked.
	 */
	private static List<TextDetector.Box> stacked(List<TextDetector.Box> boxes, double minWidth) {
		List<TextDetector.Box> byTop = new ArrayList<>(boxes);
		byTop.sort(Comparator.comparingInt(TextDetector.Box::top));
		List<List<TextDetector.Box>> stacks = new ArrayList<>();
		for (TextDetector.Box box : byTop) {
			List<TextDetector.Box> onto = null;
			if (upright(box) && box.right() - box.left() >= minWidth) {
				for (List<TextDetector.Box> stack : stacks) {
					if (below(union(stack), box)) {
						onto = stack;
						break;
					}
				}
			}
			if (onto == null) {
				stacks.add(new ArrayList<>(List.of(box)));
			}
			else {
				onto.add(box);
			}
		}
		List<TextDetector.Box> lines = new ArrayList<>();
		for (List<TextDetector.Box> stack : stacks) {
			TextDetector.Box whole = union(stack);
			if (stack.size() > 1 && whole.bottom() - whole.top() > OcrTuning.VERTICAL_ASPECT * (whole.right() - whole.left())) {
				lines.add(whole);
			}
			else {
				lines.addAll(stack);
			}
		}
		lines.sort(Comparator.comparingInt(TextDetector.Box::left));
		return lines;
	}

	/** A piece of a line set top to bottom: a character (about square) or more, stacked (taller than wide). */
	private static boolean upright(TextDetector.Box b) {
		return b.right() - b.left() <= OcrTuning.JOIN_HEIGHT_RATIO * (b.bottom() - b.top());
	}

	/**
	 * The next piece of a vertical line: taller than wide or about square, in the same column (sharing
	 * {@link OcrTuning#JOIN_LEVEL_SHARE} of the narrower's width), as wide, its top a small gap below the stack's bottom.
	 */
	private static boolean below(TextDetector.Box stack, TextDetector.Box next) {
		if (!upright(stack)) {
			return false;
		}
		double shared = Math.min(stack.right(), next.right()) - Math.max(stack.left(), next.left());
		return nextPiece(stack.right() - stack.left(), next.right() - next.left(), shared, next.top() - stack.bottom());
	}

	private static TextDetector.Box union(List<TextDetector.Box> boxes) {
		TextDetector.Box u = boxes.get(0);
		for (TextDetector.Box b : boxes) {
			u = new TextDetector.Box(Math.min(u.left(), b.left()), Math.min(u.top(), b.top()), Math.max(u.right(), b.right()),
					Math.max(u.bottom(), b.bottom()), Math.min(u.score(), b.score()));
		}
		return u;
	}

	/**
	 * The next piece of the line: both set across, level, as high, its left edge a small gap past the line's right
	 * edge.
	 */
	private static boolean continues(TextDetector.Box line, TextDetector.Box next) {
		int lineHeight = line.bottom() - line.top();
		int nextHeight = next.bottom() - next.top();
		double shared = Math.min(line.bottom(), next.bottom()) - Math.max(line.top(), next.top());
		boolean across = lineHeight <= line.right() - line.left() && nextHeight <= next.right() - next.left();
		return across && nextPiece(lineHeight, nextHeight, shared, next.left() - line.right());
	}

	/**
	 * Two pieces of one line, measured across it (their heights, or a vertical line's widths): as big, sharing
	 * {@link OcrTuning#JOIN_LEVEL_SHARE} of the smaller's extent, the second a small gap on from the first.
	 */
	private static boolean nextPiece(double size, double nextSize, double shared, double gap) {
		double low = Math.min(size, nextSize);
		double high = Math.max(size, nextSize);
		return high <= low * OcrTuning.JOIN_HEIGHT_RATIO && shared >= low * OcrTuning.JOIN_LEVEL_SHARE
				&& gap <= low * OcrTuning.JOIN_GAP && gap > -low;
	}

	private static double area(TextDetector.Box b) {
		return (double) (b.right() - b.left()) * (b.bottom() - b.top());
	}

	private static double overlap(TextDetector.Box a, TextDetector.Box b) {
		double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
		double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
		return w > 0 && h > 0 ? w * h : 0;
	}

}
