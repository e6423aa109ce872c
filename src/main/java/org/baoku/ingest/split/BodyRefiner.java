package org.baoku.ingest.split;

import java.util.List;

/**
 * Corrects article bodies against the headlines of the page, one correction a round until none applies: a feature's
 * sections are merged ({@link Sections}), a text broken off is resumed, an orphan rejoined, a block holding two
 * headlines cut ({@link HeadlinePartCutter}), two articles run together cut apart ({@link RunTogether}), dispatches
 * of one report joined ({@link Dispatches}), and last, where a profile allows it, a headline and its text cut together
 * ({@link JointCut}).
 */
final class BodyRefiner {

	private BodyRefiner() {
	}

	static HeadlineMatcher.Result refine(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units) {
		for (int round = 0; round < SplitTuning.MAX_ROUNDS; round++) {
			HeadlineMatcher.Result result = HeadlineMatcher.match(chunks, units);
			if (!Sections.merge(chunks, units) && !Sections.mergeSibling(chunks, units, result) && !resumeBroken(chunks)
					&& !rejoinOrphan(chunks, result) && !HeadlinePartCutter.cut(chunks, units, result)
					&& !RunTogether.split(chunks, units, result) && !Dispatches.joinRoundup(chunks, result)
					&& !JointCut.cut(chunks, units, result)) {
				return result;
			}
		}
		return HeadlineMatcher.match(chunks, units);
	}

	/**
	 * A text that stops mid-sentence goes on somewhere; when the next article's text, after a finished paragraph,
	 * holds paragraphs about the unfinished one's subject rather than its own, those are the rest of the unfinished
	 * article, printed after the other (a body continued in a second module). The clearest such break moves them.
	 */
	private static boolean resumeBroken(List<BodyChunk> chunks) {
		for (int c = 0; c + 1 < chunks.size(); c++) {
			BodyChunk broken = chunks.get(c);
			BodyChunk other = chunks.get(c + 1);
			List<String> mine = broken.texts();
			if (mine.isEmpty() || broken.continuedElsewhere || broken.trailingAuthor != null
					|| broken.trailingDateline != null || !stopsMidSentence(mine.get(mine.size() - 1))) {
				continue;
			}
			BigramCounts brokenWords = Bigrams.counts(String.join("", mine));
			List<String> theirs = other.texts();
			int bestAt = -1;
			double bestMargin = SplitTuning.RESUME_MARGIN;
			for (int at = 1; at < theirs.size(); at++) {
				String head = String.join("", theirs.subList(0, at));
				String rest = String.join("", theirs.subList(at, theirs.size()));
				String opening = theirs.get(at);
				if (!Line.endsSentenceText(theirs.get(at - 1)) || head.length() < SplitTuning.MIN_PART
						|| rest.length() < SplitTuning.MIN_PART || DatelineParser.startsWithDateline(opening)
						|| BlockClassifier.OPENING.matcher(opening).find()) {
					continue;
				}
				BigramCounts restWords = Bigrams.counts(rest);
				double margin = Bigrams.cosine(brokenWords, restWords) - Bigrams.cosine(Bigrams.counts(head), restWords);
				if (margin > bestMargin) {
					bestMargin = margin;
					bestAt = at;
				}
			}
			if (bestAt > 0) {
				broken.resumeWith(other.splitAt(bestAt));
				return true;
			}
		}
		return false;
	}

	/**
	 * A text that stops mid-sentence goes on in a later text that cannot start an article: it opens inside the
	 * word the first one broke off ("…72小" / "时中转免签…"), or with no headline of its own it reads clearly more
	 * like the broken text than like the text printed right above it. The later text rejoins the broken one.
	 */
	private static boolean rejoinOrphan(List<BodyChunk> chunks, HeadlineMatcher.Result result) {
		for (int k = 2; k < chunks.size(); k++) {
			BodyChunk later = chunks.get(k);
			List<String> theirs = later.texts();
			if (later.openedByDateline || theirs.isEmpty()) {
				continue;
			}
			String start = theirs.get(0);
			boolean headless = result.matches().get(k).primary() == null;
			BigramCounts laterWords = Bigrams.counts(later.text());
			double above = Bigrams.cosine(Bigrams.counts(chunks.get(k - 1).text()), laterWords);
			for (int j = k - 2; j >= 0; j--) {
				BodyChunk broken = chunks.get(j);
				List<String> mine = broken.texts();
				if (mine.isEmpty() || broken.continuedElsewhere || broken.trailingAuthor != null
						|| broken.trailingDateline != null || !stopsMidSentence(mine.get(mine.size() - 1))) {
					continue;
				}
				String end = mine.get(mine.size() - 1);
				boolean goesOn = WordBreaks.insideWord(end, start) || BlockClassifier.startsMidSentence(start)
						|| headless && Bigrams.cosine(Bigrams.counts(broken.text()), laterWords)
								- above > SplitTuning.RESUME_MARGIN;
				if (goesOn) {
					broken.resumeWith(chunks.remove(k));
					return true;
				}
			}
		}
		return false;
	}

	/** Ends on a word or a comma: no full stop, closing quote or bracket (a byline "（记者 乔栋）" ends a text too). */
	private static boolean stopsMidSentence(String paragraph) {
		int last = Chars.last(paragraph);
		return Chars.isIdeograph(last) || Character.isLetterOrDigit(last) || last == '，' || last == '、';
	}

}
