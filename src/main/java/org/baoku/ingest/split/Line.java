package org.baoku.ingest.split;

/** One printed line after normalization, with its width on the column. */
public record Line(String text, double width, boolean doubled) {

	public static Line of(String raw) {
		LineNormalizer.NormalizedLine n = LineNormalizer.normalize(raw);
		return new Line(n.text(), Chars.width(n.text()), n.doubled());
	}

	/** Ends with sentence-final punctuation, so a break after it may be a paragraph break. */
	public boolean closed() {
		int last = Chars.last(text);
		if ((last == '”' || last == '’') && text.length() >= 2) {
			// A closing quote ends a sentence only after the sentence's own stop: "…。”", not "“开局战”".
			return Chars.isClosing(text.codePointBefore(text.length() - 1));
		}
		return Chars.isClosing(last);
	}

	/**
	 * Ends a sentence, as the last line of a paragraph does: "。", "！", "……", or a closing quote or bracket right
	 * after one. A column tag "（今日谈）" or a bracketed note ends no sentence.
	 */
	public boolean endsSentence() {
		return endsSentenceText(text);
	}

	public static boolean endsSentenceText(String text) {
		int last = Chars.last(text);
		if (Chars.isSentenceEnd(last)) {
			return true;
		}
		if (text.length() >= 2 && "”’」』）)".indexOf(last) >= 0) {
			return Chars.isSentenceEnd(text.codePointBefore(text.length() - 1));
		}
		return false;
	}

	/**
	 * A text whose last sentence is followed only by a note in brackets (a byline "（记者 周之然 暨佩娟）", a trailing
	 * dateline, an author's note "（作者为北京大学教授）") is finished: the note closes it, whatever the note ends with.
	 */
	public static boolean closedByNote(String text) {
		String s = text.strip();
		if (s.isEmpty() || "）)".indexOf(s.charAt(s.length() - 1)) < 0) {
			return false;
		}
		int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
		return open > 0 && endsSentenceText(s.substring(0, open).strip());
	}

	public boolean fills(double columnWidth) {
		return width >= columnWidth - 1.5;
	}

}
