package org.baoku.ingest.split;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Two reports run together with both their titles in one headline: one part of the headline (kicker, main title,
 * subtitle) is found only in the text before some paragraph break and another part only in the text after it. A
 * report's kicker and title speak of the same story, which runs through the whole text; where headlines follow
 * their texts, one report's title can end up as the kicker of the next one's, and their texts joined under it.
 */
final class HeadlinePartsApart {

	private HeadlinePartsApart() {
	}

	static boolean found(Headline headline, String body) {
		List<BigramSet> parts = Stream.of(headline.kicker(), headline.main(), headline.subtitle())
			.filter(Objects::nonNull)
			.filter(p -> p.codePoints().filter(Character::isLetterOrDigit).count() >= SplitTuning.PARTS_APART_MIN_LETTERS)
			.map(Bigrams::of)
			.filter(p -> !p.isEmpty())
			.toList();
		if (parts.size() < 2) {
			return false;
		}
		for (ParagraphBreaks.Break at : ParagraphBreaks.of(body)) {
			if (at.charsBefore() < SplitTuning.PARTS_APART_MIN_SIDE || at.charsAfter() < SplitTuning.PARTS_APART_MIN_SIDE) {
				continue;
			}
			BigramSet before = Bigrams.ofEach(at.before());
			BigramSet after = Bigrams.ofEach(at.after());
			for (BigramSet first : parts) {
				for (BigramSet second : parts) {
					if (first != second && onlyIn(first, before, after) && onlyIn(second, after, before)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** A part is found in one side (its share of bigrams there) and next to nothing of it in the other. */
	private static boolean onlyIn(BigramSet part, BigramSet side, BigramSet other) {
		return Bigrams.coverage(part, side) >= SplitTuning.PARTS_APART_FIT
				&& Bigrams.coverage(part, other) <= SplitTuning.PARTS_APART_STRAY;
	}

}
