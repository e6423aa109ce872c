package org.baoku.ingest.split;

/**
 * Whether decoded text reads as newspaper prose at all: at least one sentence of {@link #MIN_IDEOGRAPHS} or more
 * Chinese characters closed by a full stop, question or exclamation mark. A file holding only "。", a list of
 * numbers or the ASCII innards of a PDF has none and is refused instead of becoming a junk article.
 */
public final class RealText {

	public static final int MIN_IDEOGRAPHS = 8;

	private RealText() {
	}

	public static boolean hasSentence(String text) {
		int ideographs = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				ideographs++;
			}
			else if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
				if (ideographs >= MIN_IDEOGRAPHS) {
					return true;
				}
				ideographs = 0;
			}
		}
		return false;
	}

}
