package org.baoku.ingest.ocr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Punctuation the recognizer reads in its half-width form beside Chinese text, set back to the full-width mark Chinese
 * text is printed with: "研究员)" for "研究员）", "(作者" for "（作者", "6.4万亿元;2016年" for "6.4万亿元；2016年". A mark
 * between two Latin letters or digits stands as read ("1,000", "10:30", "http:"); a pair of parentheses is set by what
 * it holds ("GDP（国内生产总值）", "(a)"), one whose partner is on another line by its neighbours. Scoring, phrase search
 * and the rules that read an author's note in its parentheses all compare the printed form.
 */
final class FullWidthMarks {

	private static final Map<Character, Character> FULL_WIDTH = Map.of(',', '，', ';', '；', ':', '：', '(', '（', ')', '）',
			'!', '！', '?', '？');

	private FullWidthMarks() {
	}

	static String set(String line) {
		char[] text = line.toCharArray();
		boolean[] paired = new boolean[text.length];
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < text.length; i++) {
			if (text[i] == '(') {
				open.push(i);
			}
			else if (text[i] == ')' && !open.isEmpty()) {
				int from = open.pop();
				paired[from] = paired[i] = true;
				if (line.substring(from + 1, i).codePoints().anyMatch(FullWidthMarks::isHan)) {
					text[from] = '（';
					text[i] = '）';
				}
			}
		}
		for (int i = 0; i < text.length; i++) {
			Character full = FULL_WIDTH.get(text[i]);
			if (full != null && !paired[i] && (isChinese(line, i - 1) || isChinese(line, i + 1))
					&& !(isLatinOrDigit(text, i - 1) && isLatinOrDigit(text, i + 1))) {
				text[i] = full;
			}
		}
		return new String(text);
	}

	private static boolean isChinese(String line, int at) {
		if (at < 0 || at >= line.length()) {
			return false;
		}
		int c = Character.isLowSurrogate(line.charAt(at)) && at > 0 ? line.codePointAt(at - 1) : line.codePointAt(at);
		// A character, a Chinese mark (、。《》), a full-width one (，（）) or a curly quote, which Chinese text sets too.
		return isHan(c) || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef || c >= 0x2018 && c <= 0x201d;
	}

	private static boolean isHan(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean isLatinOrDigit(char[] text, int at) {
		return at >= 0 && at < text.length && text[at] < 0x80 && Character.isLetterOrDigit(text[at]);
	}

}
