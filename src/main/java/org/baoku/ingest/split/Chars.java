package org.baoku.ingest.split;

/** Character classes the splitter reasons with. */
public final class Chars {

	private Chars() {
	}

	public static boolean isIdeograph(int c) {
		// The script lookup is a binary search; most characters of a page settle before it.
		if (c < 0x2E80) {
			return false;
		}
		if (c >= 0x4E00 && c <= 0x9FEF) {
			return true;
		}
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** Full-width punctuation and symbols printed in Chinese text (，。“”《》· etc.). */
	public static boolean isCjkPunct(int c) {
		return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
				|| (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == '“' || c == '”' || c == '‘'
				|| c == '’' || c == '·' || c == '—' || c == '…' || c == '•' || c == '□' || c == '■' || c == '●'
				|| c == '★' || c == '☆' || c == '◆' || c == '◇' || c == '▲' || c == '△';
	}

	public static boolean isCjk(int c) {
		return isIdeograph(c) || isCjkPunct(c);
	}

	public static boolean isAsciiAlnum(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** Punctuation that ends a sentence: a line ending with it may end a paragraph. */
	public static boolean isClosing(int c) {
		return c == '。' || c == '！' || c == '？' || c == '…' || c == '”' || c == '’' || c == '）' || c == ')'
				|| c == '!' || c == '?' || c == '」' || c == '』';
	}

	/** Punctuation that ends a sentence for certain (not a closing bracket or quote). */
	public static boolean isSentenceEnd(int c) {
		return c == '。' || c == '！' || c == '？' || c == '…' || c == '!' || c == '?' || c == '；';
	}

	/** Punctuation inside a sentence: a line ending with it is never a headline. */
	public static boolean isSentenceInner(int c) {
		return c == '，' || c == '、' || c == '；' || c == '：' || c == '。';
	}

	/** Display width on a printed column: ideographs and full-width forms take one cell, ASCII half. */
	public static double width(String s) {
		double w = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			// Typesetters set quotation marks on half a cell, as they do Latin letters and digits.
			w += c < 0x2E80 && c != '—' && c != '…' && c != '·' ? 0.5 : 1.0;
		}
		return w;
	}

	public static int last(String s) {
		return s.isEmpty() ? 0 : s.codePointBefore(s.length());
	}

}
