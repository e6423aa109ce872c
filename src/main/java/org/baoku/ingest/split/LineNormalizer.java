package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes what the PDF extractor did to one printed line while keeping its meaning: letter-spacing between
 * characters, spaces between digits and ideographs, and bold text that was extracted twice ("XYXY" → "XY").
 * The ordinary space between headline phrases or between names in a byline is kept.
 */
public final class LineNormalizer {

	private LineNormalizer() {
	}

	public record NormalizedLine(String text, boolean doubled, boolean letterSpaced) {
	}

	public static NormalizedLine normalize(String raw) {
		String s = raw.replace('\u3000', ' ').replace('\t', ' ').replace('\u00A0', ' ').strip();
		s = s.replaceAll(" {2,}", " ");
		boolean spaced = isLetterSpaced(s);
		s = removeSpaces(s, spaced);
		String[] phrases = s.split(" ");
		String[] singles = new String[phrases.length];
		boolean doubled = false;
		for (int i = 0; i < phrases.length; i++) {
			singles[i] = undouble(phrases[i]);
			doubled |= singles[i].length() < phrases[i].length();
		}
		if (doubled) {
			// the bold line was extracted twice run by run: a short phrase on it ("江苏江苏") is doubled as well
			for (int i = 0; i < phrases.length; i++) {
				singles[i] = singles[i].length() < phrases[i].length() ? singles[i] : halve(phrases[i]);
			}
		}
		return new NormalizedLine(String.join(" ", singles), doubled, spaced);
	}

	public static String text(String raw) {
		return normalize(raw).text();
	}

	/**
	 * Most of the space-separated words with ideographs in them are a single ideograph: the typesetter spread the
	 * line out. Numbers do not count, their spaces go anyway, and names in a byline ("田明 宋宗泽") stay apart.
	 */
	static boolean isLetterSpaced(String s) {
		int words = 0;
		int single = 0;
		for (String token : s.split(" ")) {
			long ideographs = token.codePoints().filter(Chars::isIdeograph).count();
			if (ideographs > 0) {
				words++;
				single += ideographs == 1 ? 1 : 0;
			}
		}
		return single >= SplitTuning.MIN_SPACED_TOKENS && single >= SplitTuning.SPACED_SHARE * words;
	}

	/**
	 * Drops a space next to full-width punctuation or between a digit and an ideograph always, and between two
	 * ideographs only on a letter-spaced line; a space between Latin letters or numbers always stays.
	 */
	static String removeSpaces(String s, boolean letterSpaced) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ' ' && i > 0 && i + 1 < s.length()) {
				int before = s.charAt(i - 1);
				int after = s.charAt(i + 1);
				boolean latinBoth = isLatinish(before) && isLatinish(after);
				boolean punct = Chars.isCjkPunct(before) || Chars.isCjkPunct(after);
				boolean digitIdeo = (Character.isDigit(before) && Chars.isIdeograph(after))
						|| (Chars.isIdeograph(before) && Character.isDigit(after));
				if (!latinBoth && (punct || digitIdeo || letterSpaced)) {
					continue;
				}
			}
			out.append(c);
		}
		return out.toString();
	}

	private static boolean isLatinish(int c) {
		return Chars.isAsciiAlnum(c) || c == '.' || c == '%' || c == '-' || c == '+';
	}

	/**
	 * Bold runs are sometimes extracted twice: "南京周南京周" or, run by run, "抢抓抢抓··行动行动". A phrase is undone
	 * only when all of it parses as doubled runs, each run of two or more characters or a punctuation mark, so
	 * ordinary reduplication ("看看", "研究研究" inside a sentence) is left alone. Two runs in a row of
	 * {@link SplitTuning#SIDE_BY_SIDE_RUN_MIN} characters or more keep a space between them, unless the second opens a
	 * bracket.
	 */
	static String undouble(String phrase) {
		int[] cps = phrase.codePoints().toArray();
		if (cps.length < 6 || cps.length % 2 != 0) {
			return phrase;
		}
		List<Integer> runs = new ArrayList<>();
		if (!parseDoubled(cps, 0, runs)) {
			return phrase;
		}
		StringBuilder out = new StringBuilder();
		int at = 0;
		boolean longRun = false;
		int previous = 0;
		for (int len : runs) {
			// Each run of bold text is extracted twice on its own: two long runs one after the other are two things
			// printed side by side ("涵养…诗意涵养…诗意在触摸…（人民时评）在触摸…（人民时评）"), kept apart by a space;
			// a column tag doubled on its own ("…（今日谈）（今日谈）") stays with its title.
			if (previous >= SplitTuning.SIDE_BY_SIDE_RUN_MIN && len >= SplitTuning.SIDE_BY_SIDE_RUN_MIN
					&& cps[at] != '（' && cps[at] != '(') {
				out.append(' ');
			}
			previous = len;
			for (int k = 0; k < len; k++) {
				out.appendCodePoint(cps[at + k]);
			}
			longRun |= len >= 3;
			at += 2 * len;
		}
		return longRun ? out.toString() : phrase;
	}

	/** "江苏江苏" → "江苏": a phrase that is exactly twice the same two or more characters, else unchanged. */
	static String halve(String phrase) {
		int[] cps = phrase.codePoints().toArray();
		int half = cps.length / 2;
		boolean twice = cps.length % 2 == 0 && half >= 2 && sameRun(cps, 0, half);
		return twice ? new String(cps, 0, half) : phrase;
	}

	private static boolean parseDoubled(int[] cps, int from, List<Integer> runs) {
		if (from == cps.length) {
			return true;
		}
		for (int len = (cps.length - from) / 2; len >= 1; len--) {
			if (len == 1 && !Chars.isCjkPunct(cps[from]) && !isLatinish(cps[from])) {
				continue;
			}
			if (sameRun(cps, from, len)) {
				runs.add(len);
				if (parseDoubled(cps, from + 2 * len, runs)) {
					return true;
				}
				runs.remove(runs.size() - 1);
			}
		}
		return false;
	}

	private static boolean sameRun(int[] cps, int from, int len) {
		for (int k = 0; k < len; k++) {
			if (cps[from + k] != cps[from + len + k]) {
				return false;
			}
		}
		return true;
	}

}
