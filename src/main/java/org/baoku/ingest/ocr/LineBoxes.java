package org.baoku.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The detector's boxes made into one box per printed line before anything is read: a box lying mostly inside another
 * is the same text found twice (a tall vertical title cut by two bands of the page) and is dropped; boxes side by side
 * on one row, of one height, closer than {@link OcrTuning#JOIN_GAP} of it, are pieces of one line the detector broke
 * (at a comma, round a thin stroke) and are joined, so the characters at the break are read whole. Columns stand an
 * em and more apart, so a column's line is not joined to the next column's.
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
		return joined;
	}

	/**
	 * The next piece of the line: both set across, level, as high, its left edge a small gap past the line's right
	 * edge.
	 */
	private static boolean continues(TextDetector.Box line, TextDetector.Box next) {
		int lineHeight = line.bottom() - line.top();
		int nextHeight = next.bottom() - next.top();
		double low = Math.min(lineHeight, nextHeight);
		double high = Math.max(lineHeight, nextHeight);
		double shared = Math.min(line.bottom(), next.bottom()) - Math.max(line.top(), next.top());
		double gap = next.left() - line.right();
		boolean across = lineHeight <= line.right() - line.left() && nextHeight <= next.right() - next.left();
		return across && high <= low * OcrTuning.JOIN_HEIGHT_RATIO && shared >= low * OcrTuning.JOIN_LEVEL_SHARE
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
