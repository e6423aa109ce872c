package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the image shows of an OCR line beyond its words (issue 79), for the scan reader's line roles: how high its ink
 * stands across the line (the type's size: the detector pads every box alike, which flattens sizes; for a line set
 * top to bottom, how wide), the tint of the paper behind it (a piece boxed on a light screen; a ground darker than
 * ink is counted as ink, and gives 1), and how
 * much of the page around it is ink no line was read in (a line inside a photo, a chart or drawn lettering), and how
 * wide its upright strokes are ({@code uprightWidth}) and its level ones ({@code levelWidth}): 报宋 and
 * 小标宋 set level strokes thin and upright ones thick, 黑体 and 楷体 nearly alike, a face a PDF names and a scan
 * shows only so. Pixels of the image, the page's paper taken as its commonest light grey.
 */
public record LineInk(double inkHeight, double tint, double picture, double uprightWidth, double levelWidth) {

	/** A line with nothing measured (all 0), for one the measure did not reach. */
	public static final LineInk NONE = new LineInk(0, 0, 0, 0, 0);

	/** Each line's ink, in the lines' order. */
	public static List<LineInk> of(BufferedImage page, List<OcrLine> lines) {
		Grey grey = new Grey(page);
		int paper = grey.paper();
		int[] picture = grey.unreadInk(lines, paper - OcrTuning.PICTURE_BELOW_PAPER);
		List<LineInk> inks = new ArrayList<>(lines.size());
		for (OcrLine line : lines) {
			double[] strokes = grey.strokes(line);
			inks.add(new LineInk(grey.inkExtent(line), grey.tint(line, paper), share(picture, grey, around(line, grey)),
					strokes[0], strokes[1]));
		}
		return inks;
	}

	/** The band around a line: as far again as the line is high on every side, within the page. */
	private static int[] around(OcrLine line, Grey grey) {
		int reach = Math.max(1, Math.min(line.bottom() - line.top(), line.right() - line.left()));
		return new int[] { Math.max(0, line.left() - reach), Math.max(0, line.top() - reach),
				Math.min(grey.width, line.right() + reach), Math.min(grey.height, line.bottom() + reach) };
	}

	private static double share(int[] sums, Grey grey, int[] box) {
		long area = (long) (box[2] - box[0]) * (box[3] - box[1]);
		if (area <= 0) {
			return 0;
		}
		int w = grey.width + 1;
		long ink = (long) sums[box[3] * w + box[2]] - sums[box[1] * w + box[2]] - sums[box[3] * w + box[0]]
				+ sums[box[1] * w + box[0]];
		return (double) ink / area;
	}

	/** The page's lumas, one byte a pixel. */
	private static final class Grey {

		final int width;

		final int height;

		final byte[] luma;

		Grey(BufferedImage page) {
			width = page.getWidth();
			height = page.getHeight();
			luma = new byte[width * height];
			int[] row = new int[width];
			for (int y = 0; y < height; y++) {
				page.getRGB(0, y, width, 1, row, 0, width);
				for (int x = 0; x < width; x++) {
					luma[y * width + x] = (byte) Luma.of(row[x]);
				}
			}
		}

		int at(int x, int y) {
			return luma[y * width + x] & 0xff;
		}

		/** The commonest luma above the ink's: the paper (not white on a yellowed or grey scan). */
		int paper() {
			int[] counts = new int[256];
			for (byte b : luma) {
				counts[b & 0xff]++;
			}
			int best = 255;
			for (int v = OcrTuning.STROKE_LUMA; v < 256; v++) {
				if (counts[v] > counts[best]) {
					best = v;
				}
			}
			return best;
		}

		/**
		 * Summed counts of pixels darker than {@code below} that lie in no line's box: ink OCR read no words in (a
		 * picture, a chart, a logo, a rule), summed so that any band's count is four lookups (ints: a page OCR reads
		 * has at most 60 million pixels).
		 */
		int[] unreadInk(List<OcrLine> lines, int below) {
			boolean[] read = new boolean[width * height];
			for (OcrLine line : lines) {
				for (int y = Math.max(0, line.top()); y < Math.min(height, line.bottom()); y++) {
					int from = y * width + Math.max(0, line.left());
					int to = y * width + Math.min(width, line.right());
					for (int i = from; i < to; i++) {
						read[i] = true;
					}
				}
			}
			int w = width + 1;
			int[] sums = new int[w * (height + 1)];
			for (int y = 0; y < height; y++) {
				int run = 0;
				for (int x = 0; x < width; x++) {
					int i = y * width + x;
					if (!read[i] && (luma[i] & 0xff) < below) {
						run++;
					}
					sums[(y + 1) * w + x + 1] = sums[y * w + x + 1] + run;
				}
			}
			return sums;
		}

