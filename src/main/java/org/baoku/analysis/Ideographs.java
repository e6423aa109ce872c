package org.baoku.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The unified ideograph a character stands for where an extractor gave another code point for it: a Kangxi radical
 * or a CJK radicals-supplement character (PDFs printed by a browser or an office suite in Noto or Source Han fonts give
 * 人民日报 as ⼈⺠⽇报), from the Unicode Character Database's EquivalentUnifiedIdeograph data ({@link #TABLE}), and a
 * CJK compatibility ideograph (its canonical form). Applied to every page's text as it is read, before it is split,
 * stored or indexed, and to queries by {@link SearchText#fold}; the page file keeps its bytes.
 */
public final class Ideographs {

	/** Radical, a tab, the ideograph, per line (UCD 15.0, U+2E80–2EFF and U+2F00–2FDF). */
	static final String TABLE = "radicals.txt";

	private static final Map<Integer, Integer> UNIFIED = readTable();

	private Ideographs() {
	}

	/** The ideograph {@code c} stands for; {@code c} itself when it is one or stands for none. */
	public static int unified(int c) {
		if (c < 0x2E80 || c > 0x2FDF && c < 0xF900 || c > 0xFAFF) {
			return c;
		}
		return UNIFIED.getOrDefault(c, c);
	}

	/** The text with each such character replaced; the same instance when it has none. */
	public static String unify(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int u = unified(c);
			if (u != c && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.appendCodePoint(u);
			}
			i += Character.charCount(c);
		}
		return out == null ? text : out.toString();
	}

	private static Map<Integer, Integer> readTable() {
		Map<Integer, Integer> table = new HashMap<>();
		try (InputStream in = Ideographs.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException(TABLE + " is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				int tab = line.indexOf('\t');
				// Within the Basic Multilingual Plane only, as every analyzer folds (one UTF-16 unit for one): the few
				// radicals that stand for an ideograph beyond it are left as they are.
				if (!line.startsWith("#") && tab > 0 && line.codePointAt(tab + 1) <= Character.MAX_VALUE) {
					table.put(line.codePointAt(0), line.codePointAt(tab + 1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Compatibility ideographs (豈 U+F900, 﨧 …) decompose canonically to one unified ideograph each.
		compatibility(table, 0xF900, 0xFAFF);
		return table;
	}

	private static void compatibility(Map<Integer, Integer> table, int from, int to) {
		for (int c = from; c <= to; c++) {
			if (!Character.isDefined(c)) {
				continue;
			}
			String nfc = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFC);
			if (nfc.length() == 1 && nfc.charAt(0) != c) {
				table.put(c, nfc.codePointAt(0));
			}
		}
	}

}
