package org.baoku.ingest.ocr;

import java.util.Map;

/**
 * Punctuation the recognizer reads in its half-width form beside Chinese characters, set back to the full-width mark
 * Chinese text is printed with: "研究员)" for "研究员）", "(作者" for "（作者". The marks beside Latin letters and
 * digits stand as read ("3:0", "(a)"), where a page may print either. A pair of parentheses is set by what it holds
 * ("GDP（国内生产总值）"); one whose partner is on another line, by its neighbours. Scoring, phrase search and the rules
 * that read an author's note in its parentheses all compare the printed form.
 */
final class FullWidthMarks {

	private static final Map<Character, Character> FULL_WIDTH = Map.of(',', '，', ';', '；', ':', '：', '(', '（', ')', '）',
			'!', '！', '?', '？');

	private FullWidthMarks() {
	}

	static String set(String line) {
		char[] text = line.toCharArray();
		boolean[] paired = new boolean[text.length];
		for (int open = 0; open < text.length; open++) {
			int close = text[open] == '(' ? line.indexOf(')', open + 1) : -1;
			if (close > 0) {
				paired[open] = paired[close] = true;
				if (line.substring(open + 1, close).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
					text[open] = '（';
					text[close] = '）';
				}
			}
		}
		for (int i = 0; i < text.length; i++) {
			Character full = FULL_WIDTH.get(text[i]);
			if (full != null && !paired[i] && (isChinese(text, i - 1) || isChinese(text, i + 1))
					&& !isLatinOrDigit(text, i - 1) && !isLatinOrDigit(text, i + 1)) {
				text[i] = full;
			}
		}
		return new String(text);
	}

	private static boolean isChinese(char[] text, int at) {
		if (at < 0 || at >= text.length) {
			return false;
		}
		char c = text[at];
		// A character, a Chinese mark (、。《》), a full-width one (，（）) or a curly quote, which Chinese text sets too.
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303f
				|| c >= 0xff00 && c <= 0xffef || c >= 0x2018 && c <= 0x201d;
	}

	private static boolean isLatinOrDigit(char[] text, int at) {
		return at >= 0 && at < text.length && text[at] < 0x80 && Character.isLetterOrDigit(text[at]);
	}

}
