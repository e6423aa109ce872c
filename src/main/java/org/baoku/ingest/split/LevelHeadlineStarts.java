package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts back together a headline whose first line the extractor ran onto another frame's line: a headline printed
 * beside a column (or beside another headline) starts level with that column's last line, so its first line comes
 * out at that line's end after a space ("…牢民生保障安全网。 国防部举行202") and the rest of it after a blank line
 * ("0年新春招待会"). Left as it is, the headline loses its head to the text beside it and opens mid-word. The
 * head is moved to a line of its own right above the line that finishes it, where the headline's block begins.
 * <p>
 * Only when the page says so: the characters on both sides of the break ("02" + "0年") are found together
 * somewhere else on the page (the report under a headline repeats its words), which a line that merely ends
 * where another frame begins does not do.
 */
final class LevelHeadlineStarts {

	/** A dateline at the end of the line: the text after it is the report's own first line, not a headline's. */
	private static final Pattern DATELINE_END = Pattern.compile("(?:[电讯]|电[）)])$");

	/** Sentence marks no headline line carries. */
	private static final Pattern SENTENCE_MARKS = Pattern.compile("[，。；！？]");

	private LevelHeadlineStarts() {
	}

	static String[] mend(String[] rawLines) {
		Page page = new Page(rawLines);
		List<String> out = new ArrayList<>();
		for (int r = 0; r < rawLines.length; r++) {
			String line = rawLines[r].stripTrailing();
			int space = line.lastIndexOf(' ');
			int next = r + 1;
			while (next < rawLines.length && rawLines[next].isBlank()) {
				next++;
			}
			if (space <= 0 || next == r + 1 || next >= rawLines.length
					|| !isHead(line.substring(0, space).strip(), line.substring(space + 1), rawLines, next)
					|| !page.joinedElsewhere(r, next, line.substring(space + 1))) {
				out.add(rawLines[r]);
				continue;
			}
			out.add(line.substring(0, space).stripTrailing());
			// On a line of its own right above the rest, so the headline's lines keep their widths, starting a block.
			out.add(FrameCutter.FRAME_START + line.substring(space + 1));
			r = next - 1;
		}
		return out.toArray(String[]::new);
	}

	/**
	 * The line's last word could open a headline the next block finishes: two or more characters led by an
	 * ideograph or an opening mark, no sentence mark in it; the line before it is no letter-spaced line and ends no
	 * dateline; the block that would finish it is a headline's few lines, led by an ideograph or a digit.
	 */
	private static boolean isHead(String before, String head, String[] rawLines, int next) {
		if (before.isEmpty() || head.codePointCount(0, head.length()) < 2 || SENTENCE_MARKS.matcher(head).find()
				|| DATELINE_END.matcher(before.replace(" ", "")).find() || LineNormalizer.isLetterSpaced(before + " " + head)) {
			return false;
		}
		int first = head.codePointAt(0);
		int last = before.codePointBefore(before.length());
		if (!(Chars.isIdeograph(first) || "（“《".indexOf(first) >= 0)
				|| !(Chars.isIdeograph(last) || Chars.isClosing(last))) {
			return false;
		}
		String rest = rawLines[next].strip();
		int end = next;
		while (end < rawLines.length && !rawLines[end].isBlank()) {
			end++;
		}
		return end - next <= SplitTuning.LEVEL_HEADLINE_MAX_LINES && !rest.isEmpty()
				&& (Chars.isIdeograph(rest.codePointAt(0)) || Character.isDigit(rest.codePointAt(0)));
	}

	/** The page's text with no spaces, where each line starts in it, and how often each run of characters occurs. */
	private static final class Page {

		private final String text;

		private final int[] starts;

		private Map<String, Integer> runs;

		Page(String[] rawLines) {
			StringBuilder page = new StringBuilder();
			starts = new int[rawLines.length + 1];
			for (int r = 0; r < rawLines.length; r++) {
				starts[r] = page.length();
				page.append(compact(rawLines[r]));
			}
			starts[rawLines.length] = page.length();
			text = page.toString();
		}

		/**
		 * The characters on both sides of the break, {@link SplitTuning#LEVEL_HEADLINE_JOIN} of each, stand together
		 * somewhere on the page outside the two lines (lines run on across line ends).
		 */
		boolean joinedElsewhere(int line, int next, String head) {
			String rest = text.substring(starts[next], starts[next + 1]);
			int side = SplitTuning.LEVEL_HEADLINE_JOIN;
			if (head.length() < side || rest.length() < side) {
				return false;
			}
			String join = head.substring(head.length() - side) + rest.substring(0, side);
			// Runs that overlap the two lines (nothing but blank lines stands between them) do not count.
			String lines = text.substring(Math.max(0, starts[line] - join.length() + 1),
					Math.min(text.length(), starts[next + 1] + join.length() - 1));
			int inside = 0;
			for (int at = lines.indexOf(join); at >= 0; at = lines.indexOf(join, at + 1)) {
				inside++;
			}
			return runs().getOrDefault(join, 0) > inside;
		}

		/** Counted once for the whole page, so a page of many lines costs time in proportion to its length. */
		private Map<String, Integer> runs() {
			if (runs == null) {
				runs = new HashMap<>();
				int length = 2 * SplitTuning.LEVEL_HEADLINE_JOIN;
				for (int at = 0; at + length <= text.length(); at++) {
					runs.merge(text.substring(at, at + length), 1, Integer::sum);
				}
			}
			return runs;
		}

	}

	private static String compact(String raw) {
		return raw.replace(" ", "").replace("\u3000", "");
	}

}
