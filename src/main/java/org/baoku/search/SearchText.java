package org.baoku.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * The one normalization applied before tokenizing, at index and at query time alike: full-width letters and digits
 * to half-width, Traditional to Simplified characters (ICU), case folded. It maps character to character, so
 * offsets into the stored text stay right for highlighting.
 */
public final class SearchText {

	private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

	private static final Map<Integer, Integer> SIMPLIFIED = new ConcurrentHashMap<>();

	private SearchText() {
	}

	/** One code point as search sees it. */
	public static int fold(int c) {
		if (c >= 0xFF01 && c <= 0xFF5E) {
			c -= 0xFEE0;
		}
		else if (c == 0x3000) {
			c = ' ';
		}
		else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
			c = SIMPLIFIED.computeIfAbsent(c, SearchText::simplified);
		}
		return Character.toLowerCase(c);
	}

	public static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().map(SearchText::fold).forEach(out::appendCodePoint);
		return out.toString();
	}

	/** A letter, digit or ideograph: what a search word is made of. */
	public static boolean isWordChar(int c) {
		return Character.isLetterOrDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static int simplified(int c) {
		String s = TO_SIMPLIFIED.transliterate(new String(Character.toChars(c)));
		return s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : c;
	}

}
