package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Reads one detected line with PP-OCR's recognizer: the line, scaled to the model's height, gives a probability per
 * character class for each step of eight pixels along it; the most likely class of each step, repeats merged and
 * blanks dropped, is the text (CTC decoding), and the steps a character was read at give its place on the line.
 */
final class TextRecognizer {

	private final OcrModels models;

	TextRecognizer(OcrModels models) {
		this.models = models;
	}

	/** The line in the box, or null when nothing is read there. */
	OcrLine read(BufferedImage page, TextDetector.Box box) throws OrtException {
		int boxWidth = box.right() - box.left();
		int boxHeight = box.bottom() - box.top();
		if (boxWidth < 2 || boxHeight < 2) {
			return null;
		}
		int h = OcrTuning.LINE_HEIGHT;
		int w = (int) Math.min(OcrTuning.MAX_LINE_WIDTH, Math.max(OcrTuning.STEP_PIXELS, Math.ceil(h * (double) boxWidth / boxHeight)));
		BufferedImage line = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		var g = line.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(page, 0, 0, w, h, box.left(), box.top(), box.right(), box.bottom(), null);
		g.dispose();
		float[][] steps = steps(line);
		double pixelsPerStep = (double) boxWidth / steps.length;
		return decode(steps, box, false, t -> box.left() + (t + 0.5) * pixelsPerStep);
	}

	/**
	 * A line set top to bottom: cut into its characters where the ink between them stops (a tall run is cut into
	 * squares), the characters set side by side upright and read as one line; each character's place is the middle of
	 * its cell down the page.
	 */
	OcrLine readVertical(BufferedImage page, TextDetector.Box box) throws OrtException {
		int boxWidth = box.right() - box.left();
		List<int[]> cells = VerticalCells.of(page, box);
		if (cells.isEmpty() || boxWidth < 2) {
			return null;
		}
		int h = OcrTuning.LINE_HEIGHT;
		int gap = OcrTuning.STEP_PIXELS;
		int w = Math.min(OcrTuning.MAX_LINE_WIDTH, cells.size() * (h + gap) + gap);
		BufferedImage line = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		var g = line.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		double[] middles = new double[cells.size()];
		for (int i = 0; i < cells.size(); i++) {
			int[] cell = cells.get(i);
			int side = Math.max(boxWidth, cell[1] - cell[0]);
			int x = gap + i * (h + gap);
			int top = (cell[0] + cell[1]) / 2 - side / 2;
			int left = (box.left() + box.right()) / 2 - side / 2;
			g.drawImage(page, x, 0, x + h, h, left, top, left + side, top + side, null);
			middles[i] = (cell[0] + cell[1]) / 2.0;
		}
		g.dispose();
		float[][] steps = steps(line);
		double pixelsPerStep = (double) w / steps.length;
		return decode(steps, box, true, t -> {
			int cell = (int) Math.floor(((t + 0.5) * pixelsPerStep - gap / 2.0) / (h + gap));
			return middles[Math.max(0, Math.min(middles.length - 1, cell))];
		});
	}

	/** The recognizer's class probabilities for each step along a line image of the model's height. */
	private float[][] steps(BufferedImage line) throws OrtException {
		int w = line.getWidth();
		int h = line.getHeight();
		int[] pixels = line.getRGB(0, 0, w, h, null, 0, w);
		float[] input = new float[3 * w * h];
		for (int i = 0; i < w * h; i++) {
			int p = pixels[i];
			int[] bgr = { p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff };
			for (int c = 0; c < 3; c++) {
				input[c * w * h + i] = (bgr[c] / 255f - 0.5f) / 0.5f;
			}
		}
		OrtSession recognizer = models.recognizer;
		try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] { 1, 3, h, w });
				OrtSession.Result result = recognizer.run(Map.of(recognizer.getInputNames().iterator().next(), tensor))) {
			return ((float[][][]) result.get(0).getValue())[0];
		}
	}

	private OcrLine decode(float[][] steps, TextDetector.Box box, boolean vertical, IntToDoubleFunction place) {
		List<String> characters = models.characters;
		StringBuilder text = new StringBuilder();
		List<Double> centres = new ArrayList<>();
		double sure = 0;
		double weakest = 1;
		int previous = 0;
		for (int t = 0; t < steps.length; t++) {
			float[] step = steps[t];
			int best = 0;
			for (int k = 1; k < step.length; k++) {
				if (step[k] > step[best]) {
					best = k;
				}
			}
			if (best != 0 && best != previous) {
				String c = best - 1 < characters.size() ? characters.get(best - 1) : " ";
				text.append(c);
				centres.add(place.applyAsDouble(t));
				sure += step[best];
				weakest = Math.min(weakest, step[best]);
			}
			previous = best;
		}
		if (centres.isEmpty()) {
			return null;
		}
		return new OcrLine(text.toString(), box.left(), box.top(), box.right(), box.bottom(), centres, sure / centres.size(),
				weakest, vertical, 0);
	}

}
