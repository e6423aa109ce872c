package org.baoku.ingest.split;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/** Character bigrams of the letters, digits and ideographs of a text, punctuation and spaces skipped. */
public final class Bigrams {

	/** The letters, digits and ideographs of the Basic Multilingual Plane, worked out once. */
	private static final BitSet LETTERS = new BitSet(Character.MAX_VALUE + 1);

	static {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			if (isLetter(c)) {
				LETTERS.set(c);
			}
		}
	}

	/**
	 * A column's name in brackets closing a title ("…（今日谈）", or wrapped onto a line of its own): the column's
	 * words, never its text's, so no measure of how a title fits a text counts them. A longer bracket names a series
	 * ("（多举措助农民工返岗）") in words its text shares.
	 */
	private static final Pattern COLUMN_NAME = Pattern
		.compile("(^|[\\p{IsHan}”》])[（(]\\p{IsHan}{2," + SplitTuning.COLUMN_NAME_MAX_CHARS + "}[）)]$");

	private Bigrams() {
	}

	static BigramSet of(String text) {
		long[] keys = keys(text);
		return BigramSet.of(keys, keys.length);
	}

	/** The bigrams of each text (a paragraph, a headline's part), none across two of them. */
	static BigramSet ofEach(List<String> texts) {
		BigramSet grams = BigramSet.EMPTY;
		for (String text : texts) {
			grams = grams.union(of(text));
		}
		return grams;
	}

	/**
	 * The bigrams of each line and each space-separated phrase of a headline block, none across a break, its column's
	 * name left out.
	 */
	static BigramSet ofLines(Block block) {
		BigramSet grams = BigramSet.EMPTY;
		for (Line line : block.lines()) {
			for (String phrase : COLUMN_NAME.matcher(line.text()).replaceFirst("$1").split(" ")) {
				grams = grams.union(of(phrase));
			}
		}
		return grams;
	}

	/** How often each bigram occurs, for comparing two stretches of text. */
	public static BigramCounts counts(String text) {
		long[] keys = keys(text);
		return BigramCounts.of(keys, keys.length);
	}

	/** Cosine similarity of two bigram counts: 1 for the same wording, 0 for nothing in common. */
	public static double cosine(BigramCounts a, BigramCounts b) {
		return a.cosine(b);
	}

	/** The share of a headline's (or a kicker's) bigrams found in a text. */
	public static double coverage(String headline, String text) {
		return coverage(of(headline), of(text));
	}

	/** The share of the headline's bigrams found in the body. */
	static double coverage(BigramSet headline, BigramSet body) {
		if (headline.isEmpty()) {
			return 0;
		}
		return (double) headline.sharedWith(body) / headline.size();
	}

	/** Two code points as one key. */
	static long key(int first, int second) {
		return (long) first << 21 | second;
	}

	/** The key of every bigram of the text's letters, in text order, repeats kept. */
	private static long[] keys(String text) {
		int[] letters = new int[text.length()];
		int n = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (c <= Character.MAX_VALUE ? LETTERS.get(c) : isLetter(c)) {
				letters[n++] = c;
			}
			i += Character.charCount(c);
		}
		long[] keys = new long[Math.max(0, n - 1)];
		for (int i = 0; i + 1 < n; i++) {
			keys[i] = key(letters[i], letters[i + 1]);
		}
		return keys;
	}

	private static boolean isLetter(int c) {
		return Chars.isIdeograph(c) || Character.isLetterOrDigit(c);
	}

}
