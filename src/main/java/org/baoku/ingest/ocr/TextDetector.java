package org.baoku.ingest.ocr;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Finds the text lines of a page image with PP-OCR's DB detector: the page, shrunk, is read in overlapping bands the
 * width of the page (so native memory stays bounded whatever the page's height, and no line is cut across), each
 * pixel gets a probability of being text, and each connected region above the threshold is a line's core, grown back
 * to the line's box.
 */
final class TextDetector {

	/** A line's box in pixels of the page image, and the detector's mean probability over it. */
	record Box(int left, int top, int right, int bottom, double score) {
	}

	private final OcrModels models;

	TextDetector(OcrModels models) {
		this.models = models;
	}

	List<Box> detect(BufferedImage page) throws OrtException {
		double scale = OcrTuning.DETECT_SCALE;
		int width = Math.max(1, (int) Math.round(page.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(page.getHeight() * scale));
		int[] pixels = scaled(page, width, height).getRGB(0, 0, width, height, null, 0, width);
		List<Box> boxes = new ArrayList<>();
		for (int top = 0; top < height; top += OcrTuning.BAND - OcrTuning.BAND_OVERLAP) {
			int bandHeight = Math.min(OcrTuning.BAND, height - top);
			float[][] probability = probability(pixels, width, top, bandHeight);
			double coreTop = top == 0 ? 0 : top + OcrTuning.BAND_OVERLAP / 2.0;
			double coreBottom = top + bandHeight >= height ? height : top + bandHeight - OcrTuning.BAND_OVERLAP / 2.0;
			for (Box b : regions(probability, width, bandHeight)) {
				double middle = top + (b.top() + b.bottom()) / 2.0;
				if (middle >= coreTop && middle < coreBottom) {
					boxes.add(new Box(clamp(b.left() / scale, page.getWidth()), clamp((top + b.top()) / scale, page.getHeight()),
							clamp(b.right() / scale, page.getWidth()), clamp((top + b.bottom()) / scale, page.getHeight()),
							b.score()));
				}
			}
			if (top + bandHeight >= height) {
				break;
			}
		}
		return boxes;
	}

	private static int clamp(double v, int limit) {
		return (int) Math.max(0, Math.min(limit, Math.round(v)));
	}

	private static BufferedImage scaled(BufferedImage page, int width, int height) {
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = small.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(page, 0, 0, width, height, null);
		g.dispose();
		return small;
	}

	/** The detector's text probability for each pixel of one band (its size padded to multiples of 32, white). */
	private float[][] probability(int[] pixels, int width, int top, int bandHeight) throws OrtException {
		int w = (width + 31) / 32 * 32;
		int h = (bandHeight + 31) / 32 * 32;
		float[] input = new float[3 * w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int p = y < bandHeight && x < width ? pixels[(top + y) * width + x] : 0xffffff;
				int[] bgr = { p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff };
				for (int c = 0; c < 3; c++) {
					input[c * w * h + y * w + x] = (bgr[c] / 255f - OcrTuning.DETECT_MEAN[c]) / OcrTuning.DETECT_STD[c];
				}
			}
		}
		OrtSession detector = models.detector;
		try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] { 1, 3, h, w });
				OrtSession.Result result = detector.run(Map.of(detector.getInputNames().iterator().next(), tensor))) {
			return ((float[][][][]) result.get(0).getValue())[0][0];
		}
	}

	/** The connected regions above the pixel threshold, each grown back from the core the detector marks. */
	private static List<Box> regions(float[][] probability, int width, int height) {
		List<Box> boxes = new ArrayList<>();
		boolean[] seen = new boolean[width * height];
		int[] stack = new int[width * height];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (seen[y * width + x] || probability[y][x] <= OcrTuning.PIXEL_THRESHOLD) {
					continue;
				}
				int size = 0;
				stack[size++] = y * width + x;
				seen[y * width + x] = true;
				int left = x, right = x, top = y, bottom = y;
				double sum = 0;
				int count = 0;
				while (size > 0) {
					int at = stack[--size];
					int ay = at / width;
					int ax = at % width;
					sum += probability[ay][ax];
					count++;
					left = Math.min(left, ax);
					right = Math.max(right, ax);
					top = Math.min(top, ay);
					bottom = Math.max(bottom, ay);
					int[] next = { at - 1, at + 1, at - width, at + width };
					for (int n = 0; n < 4; n++) {
						int q = next[n];
						boolean inside = n == 0 ? ax > 0 : n == 1 ? ax < width - 1 : n == 2 ? ay > 0 : ay < height - 1;
						if (inside && !seen[q] && probability[q / width][q % width] > OcrTuning.PIXEL_THRESHOLD) {
							seen[q] = true;
							stack[size++] = q;
						}
					}
				}
				int w = right - left + 1;
				int h = bottom - top + 1;
				double score = sum / count;
				if (score < OcrTuning.BOX_THRESHOLD || Math.min(w, h) < OcrTuning.MIN_BOX_SIDE) {
					continue;
				}
				double grow = (double) w * h * OcrTuning.UNCLIP_RATIO / (2.0 * (w + h));
				boxes.add(new Box((int) Math.floor(left - grow), (int) Math.floor(top - grow), (int) Math.ceil(right + 1 + grow),
						(int) Math.ceil(bottom + 1 + grow), score));
			}
		}
		return boxes;
	}

}
