package org.baoku.ingest.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.baoku.ingest.ocr.LineInk;
import org.baoku.ingest.ocr.OcrLine;

/**
 * What the scan reader's line-role model takes of a line beyond what it takes of a PDF's ({@link LineFeatures}): what
 * the image shows of the OCR line it was set from (issue 79). A PDF names a line's font and size; a scan shows them
 * only as ink, so each is measured against the running text's, as a share of it: how high the ink stands
 * ({@code inkHeight}), the pitch from one ideograph to the next ({@code pitch}, the type's set width), how heavy the
 * strokes are ({@code weight}: 黑体 and a bold 宋 against 报宋 and 楷体), the tint behind it ({@code tint}), how much
 * unread ink is around it ({@code picture}: lettering on a photo, a chart's labels), how sure OCR was of its
 * least sure character ({@code confidence}), and how much wider its upright strokes are than its level ones against
 * the text's ({@code contrast}: 宋 faces high, 黑体 and 楷体 low). A measure the line does not have (a pitch of one
 * character) is 0.
 */
final class ScanFeatures {

	static final List<String> NAMES = List.of("inkHeight", "pitch", "weight", "tint", "picture", "confidence",
			"contrast");

	/** Lines of this many characters and more set across are the running text's, measures are taken against. */
	private static final int TEXT_LINE_CHARACTERS = 6;

	private ScanFeatures() {
	}

	/** Each placed line's features by {@link #NAMES}, from all OCR read on the page and the ink of each line. */
	static List<Map<String, Double>> of(List<OcrLine> read, Map<OcrLine, LineInk> inkOf, List<ScannedPage.Placed> placed) {
		double textInk = middleOfText(read, l -> inkOf.getOrDefault(l, LineInk.NONE).inkHeight());
		double textPitch = middleOfText(read, ScanFeatures::pitch);
		double textWeight = middleOfText(read, OcrLine::weight);
		double textContrast = middleOfText(read, l -> contrast(inkOf.getOrDefault(l, LineInk.NONE)));
		return placed.stream().map(p -> {
			OcrLine line = p.read();
			LineInk ink = inkOf.getOrDefault(line, LineInk.NONE);
			Map<String, Double> features = new LinkedHashMap<>();
			features.put("inkHeight", share(ink.inkHeight(), textInk));
			features.put("pitch", share(pitch(line), textPitch));
			features.put("weight", share(line.weight(), textWeight));
			features.put("tint", ink.tint());
			features.put("picture", ink.picture());
			features.put("confidence", line.weakest());
			features.put("contrast", share(contrast(ink), textContrast));
			return features;
		}).toList();
	}

	/** Upright strokes' width over level strokes' (0 where either is unmeasured). */
	private static double contrast(LineInk ink) {
		return ink.levelWidth() <= 0 ? 0 : ink.uprightWidth() / ink.levelWidth();
	}

	private static double share(double value, double text) {
		return text > 0 ? value / text : 0;
	}

	/** The middle step from one ideograph's centre to the next one's, where two stand side by side; else 0. */
	static double pitch(OcrLine line) {
		int[] characters = line.text().codePoints().toArray();
		double[] steps = new double[characters.length];
		int n = 0;
		for (int i = 1; i < characters.length; i++) {
			if (isIdeograph(characters[i - 1]) && isIdeograph(characters[i])) {
				steps[n++] = Math.abs(line.centres().get(i) - line.centres().get(i - 1));
			}
		}
		if (n == 0) {
			return 0;
		}
		java.util.Arrays.sort(steps, 0, n);
		return steps[n / 2];
	}

	private static boolean isIdeograph(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	static double middleOfText(List<OcrLine> read, ToDoubleFunction<OcrLine> measure) {
		double[] values = read.stream()
			.filter(l -> !l.vertical() && l.text().codePointCount(0, l.text().length()) >= TEXT_LINE_CHARACTERS)
			.mapToDouble(measure)
			.filter(v -> v > 0)
			.sorted()
			.toArray();
		return values.length == 0 ? 0 : values[values.length / 2];
	}

}
