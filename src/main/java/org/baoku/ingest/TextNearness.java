package org.baoku.ingest;

import java.util.HashMap;
import java.util.Map;

import org.baoku.analysis.Ideographs;

/**
 * How near two readings of the same printed text are, from 0 (nothing shared) to 1 (the same, white space aside).
 * OCR reads a page a little differently each time ("会英和自我命" and "会黄和自我命"), so a correction made on one
 * reading is found again in the next by nearness, not by equality. Short texts (a headline, a byline) are compared
 * character by character (one minus the edit distance over the longer length); long ones (a body) by the character
 * bigrams they share (Dice), which costs linear time and reads a misread character as two bigrams lost of hundreds.
 */
final class TextNearness {

	/** Up to this many characters a text is compared by edit distance; beyond, by bigrams. */
	private static final int EDIT_DISTANCE_UP_TO = 300;

	private TextNearness() {
	}

	static double of(String a, String b) {
		// Radicals recorded before they were read as ideographs (V22 leaves corrections as they were made) are the
		// ideographs they stand for.
		String x = folded(a);
		String y = folded(b);
		if (x.equals(y)) {
			return 1;
		}
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (Math.max(x.length(), y.length()) <= EDIT_DISTANCE_UP_TO) {
			return 1 - (double) editDistance(x, y) / Math.max(x.length(), y.length());
		}
		return dice(x, y);
	}

	/** Exactly the same text, white space aside and radicals read as their ideographs: 1, else 0. */
	static double exactly(String a, String b) {
		return folded(a).equals(folded(b)) ? 1 : 0;
	}

	private static String folded(String text) {
		return ArticleMatcher.normalize(Ideographs.unify(text == null ? "" : text));
	}

	private static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** Shared bigrams, counted with their repeats, over the two texts' bigrams. */
	private static double dice(String a, String b) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i + 2 <= a.length(); i++) {
			counts.merge(a.substring(i, i + 2), 1, Integer::sum);
		}
		int shared = 0;
		for (int i = 0; i + 2 <= b.length(); i++) {
			Integer left = counts.get(b.substring(i, i + 2));
			if (left != null && left > 0) {
				shared++;
				counts.put(b.substring(i, i + 2), left - 1);
			}
		}
		return 2.0 * shared / (a.length() - 1 + b.length() - 1);
	}

}
