package org.baoku.ingest.split;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A text that runs on past its own report into another one: after some paragraph break, a long rest shares not one
 * word (bigram) with the headline, though the text before the break shares enough of them. A report keeps using its
 * headline's words to its end, so such a rest is most likely a second report whose headline went elsewhere. The rest
 * must be a fair share of the whole: the last section of a long essay may well leave its headline's words.
 */
final class HeadlessTail {

	private HeadlessTail() {
	}

	static boolean found(Headline headline, String body) {
		BigramSet head = bigrams(Stream.of(headline.kicker(), headline.main(), headline.subtitle())
			.filter(Objects::nonNull)
			.toList());
		if (head.isEmpty()) {
			return false;
		}
		List<String> paragraphs = body.lines().filter(p -> !p.isBlank()).toList();
		int all = paragraphs.stream().mapToInt(String::length).sum();
		int at = 0;
		for (int p = 0; p + 1 < paragraphs.size(); p++) {
			at += paragraphs.get(p).length();
			int rest = all - at;
			if (at < SplitTuning.TAIL_MIN_BEFORE || rest < SplitTuning.TAIL_MIN_REST
					|| rest < SplitTuning.TAIL_MIN_SHARE * all) {
				continue;
			}
			if (Bigrams.coverage(head, bigrams(paragraphs.subList(p + 1, paragraphs.size()))) == 0
					&& Bigrams.coverage(head, bigrams(paragraphs.subList(0, p + 1))) >= SplitTuning.TAIL_HEADLINE_BEFORE) {
				return true;
			}
		}
		return false;
	}

	/** The bigrams of each text (a paragraph, a headline's part), none across two of them. */
	private static BigramSet bigrams(List<String> texts) {
		BigramSet grams = BigramSet.EMPTY;
		for (String text : texts) {
			grams = grams.union(Bigrams.of(text));
		}
		return grams;
	}

}