		/**
		 * How high the ink stands in the line's box (how wide, for a line set top to bottom): from the first to the
		 * last row (column) with ink in at least {@link OcrTuning#INK_ROW_SHARE} of it.
		 */
		double inkExtent(OcrLine line) {
			int left = Math.max(0, line.left());
			int right = Math.min(width, line.right());
			int top = Math.max(0, line.top());
			int bottom = Math.min(height, line.bottom());
			if (right - left < 2 || bottom - top < 2) {
				return 0;
			}
			boolean across = !line.vertical();
			int rows = across ? bottom - top : right - left;
			int length = across ? right - left : bottom - top;
			int first = -1;
			int last = -1;
			for (int r = 0; r < rows; r++) {
				int ink = 0;
				for (int k = 0; k < length; k++) {
					int v = across ? at(left + k, top + r) : at(left + r, top + k);
					if (v < OcrTuning.STROKE_LUMA) {
						ink++;
					}
				}
				if (ink >= Math.max(1, length * OcrTuning.INK_ROW_SHARE)) {
					first = first < 0 ? r : first;
					last = r;
				}
			}
			return first < 0 ? 0 : last - first + 1;
		}

		/**
		 * The mean width of the ink's runs along the box's rows (across its upright strokes) and down its columns
		 * (across its level strokes), a grey pixel counting for its share of ink, as {@link StrokeWeight} counts it;
		 * a run with more ink than a quarter of the box's shorter side runs along a stroke, not across it, and is not
		 * counted (a faint stroke's run counts for its ink, not its length: the measure the scan model was trained
		 * with).
		 */
		double[] strokes(OcrLine line) {
			int left = Math.max(0, line.left());
			int right = Math.min(width, line.right());
			int top = Math.max(0, line.top());
			int bottom = Math.min(height, line.bottom());
			if (right - left < 2 || bottom - top < 2) {
				return new double[2];
			}
			double longest = Math.min(right - left, bottom - top) / 4.0;
			// Sum and count of the runs across strokes.
			double[] across = new double[2];
			double[] down = new double[2];
			for (int y = top; y < bottom; y++) {
				double run = 0;
				for (int x = left; x <= right; x++) {
					run = runOn(x < right ? at(x, y) : 255, run, longest, across);
				}
			}
			for (int x = left; x < right; x++) {
				double run = 0;
				for (int y = top; y <= bottom; y++) {
					run = runOn(y < bottom ? at(x, y) : 255, run, longest, down);
				}
			}
			return new double[] { mean(across), mean(down) };
		}

		/** The run of ink so far after a pixel; a run ended is added to {@code runs} (sum, count) if short enough. */
		private static double runOn(int luma, double run, double longest, double[] runs) {
			if (luma < OcrTuning.STROKE_LUMA) {
				return run + (255 - luma) / 255.0;
			}
			if (run > 0 && run <= longest) {
				runs[0] += run;
				runs[1]++;
			}
			return 0;
		}

		private static double mean(double[] runs) {
			return runs[1] == 0 ? 0 : runs[0] / runs[1];
		}

		/** How much darker than the paper the light pixels of the box are, as a share of the paper's luma. */
		double tint(OcrLine line, int paper) {
			int[] counts = new int[256];
			int n = 0;
			for (int y = Math.max(0, line.top()); y < Math.min(height, line.bottom()); y++) {
				for (int x = Math.max(0, line.left()); x < Math.min(width, line.right()); x++) {
					int v = at(x, y);
					if (v >= OcrTuning.STROKE_LUMA) {
						counts[v]++;
						n++;
					}
				}
			}
			if (n == 0 || paper <= 0) {
				// No light pixel at all: a ground as dark as ink.
				return 1;
			}
			int seen = 0;
			for (int v = 0; v < 256; v++) {
				seen += counts[v];
				if (seen * 2 >= n) {
					return Math.max(0, (paper - v) / (double) paper);
				}
			}
			return 0;
		}

	}

}
