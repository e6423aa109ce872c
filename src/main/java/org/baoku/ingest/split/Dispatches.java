package org.baoku.ingest.split;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Texts opened by the same dated dateline, or crediting the same reporters, that are dispatches of one report, joined
 * into one body.
 */
final class Dispatches {

	private Dispatches() {
	}

	/**
	 * A roundup of wire dispatches ("王毅分别与…外长通电话") prints each dispatch under the same dated dateline
	 * ("据新华社北京2月1日电") and one headline over all of them. Two texts in a row opened by the same dated dateline,
	 * one of them with no headline of its own, are dispatches of one roundup; two that each have a headline are two
	 * articles from the same wire. So are two texts in a row whose datelines credit the same reporters ("本报讯（记者
	 * 甲 乙）…" and "本报华盛顿10月11日电（记者甲、乙）…"), one of them with no headline: one report filed in two parts.
	 */
	static boolean joinRoundup(List<BodyChunk> chunks, HeadlineMatcher.Result result) {
		for (int c = 1; c < chunks.size(); c++) {
			BodyChunk before = chunks.get(c - 1);
			BodyChunk dispatch = chunks.get(c);
			boolean oneHeadless = result.matches().get(c - 1).primary() == null || result.matches().get(c).primary() == null;
			if (oneHeadless && before.openedByDateline && dispatch.openedByDateline && before.trailingAuthor == null
					&& (sameDatedDateline(before.firstParagraphSoFar(), dispatch.firstParagraphSoFar())
							|| sameReporters(before.firstParagraphSoFar(), dispatch.firstParagraphSoFar()))) {
				BodyChunk joined = chunks.remove(c);
				before.absorb(joined);
				before.dispatchesJoined += 1 + joined.dispatchesJoined;
				return true;
			}
		}
		return false;
	}

	private static boolean sameDatedDateline(String one, String other) {
		Optional<DatelineParser.Dateline> first = DatelineParser.parse(one);
		return first.isPresent() && DATED.matcher(first.get().text()).find()
				&& DatelineParser.parse(other).map(d -> d.text().equals(first.get().text())).orElse(false);
	}

	private static boolean sameReporters(String one, String other) {
		Set<String> first = reporters(one);
		return !first.isEmpty() && first.equals(reporters(other));
	}

	/** The names the byline right after a text's dateline credits. */
	private static Set<String> reporters(String paragraph) {
		return DatelineParser.parse(paragraph)
			.flatMap(d -> BylineParser.leading(d.rest()))
			.map(found -> Set.copyOf(found.byline().names()))
			.orElse(Set.of());
	}

	/** A dateline that names a day ("…2月1日电", "…1日电"): "本报讯" alone opens many unrelated texts. */
	private static final Pattern DATED = Pattern.compile("\\d日[讯电]$");

}
