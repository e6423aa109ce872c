package org.baoku.ingest.split;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Character bigrams of the letters, digits and ideographs of a text, punctuation and spaces skipped. */
public final class Bigrams {

	private Bigrams() {
	}

	static Set<String> of(String text) {
		String letters = letters(text);
		Set<String> grams = new HashSet<>(Math.max(16, letters.length() * 4 / 3));
		for (int i = 0; i + 1 < letters.length(); i++) {
			grams.add(letters.substring(i, i + 2));
		}
		return grams;
	}

	/** The letters, digits and ideographs of a text. */
	private static String letters(String text) {
		StringBuilder letters = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (Chars.isIdeograph(c) || Character.isLetterOrDigit(c)) {
				letters.appendCodePoint(c);
			}
			i += Character.charCount(c);
		}
		return letters.toString();
	}

	/** The bigrams of each line and each space-separated phrase of a headline block, none across a break. */
	static Set<String> ofLines(Block block) {
		Set<String> grams = new HashSet<>();
		for (Line line : block.lines()) {
			for (String phrase : line.text().split(" ")) {
				grams.addAll(of(phrase));
			}
		}
		return grams;
	}

	/** How often each bigram occurs, for comparing two stretches of text. */
	public static Map<String, Integer> counts(String text) {
		String letters = letters(text);
		Map<String, Integer> counts = new HashMap<>(Math.max(16, letters.length() * 4 / 3));
		for (int i = 0; i + 1 < letters.length(); i++) {
			counts.merge(letters.substring(i, i + 2), 1, Integer::sum);
		}
		return counts;
	}

	/** Cosine similarity of two bigram counts: 1 for the same wording, 0 for nothing in common. */
	public static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		double dot = 0;
		for (Map.Entry<String, Integer> e : a.entrySet()) {
			dot += e.getValue() * (double) b.getOrDefault(e.getKey(), 0);
		}
		double na = a.values().stream().mapToDouble(v -> v * (double) v).sum();
		double nb = b.values().stream().mapToDouble(v -> v * (double) v).sum();
		return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
	}

	/** The share of the headline's bigrams found in the body. */
	static double coverage(Set<String> headline, Set<String> body) {
		if (headline.isEmpty()) {
			return 0;
		}
		int found = 0;
		for (String g : headline) {
			if (body.contains(g)) {
				found++;
			}
		}
		return (double) found / headline.size();
	}

}
