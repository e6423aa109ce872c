package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.baoku.ingest.split.DatelineParser;
import org.baoku.ingest.split.Line;

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

	/**
	 * The lines of running text: those {@link #isText} takes, and a line of text size in another face right under
	 * a lead-in that opens with a dateline and has not finished its sentence (the byline of a bold "本报讯（记者…"
	 * running on to a second line).
	 */
	List<TextLine> textLines(List<TextLine> lines) {
		List<TextLine> text = new ArrayList<>();
		List<TextLine> leads = new ArrayList<>();
		for (TextLine line : lines) {
			if (isText(line)) {
				text.add(line);
				if (DatelineParser.startsWithDateline(line.text()) && !Line.endsSentenceText(line.text().strip())) {
					leads.add(line);
				}
			}
		}
		for (TextLine line : lines) {
			if (!isText(line) && line.size() <= bodySize * LayoutTuning.TEXT_STYLE_MAX_SIZE
					&& leads.stream().anyMatch(lead -> runsOnTo(lead, line))) {
				text.add(line);
			}
		}
		return lines.stream().filter(text::contains).toList();
	}

	private boolean runsOnTo(TextLine lead, TextLine line) {
		double step = line.baseline() - lead.baseline();
		return step > 0 && step <= bodySize * LayoutTuning.MAX_LINE_STEP_EM
				&& Math.abs(line.left() - lead.left()) <= bodySize * LayoutTuning.INDENT_MAX_EM
				&& line.right() <= lead.right() + bodySize;
	}

	/**
	 * Set in a running-text style; or a line of text size that opens with a dateline (本报讯, 新华社北京…电), since
	 * many papers set the lead-in and the byline in it bold, which does not make it a heading.
	 */
	boolean isText(TextLine line) {
		return textStyles.containsKey(key(line))
				|| line.size() <= bodySize * LayoutTuning.TEXT_STYLE_MAX_SIZE
						&& DatelineParser.startsWithDateline(line.text());
	}

}
