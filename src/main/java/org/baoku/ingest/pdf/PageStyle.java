package org.baoku.ingest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type styles of a page's running text: the size and face most characters are set in, and any other style
 * small enough and common enough to be running text too (a boxed commentary in 楷体, captions in another face).
 * Everything else (headlines, kickers, bylines under a headline, masthead) stands apart from the text.
 */
record PageStyle(double bodySize, Map<String, Integer> textStyles) {

	static PageStyle of(List<TextLine> lines) {
		Map<String, Integer> counts = new HashMap<>();
		for (TextLine line : lines) {
			counts.merge(key(line), line.length(), Integer::sum);
		}
		String body = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		double bodySize = Double.parseDouble(body.substring(0, body.indexOf('|')));
		Map<String, Integer> text = new HashMap<>();
		counts.forEach((style, n) -> {
			double size = Double.parseDouble(style.substring(0, style.indexOf('|')));
			if (style.equals(body) || n >= LayoutTuning.TEXT_STYLE_MIN_CHARS
					&& size <= bodySize * LayoutTuning.TEXT_STYLE_MAX_SIZE) {
				text.put(style, n);
			}
		});
		return new PageStyle(bodySize, text);
	}

	private static String key(TextLine line) {
		return Math.round(line.size() * 2) / 2.0 + "|" + line.font();
	}

	/** Set in a running-text style. */
	boolean isText(TextLine line) {
		return textStyles.containsKey(key(line));
	}

}
