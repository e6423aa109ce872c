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
		float[][] steps;
		try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] { 1, 3, h, w });
				OrtSession.Result result = recognizer.run(Map.of(recognizer.getInputNames().iterator().next(), tensor))) {
			steps = ((float[][][]) result.get(0).getValue())[0];
		}
		return decode(steps, box);
	}

	private OcrLine decode(float[][] steps, TextDetector.Box box) {
		List<String> characters = models.characters;
		StringBuilder text = new StringBuilder();
		List<Double> centres = new ArrayList<>();
		double sure = 0;
		int previous = 0;
		// Where each step lies on the page: the steps cover the line evenly.
		double pixelsPerStep = (double) (box.right() - box.left()) / steps.length;
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
				centres.add(box.left() + (t + 0.5) * pixelsPerStep);
				sure += step[best];
			}
			previous = best;
		}
		if (centres.isEmpty()) {
			return null;
		}
		return new OcrLine(text.toString(), box.left(), box.top(), box.right(), box.bottom(), centres, sure / centres.size());
	}

}
