package org.baoku.ingest.split;

import java.util.List;
import java.util.regex.Pattern;

/** A headline: kicker (引题) above, main title (主题), subtitle (副题) below. Kicker and subtitle may be null. */
public record Headline(String kicker, String main, String subtitle) {

	public static final Headline NONE = new Headline(null, "", null);

	private static final Pattern COLUMN_TAG_ONLY = Pattern.compile("[（(][^（()）]+[）)]");

	public boolean isEmpty() {
		return main == null || main.isBlank();
	}

	/**
	 * Nothing but a column tag in brackets ("（来自疫情防控一线的报道）"): a tag closes a title and is never one, so the
	 * title it closes went elsewhere.
	 */
	public boolean isColumnTagOnly() {
		return !isEmpty() && COLUMN_TAG_ONLY.matcher(full().replace(" ", "")).matches();
	}

	/**
	 * A kicker or subtitle of one or two characters and nothing else ("南" under a title): a piece broken off
	 * something else (a name wrapped off its byline, a title's last characters). A short kicker is set with its
	 * mark ("拉萨：").
	 */
	public boolean hasFragment() {
		for (String part : new String[] { kicker, subtitle }) {
			String letters = part == null ? "" : part.replace(" ", "");
			if (!letters.isEmpty() && letters.codePointCount(0, letters.length()) <= 2
					&& letters.codePoints().allMatch(Character::isLetterOrDigit)) {
				return true;
			}
		}
		return false;
	}

	/** All parts on one line, for display and for indexing. */
	public String full() {
		StringBuilder s = new StringBuilder();
		for (String part : new String[] { kicker, main, subtitle }) {
			if (part != null && !part.isBlank()) {
				if (!s.isEmpty()) {
					s.append(' ');
				}
				s.append(part);
			}
		}
		return s.toString();
	}

	/**
	 * A title's lines as one main title: parallel title lines (each at least {@link SplitTuning#PARALLEL_TITLE_WIDTH}
	 * cells) keep a space between them; a title wrapped over two lines is rejoined without one.
	 */
	public static String joinTitle(List<String> lines) {
		StringBuilder s = new StringBuilder();
		for (String line : lines) {
			if (!s.isEmpty() && Chars.width(s.toString()) >= SplitTuning.PARALLEL_TITLE_WIDTH
					&& Chars.width(line) >= SplitTuning.PARALLEL_TITLE_WIDTH) {
				s.append(' ');
			}
			s.append(line);
		}
		return s.toString();
	}

}
