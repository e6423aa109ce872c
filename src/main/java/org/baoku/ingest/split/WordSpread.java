package org.baoku.ingest.split;

import java.util.List;

/**
 * Where in a text the words (bigrams) of a headline or of one of its parts are found: for each, the first and the
 * last paragraph holding it. So the share of them found before or after any paragraph break is counted without
 * reading the text again at every break, which on a long text of short paragraphs would cost their square.
 */
final class WordSpread {

	private final int[] first;

	private final int[] last;

	private WordSpread(int[] first, int[] last) {
		this.first = first;
		this.last = last;
	}

	/** The spread of {@code words} over the paragraphs, given as their bigrams. */
	static WordSpread of(BigramSet words, List<BigramSet> paragraphs) {
		long[] keys = words.keys();
		int[] first = new int[keys.length];
		int[] last = new int[keys.length];
		for (int k = 0; k < keys.length; k++) {
			first[k] = -1;
			last[k] = -1;
			for (int p = 0; p < paragraphs.size(); p++) {
				if (paragraphs.get(p).contains(keys[k])) {
					first[k] = first[k] < 0 ? p : first[k];
					last[k] = p;
				}
			}
		}
		return new WordSpread(first, last);
	}

	/** The share of the words found in paragraphs 0 to {@code lastBefore}. */
	double shareBefore(int lastBefore) {
		int found = 0;
		for (int p : first) {
			found += p >= 0 && p <= lastBefore ? 1 : 0;
		}
		return first.length == 0 ? 0 : (double) found / first.length;
	}

	/** The share of the words found in the paragraphs after {@code lastBefore}. */
	double shareAfter(int lastBefore) {
		int found = 0;
		for (int p : last) {
			found += p > lastBefore ? 1 : 0;
		}
		return last.length == 0 ? 0 : (double) found / last.length;
	}

}
