package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lines the detector ran across a column's gutter, cut there before they are read. Where two columns' lines stand
 * level and the gutter between them is narrow, the detector finds one region across both; read as one line it
 * joins two texts mid-sentence, and the recognizer, given a line twice as long, drops characters where they meet.
 * A gutter shows on the image as a stripe of paper at least {@link OcrTuning#GUTTER_MIN_WIDTH} of the line's height
 * wide through the line and through the lines above and below it ({@link OcrTuning#GUTTER_REACH} heights each way),
 * or through the lines on one side only where that side has lines of text printed up to the stripe on both its
 * hands, as two justified columns' lines are: a column's first line under a headline that runs across both. A gap
 * inside a column, after a stop or in a name set letter-spaced, has the column's other lines printed across it; where
 * the lines above it happen to leave paper there too (an indent, a wider blank), fewer than two of them reach the
 * stripe's edges; a gap in a line at a column's top or foot with bare paper on its open side has no lines beside it;
 * such lines are left whole. Over a paragraph's last line with bare paper under it, commas over its comma left paper
 * through the lines above, which the test both ways took for a gutter (人民日报 2018-01-30, after '脑、'); so on
 * either test a stripe less than a column's width ({@link OcrTuning#GUTTER_COLUMN_WIDTH}) from the start of a box of
 * the detector's on a side the test looks at, a box starting where the line starts and running across the stripe,
 * is no gutter: those commas stood in lines two characters from their column's left edge. Only lines of the text's
 * height are cut: a headline runs across the columns under it.
 */
final class GutterCuts {

	private GutterCuts() {
	}

	static List<TextDetector.Box> of(BufferedImage page, List<TextDetector.Box> lines) {
		return of(page, lines, lines);
	}

	/**
	 * {@code lines} cut; {@code detected} are the detector's boxes before any was joined (holes filled), asked where a
	 * line of one column runs across a stripe: a filled hole is the reader's guess, not the detector's line (the rule
	 * was measured so; with the filled boxes it was not tried).
	 */
	static List<TextDetector.Box> of(BufferedImage page, List<TextDetector.Box> lines, List<TextDetector.Box> detected) {
		double textHeight = LineBoxes.textHeight(lines);
		List<TextDetector.Box> cut = new ArrayList<>();
		for (TextDetector.Box line : lines) {
			if (line.bottom() - line.top() <= textHeight * OcrTuning.GUTTER_TEXT_HEIGHT) {
				cut.addAll(cut(page, line, detected));
			}
			else {
				cut.add(line);
			}
		}
		return cut;
	}

	/**
	 * The line in pieces at each gutter it crosses, left to right; the line itself where it crosses none. {@code
	 * lines} are the detector's boxes.
	 */
	private static List<TextDetector.Box> cut(BufferedImage page, TextDetector.Box line, List<TextDetector.Box> lines) {
		int height = line.bottom() - line.top();
		int minWidth = (int) Math.ceil(height * OcrTuning.GUTTER_MIN_WIDTH);
		boolean[] paper = paper(page, line.left(), line.right(), line.top(), line.bottom());
		if (stripes(paper, minWidth).isEmpty()) {
			return List.of(line);
		}
		int reach = (int) Math.round(height * OcrTuning.GUTTER_REACH);
		boolean[] above = paper(page, line.left(), line.right(), line.top() - reach, line.top());
		boolean[] below = paper(page, line.left(), line.right(), line.bottom(), line.bottom() + reach);
		int flank = (int) Math.round(height * OcrTuning.GUTTER_FLANK);
		boolean[] gutter = new boolean[paper.length];
		mark(gutter, both(paper, both(above, below)), minWidth,
				stripe -> !acrossInOneColumn(lines, line, stripe, line.bottom(), line.bottom() + reach)
						&& !acrossInOneColumn(lines, line, stripe, line.top() - reach, line.top()));
		mark(gutter, both(paper, below), minWidth,
				stripe -> columnsBeside(page, line, stripe, flank, line.bottom(), line.bottom() + reach)
						&& !acrossInOneColumn(lines, line, stripe, line.bottom(), line.bottom() + reach));
		mark(gutter, both(paper, above), minWidth,
				stripe -> columnsBeside(page, line, stripe, flank, line.top() - reach, line.top())
						&& !acrossInOneColumn(lines, line, stripe, line.top() - reach, line.top()));
		// Each piece keeps a margin of paper, as the detector's boxes do, and holds a character or more.
		int margin = (int) Math.round(height * OcrTuning.GUTTER_MARGIN);
		List<TextDetector.Box> pieces = new ArrayList<>();
		int start = line.left();
		for (int[] stripe : stripes(gutter, minWidth)) {
			int from = line.left() + stripe[0];
			int to = line.left() + stripe[1];
			if (from - start >= height && line.right() - to >= height) {
				pieces.add(new TextDetector.Box(start, line.top(), from + margin, line.bottom(), line.score()));
				start = to - margin;
			}
		}
		pieces.add(new TextDetector.Box(start, line.top(), line.right(), line.bottom(), line.score()));
		return pieces;
	}

	/** Marks the stripes of {@code clear} at least {@code minWidth} wide that {@code columns} takes as gutter. */
	private static void mark(boolean[] gutter, boolean[] clear, int minWidth, Predicate<int[]> columns) {
		for (int[] stripe : stripes(clear, minWidth)) {
			if (columns.test(stripe)) {
				Arrays.fill(gutter, stripe[0], stripe[1], true);
			}
		}
	}

	/**
	 * Whether the rows from {@code top} to {@code bottom} hold, within {@code flank} pixels on each hand of the stripe
	 * (from the line's left), {@link OcrTuning#GUTTER_COLUMN_LINES} lines about as high as the line's ink: two columns'
	 * text. The page's bare margin shows none; a headline's characters, taller than the line's box, or cut by the
	 * rows' ends, count for none.
	 */
	private static boolean columnsBeside(BufferedImage page, TextDetector.Box line, int[] stripe, int flank, int top,
			int bottom) {
		int height = line.bottom() - line.top();
		int from = line.left() + stripe[0];
		int to = line.left() + stripe[1];
		return linesIn(page, from - flank, from, top, bottom, height) >= OcrTuning.GUTTER_COLUMN_LINES
				&& linesIn(page, to, to + flank, top, bottom, height) >= OcrTuning.GUTTER_COLUMN_LINES;
	}

	/**
	 * Whether a box standing in the rows from {@code top} to {@code bottom} starts where the line starts ({@link
	 * OcrTuning#GUTTER_EDGE_ALIGN}) and runs on across the stripe, which stands less than a column's width ({@link
	 * OcrTuning#GUTTER_COLUMN_WIDTH} of the line's heights) from the box's start: the line and that box are lines of
	 * one column, starting at its left edge, and the paper is there by chance. Boxes the detector ran across two
	 * columns (from a column's edge, a column from the gutter), around a speck in a worn gutter, or from mid-line
	 * across three columns of a worn scan do not count.
	 */
	private static boolean acrossInOneColumn(List<TextDetector.Box> lines, TextDetector.Box line, int[] stripe,
			int top, int bottom) {
		int height = line.bottom() - line.top();
		double least = height * OcrTuning.GUTTER_COLUMN_WIDTH;
		int past = (int) Math.round(height * OcrTuning.GUTTER_EDGE_ALIGN);
		int from = line.left() + stripe[0];
		int to = line.left() + stripe[1];
		for (TextDetector.Box other : lines) {
			int centre = (other.top() + other.bottom()) / 2;
			if (!other.equals(line) && centre >= top && centre < bottom && Math.abs(other.left() - line.left()) <= past
					&& other.right() >= to + past && from - other.left() < least) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The runs of inked rows wholly inside the rows given, about as high as a text line's ink ({@link
	 * OcrTuning#GUTTER_LINE_INK_LEAST}). A row is inked by more than {@link OcrTuning#GUTTER_SPECKS} of its pixels: in a
	 * flank half a line's height wide, by any.
	 */
	private static int linesIn(BufferedImage page, int left, int right, int top, int bottom, int height) {
		int x0 = Math.max(0, left);
		int x1 = Math.min(page.getWidth(), right);
		int y0 = Math.max(0, top);
		int y1 = Math.min(page.getHeight(), bottom);
		if (x1 <= x0 || y1 <= y0) {
			return 0;
		}
		int specks = (int) ((x1 - x0) * OcrTuning.GUTTER_SPECKS);
		int[] row = new int[x1 - x0];
		int lines = 0;
		int start = -1;
		for (int y = y0; y <= y1; y++) {
			boolean inked = false;
			if (y < y1) {
				page.getRGB(x0, y, x1 - x0, 1, row, 0, x1 - x0);
				int ink = 0;
				for (int rgb : row) {
					ink += Luma.of(rgb) < OcrTuning.STROKE_LUMA ? 1 : 0;
				}
				inked = ink > specks;
			}
			if (inked && start < 0) {
				start = y;
			}
			else if (!inked && start >= 0) {
				int run = y - start;
				if (start > y0 && y < y1 && run >= (int) (height * OcrTuning.GUTTER_LINE_INK_LEAST)
						&& run <= height * OcrTuning.GUTTER_LINE_INK_MOST) {
					lines++;
				}
				start = -1;
			}
		}
		return lines;
	}

	private static boolean[] both(boolean[] a, boolean[] b) {
		boolean[] both = new boolean[a.length];
		for (int x = 0; x < a.length; x++) {
			both[x] = a[x] && b[x];
		}
		return both;
	}

	/** The runs (from, to) of paper at least {@code minWidth} wide. */
	static List<int[]> stripes(boolean[] paper, int minWidth) {
		List<int[]> stripes = new ArrayList<>();
		int start = -1;
		for (int x = 0; x <= paper.length; x++) {
			boolean clear = x < paper.length && paper[x];
			if (clear && start < 0) {
				start = x;
			}
			else if (!clear && start >= 0) {
				if (x - start >= minWidth) {
					stripes.add(new int[] { start, x });
				}
				start = -1;
			}
		}
		return stripes;
	}

	/**
	 * For each pixel column from {@code left} to {@code right}: whether the rows from {@code top} to {@code bottom}
	 * (clipped to the page) hold no ink there, a speck or two of a worn scan aside ({@link OcrTuning#GUTTER_SPECKS}).
	 */
	static boolean[] paper(BufferedImage page, int left, int right, int top, int bottom) {
		int x0 = Math.max(0, left);
		int x1 = Math.min(page.getWidth(), right);
		int y0 = Math.max(0, top);
		int y1 = Math.min(page.getHeight(), bottom);
		boolean[] paper = new boolean[Math.max(0, right - left)];
		if (x1 <= x0 || y1 <= y0) {
			Arrays.fill(paper, true);
			return paper;
		}
		int[] ink = new int[x1 - x0];
		int[] row = new int[x1 - x0];
		for (int y = y0; y < y1; y++) {
			page.getRGB(x0, y, x1 - x0, 1, row, 0, x1 - x0);
			for (int x = 0; x < row.length; x++) {
				if (Luma.of(row[x]) < OcrTuning.STROKE_LUMA) {
					ink[x]++;
				}
			}
		}
		int specks = (int) ((y1 - y0) * OcrTuning.GUTTER_SPECKS);
		for (int x = 0; x < paper.length; x++) {
			int at = left + x - x0;
			paper[x] = at < 0 || at >= ink.length || ink[at] <= specks;
		}
		return paper;
	}

}
