package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.baoku.ingest.split.BylineParser;
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
					&& size <= bodySize * LayoutTunable.TEXT_STYLE_MAX_SIZE.value()) {
				text.put(style, n);
			}
		});
		return new PageStyle(bodySize, text);
	}

	private static String key(TextLine line) {
		return Math.round(line.size() * 2) / 2.0 + "|" + line.font();
	}

	/**
	 * The lines of running text: those {@link #isText} takes, and lines of text size in another face that run on from
	 * a lead-in that has not finished: a lead-in opening with a dateline (the byline of a bold "本报讯（记者…" running
	 * on to a second line), or an author's note in another face still inside its parenthesis ("（作者为中央党校" /
	 * "研究员）").
	 */
	List<TextLine> textLines(List<TextLine> lines) {
		List<TextLine> text = new ArrayList<>();
		List<TextLine> leads = new ArrayList<>();
		for (TextLine line : lines) {
			if (isText(line)) {
				text.add(line);
				if (opensUnfinished(line)) {
					leads.add(line);
				}
			}
		}
		// A note runs on over several lines: each line of it taken leads on to the next until its parenthesis closes.
		Set<TextLine> notes = new HashSet<>(leads.stream().filter(l -> BylineParser.AUTHOR_NOTE.matcher(l.text().strip()).find()).toList());
		for (int i = 0; i < leads.size(); i++) {
			TextLine lead = leads.get(i);
			for (TextLine line : lines) {
				if (!text.contains(line) && line.size() <= bodySize * LayoutTunable.TEXT_STYLE_MAX_SIZE.value()
						&& runsOnTo(lead, line)) {
					text.add(line);
					String taken = line.text().strip();
					if (notes.contains(lead) && !BylineParser.closesBracket(taken)) {
						notes.add(line);
						leads.add(line);
					}
				}
			}
		}
		return lines.stream().filter(text::contains).toList();
	}

	private static boolean opensUnfinished(TextLine line) {
		String text = line.text().strip();
		if (BylineParser.AUTHOR_NOTE.matcher(text).find()) {
			return !BylineParser.closesBracket(text);
		}
		return DatelineParser.startsWithDateline(line.text()) && !Line.endsSentenceText(text);
	}

	private boolean runsOnTo(TextLine lead, TextLine line) {
		double step = line.baseline() - lead.baseline();
		return step > 0 && step <= bodySize * LayoutTunable.MAX_LINE_STEP_EM.value()
				&& Math.abs(line.left() - lead.left()) <= bodySize * LayoutTuning.INDENT_MAX_EM
				&& line.right() <= lead.right() + bodySize;
	}

	/**
	 * Set in a running-text style; or a line of text size that opens with a dateline (本报讯, 新华社北京…电) or an
	 * author's note, since many papers set the lead-in, the byline and the note in bold, which does not make them a
	 * heading.
	 */
	boolean isText(TextLine line) {
		return textStyles.containsKey(key(line)) || line.size() <= bodySize * LayoutTunable.TEXT_STYLE_MAX_SIZE.value()
				&& (DatelineParser.startsWithDateline(line.text()) || BylineParser.AUTHOR_NOTE.matcher(line.text().strip()).find());
	}

}
