package org.baoku.ingest.split;

import java.util.List;

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
		BigramSet head = Bigrams.of(headline.full());
		if (head.isEmpty()) {
			return false;
		}
		List<String> paragraphs = body.lines().filter(p -> !p.isBlank()).toList();
		String all = String.join("", paragraphs);
		int at = 0;
		for (int p = 0; p + 1 < paragraphs.size(); p++) {
			at += paragraphs.get(p).length();
			int rest = all.length() - at;
			if (at < SplitTuning.TAIL_MIN_BEFORE || rest < SplitTuning.TAIL_MIN_REST
					|| rest < SplitTuning.TAIL_MIN_SHARE * all.length()) {
				continue;
			}
			String before = all.substring(0, at);
			if (Bigrams.coverage(head, Bigrams.of(all.substring(at))) == 0
					&& Bigrams.coverage(head, Bigrams.of(before)) >= SplitTuning.TAIL_HEADLINE_BEFORE) {
				return true;
			}
		}
		return false;
	}

}
