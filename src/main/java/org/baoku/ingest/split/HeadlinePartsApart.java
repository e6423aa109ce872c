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
		List<BigramSet> paragraphs = ParagraphBreaks.bigrams(body);
		List<WordSpread> spreads = parts.stream().map(p -> WordSpread.of(p, paragraphs)).toList();
		for (ParagraphBreaks.Break at : ParagraphBreaks.of(body)) {
			if (at.charsBefore() < SplitTuning.PARTS_APART_MIN_SIDE || at.charsAfter() < SplitTuning.PARTS_APART_MIN_SIDE) {
				continue;
			}
			for (int i = 0; i < spreads.size(); i++) {
				for (int j = 0; j < spreads.size(); j++) {
					if (i != j && onlyBefore(spreads.get(i), at) && onlyAfter(spreads.get(j), at)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** A part found before the break (its share of bigrams there) and next to nothing of it after. */
	private static boolean onlyBefore(WordSpread part, ParagraphBreaks.Break at) {
		return part.shareBefore(at.lastBefore()) >= SplitTuning.PARTS_APART_FIT
				&& part.shareAfter(at.lastBefore()) <= SplitTuning.PARTS_APART_STRAY;
	}

	/** A part found after the break and next to nothing of it before. */
	private static boolean onlyAfter(WordSpread part, ParagraphBreaks.Break at) {
		return part.shareAfter(at.lastBefore()) >= SplitTuning.PARTS_APART_FIT
				&& part.shareBefore(at.lastBefore()) <= SplitTuning.PARTS_APART_STRAY;
	}

}
