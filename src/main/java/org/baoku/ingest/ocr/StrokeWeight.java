package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * How heavy a line's type is: the middle width of its strokes, read along each row of its box as runs of ink (a grey
 * edge pixel counting for its share of ink), over the line's height. A bold face (黑体 subheadings, most headlines)
 * has strokes two and three times as wide as the book face of the text beside it: what a PDF says by naming its
 * font, a scan shows only so.
 */
final class StrokeWeight {

	private StrokeWeight() {
	}

	static double of(BufferedImage page, TextDetector.Box box) {
		int left = Math.max(0, box.left());
		int right = Math.min(page.getWidth(), box.right());
		int top = Math.max(0, box.top());
		int bottom = Math.min(page.getHeight(), box.bottom());
		int vertical = bottom - top;
		if (right - left < 2 || vertical < 2) {
			return 0;
		}
		boolean across = right - left >= vertical;
		int extent = across ? vertical : right - left;
		double[] runs = new double[(right - left) * vertical / 2 + 1];
		int count = 0;
		int[] row = new int[right - left];
		for (int y = top; y < bottom; y++) {
			page.getRGB(left, y, right - left, 1, row, 0, row.length);
			double run = 0;
			for (int x = 0; x <= row.length; x++) {
				int luma = x < row.length ? Luma.of(row[x]) : 255;
				if (luma < OcrTuning.STROKE_LUMA) {
					run += (255 - luma) / 255.0;
				}
				else if (run > 0) {
					if (count < runs.length) {
						runs[count++] = run;
					}
					run = 0;
				}
			}
		}
		if (count == 0) {
			return 0;
		}
		Arrays.sort(runs, 0, count);
		return runs[count / 2] / extent;
	}

}
