package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * A scanned page turned level before it is read: a page laid a little askew on the scanner (up to
 * {@link OcrTuning#MAX_SKEW_DEGREES}) has its lines run uphill, so columns' edges lean and rules break up. The skew is
 * the angle at which the ink, summed along lines of that slant, changes most sharply from line to line (the text's
 * rows stand out best when summed along them), found on a small copy of the page. The page is turned back by it
 * round its middle; a point of the levelled page is turned forward again to find it on the page as scanned.
 */
public final class Deskew {

	/** The page as read and how far it was turned (degrees, positive where its lines ran downhill to the right). */
	public record Levelled(BufferedImage image, double degrees) {

		/** Where a point of the levelled page (pixels) lies on the page as scanned. */
		public Point2D scanned(double x, double y) {
			double a = Math.toRadians(degrees);
			double cx = image.getWidth() / 2.0;
			double cy = image.getHeight() / 2.0;
			double dx = x - cx;
			double dy = y - cy;
			return new Point2D.Double(cx + dx * Math.cos(a) - dy * Math.sin(a), cy + dx * Math.sin(a) + dy * Math.cos(a));
		}

	}

	private Deskew() {
	}

	public static Levelled level(BufferedImage page) {
		double skew = skew(page);
		if (Math.abs(skew) < OcrTuning.MIN_SKEW_DEGREES) {
			return new Levelled(page, 0);
		}
		BufferedImage level = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = level.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, level.getWidth(), level.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(Math.toRadians(-skew), page.getWidth() / 2.0, page.getHeight() / 2.0);
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return new Levelled(level, skew);
	}

	/** The page's skew in degrees, 0 when no angle within the range stands out. */
	static double skew(BufferedImage page) {
		int step = Math.max(1, page.getWidth() / OcrTuning.SKEW_SAMPLE_WIDTH);
		int w = page.getWidth() / step;
		int h = page.getHeight() / step;
		// A cell of the small copy is ink when any pixel of it is: thin strokes are not lost by shrinking.
		int[] xs = new int[w * h];
		int[] ys = new int[w * h];
		int count = 0;
		int[] row = new int[page.getWidth()];
		boolean[] inked = new boolean[w];
		for (int cy = 0; cy < h; cy++) {
			java.util.Arrays.fill(inked, false);
			for (int y = cy * step; y < (cy + 1) * step; y++) {
				page.getRGB(0, y, page.getWidth(), 1, row, 0, row.length);
				for (int cx = 0; cx < w; cx++) {
					for (int x = cx * step; x < (cx + 1) * step && !inked[cx]; x++) {
						int p = row[x];
						inked[cx] = Luma.of(p) < OcrTuning.INK_LUMA;
					}
				}
			}
			for (int cx = 0; cx < w; cx++) {
				if (inked[cx]) {
					xs[count] = cx;
					ys[count++] = cy;
				}
			}
		}
		if (count == 0) {
			return 0;
		}
		double best = 0;
		double bestScore = -1;
		double zeroScore = 0;
		for (double degrees = -OcrTuning.MAX_SKEW_DEGREES; degrees <= OcrTuning.MAX_SKEW_DEGREES + 1e-9; degrees += OcrTuning.SKEW_STEP_DEGREES) {
			double score = sharpness(xs, ys, count, w, h, Math.toRadians(degrees));
			if (Math.abs(degrees) < OcrTuning.SKEW_STEP_DEGREES / 2) {
				zeroScore = score;
			}
			if (score > bestScore) {
				bestScore = score;
				best = degrees;
			}
		}
		// A page with no rows of text to go by (a picture) is left as it is.
		return bestScore > zeroScore * (1 + OcrTuning.SKEW_MIN_GAIN) ? best : 0;
	}

	/** Sum of squared changes from row to row of the ink summed along lines at this slant. */
	private static double sharpness(int[] xs, int[] ys, int count, int w, int h, double angle) {
		double sin = Math.sin(angle);
		double cos = Math.cos(angle);
		int offset = (int) Math.ceil(w * Math.abs(sin)) + 1;
		long[] rows = new long[h + 2 * offset + 2];
		for (int i = 0; i < count; i++) {
			int r = (int) Math.round(ys[i] * cos - xs[i] * sin) + offset;
			if (r >= 0 && r < rows.length) {
				rows[r]++;
			}
		}
		double sum = 0;
		for (int r = 1; r < rows.length; r++) {
			double d = rows[r] - rows[r - 1];
			sum += d * d;
		}
		return sum;
	}

}
