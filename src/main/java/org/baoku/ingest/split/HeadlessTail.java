package org.baoku.ingest.split;

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
		BigramSet head = Bigrams.ofEach(Stream.of(headline.kicker(), headline.main(), headline.subtitle())
			.filter(Objects::nonNull)
			.toList());
		if (head.isEmpty()) {
			return false;
		}
		WordSpread spread = WordSpread.of(head, ParagraphBreaks.bigrams(body));
		for (ParagraphBreaks.Break at : ParagraphBreaks.of(body)) {
			int rest = at.charsAfter();
			if (at.charsBefore() < SplitTuning.TAIL_MIN_BEFORE || rest < SplitTuning.TAIL_MIN_REST
					|| rest < SplitTuning.TAIL_MIN_SHARE * at.chars()) {
				continue;
			}
			if (spread.shareAfter(at.lastBefore()) == 0
					&& spread.shareBefore(at.lastBefore()) >= SplitTuning.TAIL_HEADLINE_BEFORE) {
				return true;
			}
		}
		return false;
	}

}
