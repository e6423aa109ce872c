package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/** The places a text can be cut between two of its paragraphs, each with what lies on either side. */
final class ParagraphBreaks {

	private ParagraphBreaks() {
	}

	/** One break: the paragraphs before and after it and how many characters each side holds. */
	record Break(List<String> before, List<String> after, int charsBefore, int charsAfter) {

		int chars() {
			return charsBefore + charsAfter;
		}

	}

	/** Every break between two non-blank paragraphs of the body, first to last. */
	static List<Break> of(String body) {
		List<String> paragraphs = body.lines().filter(p -> !p.isBlank()).toList();
		int all = paragraphs.stream().mapToInt(String::length).sum();
		List<Break> breaks = new ArrayList<>();
		int at = 0;
		for (int p = 0; p + 1 < paragraphs.size(); p++) {
			at += paragraphs.get(p).length();
			breaks.add(new Break(paragraphs.subList(0, p + 1), paragraphs.subList(p + 1, paragraphs.size()), at, all - at));
		}
		return breaks;
	}

}
