package org.baoku.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.baoku.ingest.ocr.Luma;
import org.baoku.ingest.ocr.OcrLine;

/**
 * The horizontal rules of a scanned page, found on its image as a PDF's are found in its drawing: rows of ink running
 * on much farther than any stroke of the text (at least {@link LayoutTuning#SCAN_RULE_MIN_TEXT_HEIGHTS} heights of
 * the page's text lines), no thicker than a rule is printed, and not through a line of text (a headline's strokes).
 * They rule off the page header and articles as a PDF's rules do.
 */
final class ImageRules {

	private ImageRules() {
	}

	static List<PageRules.Rule> find(BufferedImage scan, List<OcrLine> text, double pointsPerPixel) {
		int width = scan.getWidth();
		int height = scan.getHeight();
		int minLength = (int) Math.max(LayoutTuning.RULE_MIN_LENGTH / pointsPerPixel,
				LayoutTuning.SCAN_RULE_MIN_TEXT_HEIGHTS * textHeight(text));
		int maxThickness = (int) Math.ceil(LayoutTuning.RULE_MAX_THICKNESS / pointsPerPixel) + LayoutTuning.SCAN_RULE_BLUR_PIXELS;
		int[] row = new int[width];
		// Runs of ink per row as [left, right] pairs, joined with those of the rows above into strokes.
		List<int[]> open = new ArrayList<>();
		List<int[]> strokes = new ArrayList<>();
		for (int y = 0; y <= height; y++) {
			List<int[]> runs = y < height ? runs(scan, y, row, minLength) : List.of();
			List<int[]> next = new ArrayList<>();
			for (int[] run : runs) {
				int[] stroke = open.stream().filter(s -> sameStroke(s, run)).findFirst().orElse(null);
				if (stroke == null) {
					stroke = new int[] { run[0], run[1], y, y };
				}
				else {
					open.remove(stroke);
					stroke = new int[] { Math.min(stroke[0], run[0]), Math.max(stroke[1], run[1]), stroke[2], y };
				}
				next.add(stroke);
			}
			strokes.addAll(open);
			open = next;
		}
		List<PageRules.Rule> rules = new ArrayList<>();
		for (int[] s : strokes) {
			int thickness = s[3] - s[2] + 1;
			double middle = (s[2] + s[3]) / 2.0;
			if (thickness <= maxThickness && !throughText(s, middle, text)) {
				rules.add(new PageRules.Rule(s[0] * pointsPerPixel, s[1] * pointsPerPixel, middle * pointsPerPixel));
			}
		}
		return rules;
	}

	/** Runs of ink at least {@code minLength} long on one row, gaps of a pixel or two (scan noise) bridged. */
	private static List<int[]> runs(BufferedImage scan, int y, int[] row, int minLength) {
		scan.getRGB(0, y, row.length, 1, row, 0, row.length);
		List<int[]> runs = new ArrayList<>();
		int start = -1;
		int lastInk = -1;
		for (int x = 0; x <= row.length; x++) {
			boolean ink = x < row.length && Luma.of(row[x]) < LayoutTuning.SCAN_INK_LUMA;
			if (ink) {
				if (start < 0 || x - lastInk > LayoutTuning.SCAN_RULE_BLUR_PIXELS + 1) {
					if (start >= 0 && lastInk - start + 1 >= minLength) {
						runs.add(new int[] { start, lastInk });
					}
					start = x;
				}
				lastInk = x;
			}
		}
		if (start >= 0 && lastInk - start + 1 >= minLength) {
			runs.add(new int[] { start, lastInk });
		}
		return runs;
	}

	private static boolean sameStroke(int[] stroke, int[] run) {
		int shared = Math.min(stroke[1], run[1]) - Math.max(stroke[0], run[0]);
		return shared > 0.8 * Math.min(stroke[1] - stroke[0], run[1] - run[0]);
	}

	/** The stroke runs through the inside of a text line over a good part of its length: a stroke of the type. */
	private static boolean throughText(int[] stroke, double middle, List<OcrLine> text) {
		for (OcrLine line : text) {
			double inset = (line.bottom() - line.top()) * 0.15;
			if (middle > line.top() + inset && middle < line.bottom() - inset) {
				int shared = Math.min(stroke[1], line.right()) - Math.max(stroke[0], line.left());
				if (shared > 0.3 * (stroke[1] - stroke[0])) {
					return true;
				}
			}
		}
		return false;
	}

	/** The usual height of the page's text lines, in pixels (the median). */
	private static double textHeight(List<OcrLine> text) {
		double[] heights = text.stream().filter(l -> !l.vertical()).mapToDouble(OcrLine::height).sorted().toArray();
		return heights.length == 0 ? 0 : heights[heights.length / 2];
	}

}
