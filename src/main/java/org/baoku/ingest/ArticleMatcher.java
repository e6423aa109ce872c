package org.baoku.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which articles of a re-ingested page are the old ones, so their ids and permalinks stay. An article whose
 * text (headline and body, white space ignored) is unchanged keeps its id; a changed one keeps the id of the old
 * article it overlaps most, when at least {@link #MIN_OVERLAP} of the longer text's character bigrams are shared
 * (one rewritten paragraph of five keeps the id; a different story does not). Pairs are taken best first, each
 * article once.
 */
final class ArticleMatcher {

	/** Share of the longer text's distinct bigrams both texts have, from which a changed article keeps its id. */
	static final double MIN_OVERLAP = 0.5;

	/** A bigram in more old articles than this tells nothing about which one a new article is (and costs time). */
	private static final int COMMON_BIGRAM = 20;

	/** An article as stored: its id and its text. */
	record Stored(long id, String text) {
	}

	/** What became of each new article (the old id it keeps, or null) and which old ids are gone. */
	record Matches(Long[] oldIds, boolean[] unchanged, List<Long> removed) {
	}

	private ArticleMatcher() {
	}

	static Matches match(List<Stored> old, List<String> fresh) {
		Long[] ids = new Long[fresh.size()];
		boolean[] same = new boolean[fresh.size()];
		Set<Long> taken = new HashSet<>();
		Map<String, List<Stored>> byText = new HashMap<>();
		for (Stored s : old) {
			byText.computeIfAbsent(normalize(s.text()), k -> new ArrayList<>()).add(s);
		}
		List<Integer> open = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			List<Stored> equal = byText.getOrDefault(normalize(fresh.get(i)), List.of());
			Stored hit = equal.stream().filter(s -> !taken.contains(s.id())).findFirst().orElse(null);
			if (hit != null) {
				ids[i] = hit.id();
				same[i] = true;
				taken.add(hit.id());
			}
			else {
				open.add(i);
			}
		}
		List<Stored> left = old.stream().filter(s -> !taken.contains(s.id())).toList();
		for (Pair pair : overlaps(left, open, fresh)) {
			if (ids[pair.fresh] == null && !taken.contains(pair.old.id())) {
				ids[pair.fresh] = pair.old.id();
				taken.add(pair.old.id());
			}
		}
		List<Long> removed = old.stream().map(Stored::id).filter(id -> !taken.contains(id)).toList();
		return new Matches(ids, same, removed);
	}

	private record Pair(Stored old, int fresh, double overlap) {
	}

	/** Candidate pairs above the threshold, best first; shared bigrams are counted through an inverted list. */
	private static List<Pair> overlaps(List<Stored> old, List<Integer> open, List<String> fresh) {
		if (old.isEmpty() || open.isEmpty()) {
			return List.of();
		}
		List<Set<String>> oldBigrams = old.stream().map(s -> bigrams(s.text())).toList();
		Map<String, List<Integer>> postings = new HashMap<>();
		for (int o = 0; o < old.size(); o++) {
			for (String bigram : oldBigrams.get(o)) {
				postings.computeIfAbsent(bigram, k -> new ArrayList<>()).add(o);
			}
		}
		List<Pair> pairs = new ArrayList<>();
		for (int i : open) {
			Set<String> mine = bigrams(fresh.get(i));
			int[] shared = new int[old.size()];
			for (String bigram : mine) {
				List<Integer> in = postings.get(bigram);
				if (in != null && in.size() <= COMMON_BIGRAM) {
					in.forEach(o -> shared[o]++);
				}
			}
			for (int o = 0; o < old.size(); o++) {
				int longer = Math.max(mine.size(), oldBigrams.get(o).size());
				double overlap = longer == 0 ? 0 : (double) shared[o] / longer;
				if (overlap >= MIN_OVERLAP) {
					pairs.add(new Pair(old.get(o), i, overlap));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed());
		return pairs;
	}

	/** What is compared: kicker, main title, subtitle and body, whether parsed or read back from storage. */
	static String text(String kicker, String main, String subtitle, String body) {
		return nonNull(kicker) + nonNull(main) + nonNull(subtitle) + nonNull(body);
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	static String normalize(String text) {
		StringBuilder s = new StringBuilder(text.length());
		text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(s::appendCodePoint);
		return s.toString();
	}

	private static Set<String> bigrams(String text) {
		String t = normalize(text);
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 2 <= t.length(); i++) {
			bigrams.add(t.substring(i, i + 2));
		}
		return bigrams;
	}

}
