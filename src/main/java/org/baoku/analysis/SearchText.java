package org.baoku.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The one normalization applied before tokenizing, at index and at query time alike: radicals and compatibility
 * ideographs to the ideographs they stand for ({@link Ideographs}), full-width letters and digits to half-width,
 * Traditional to Simplified characters, case folded. It maps character to character, so offsets
 * into the stored text stay right for highlighting. Traditional→Simplified is a frozen table generated once from
 * ICU ({@link #TABLE}), so the embedded index, every Solr node and every query fold alike whatever ICU is about.
 */
public final class SearchText {

	/** The frozen Traditional→Simplified table: a character, a tab and its simplified form, per line. */
	static final String TABLE = "traditional-simplified.txt";

	private static final Map<Integer, Integer> TO_SIMPLIFIED = readTable();

	/**
	 * Each character of the Basic Multilingual Plane as folded, filled in as characters are first met (-1 until
	 * then): indexing folds every character of every text, and the script look-up and ICU behind it were a tenth of
	 * that work. Two threads filling the same slot write the same value.
	 */
	private static final int[] FOLDED = new int[Character.MAX_VALUE + 1];

	/** Whether each character of the plane is a word character, worked out once. */
	private static final BitSet WORD_CHARS = new BitSet(Character.MAX_VALUE + 1);

	static {
		Arrays.fill(FOLDED, -1);
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			if (isWordCharOnce(c)) {
				WORD_CHARS.set(c);
			}
		}
	}

	private SearchText() {
	}

	/** One code point as search sees it. */
	public static int fold(int c) {
		if (c > Character.MAX_VALUE) {
			return foldOnce(c);
		}
		int folded = FOLDED[c];
		if (folded < 0) {
			folded = foldOnce(c);
			FOLDED[c] = folded;
		}
		return folded;
	}

	private static int foldOnce(int c) {
		c = Ideographs.unified(c);
		if (c >= 0xFF01 && c <= 0xFF5E) {
			c -= 0xFEE0;
		}
		else if (c == 0x3000) {
			c = ' ';
		}
		else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
			c = simplified(c);
		}
		return Character.toLowerCase(c);
	}

	public static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (out.isEmpty() || !isLayoutSpace(out.codePointBefore(out.length()), text, i)) {
				out.appendCodePoint(fold(c));
			}
			i += Character.charCount(c);
		}
		return out.toString();
	}

	/**
	 * Whether the character at {@code at} is a space between two ideographs ({@code before} is the folded one ahead
	 * of it): letter-spacing ("张 弘 靓") or two lines a PDF reader joined ("全面建成小 康社会"). It is layout, not a
	 * word break: the index, the query and the truth all read it away.
	 */
	static boolean isLayoutSpace(int before, String text, int at) {
		if (!Character.isWhitespace(text.codePointAt(at)) || !isHan(before)) {
			return false;
		}
		int i = at;
		while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
			i += Character.charCount(text.codePointAt(i));
		}
		return i < text.length() && isHan(fold(text.codePointAt(i)));
	}

	private static boolean isHan(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** A letter, digit or ideograph: what a search word is made of. */
	public static boolean isWordChar(int c) {
		return c <= Character.MAX_VALUE ? WORD_CHARS.get(c) : isWordCharOnce(c);
	}

	private static boolean isWordCharOnce(int c) {
		return Character.isLetterOrDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static int simplified(int c) {
		return TO_SIMPLIFIED.getOrDefault(c, c);
	}

	private static Map<Integer, Integer> readTable() {
		Map<Integer, Integer> table = new HashMap<>();
		try (InputStream in = SearchText.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException(TABLE + " is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				int tab = line.indexOf('\t');
				if (!line.startsWith("#") && tab > 0) {
					table.put(line.codePointAt(0), line.codePointAt(tab + 1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}

}
