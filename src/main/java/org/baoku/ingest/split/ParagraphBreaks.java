package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/** The places a text can be cut between two of its paragraphs, each with how much text lies on either side. */
final class ParagraphBreaks {

	private ParagraphBreaks() {
	}

	/**
	 * One break: after paragraph {@code lastBefore} (counted from 0), with so many characters before and after it.
	 */
	record Break(int lastBefore, int charsBefore, int charsAfter) {

		int chars() {
			return charsBefore + charsAfter;
		}

	}

	/** The body's non-blank paragraphs. */
	static List<String> paragraphs(String body) {
		return body.lines().filter(p -> !p.isBlank()).toList();
	}

	/** The bigrams of each non-blank paragraph of the body, in order. */
	static List<BigramSet> bigrams(String body) {
		return paragraphs(body).stream().map(Bigrams::of).toList();
	}

	/** Every break between two non-blank paragraphs of the body, first to last. */
	static List<Break> of(String body) {
		List<String> paragraphs = paragraphs(body);
		int all = paragraphs.stream().mapToInt(String::length).sum();
		List<Break> breaks = new ArrayList<>();
		int at = 0;
		for (int p = 0; p + 1 < paragraphs.size(); p++) {
			at += paragraphs.get(p).length();
			breaks.add(new Break(p, at, all - at));
		}
		return breaks;
	}

}
