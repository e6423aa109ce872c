package org.baoku.ingest.split;

import java.util.HashSet;
import java.util.Set;

/** Character bigrams of the letters, digits and ideographs of a text, punctuation and spaces skipped. */
final class Bigrams {

	private Bigrams() {
	}

	static Set<String> of(String text) {
		StringBuilder letters = new StringBuilder();
		text.codePoints().filter(c -> Chars.isIdeograph(c) || Character.isLetterOrDigit(c))
			.forEach(letters::appendCodePoint);
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 1 < letters.length(); i++) {
			grams.add(letters.substring(i, i + 2));
		}
		return grams;
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
