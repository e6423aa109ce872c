package org.baoku.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Where a printed block's text stands in an article's body, and the body without it or with it put in. A block is
 * found with the spaces and line breaks of both set aside (the body joins a block's lines into paragraphs, and a
 * paragraph may run on from the column before); what is moved is the body's own text of the block, its paragraph
 * breaks kept.
 */
final class BlockText {

	/** Marks that end a sentence: after one, a block put in starts a paragraph; after any other, it runs on. */
	private static final String SENTENCE_ENDS = "。！？!?…”’」』）)";

	private BlockText() {
	}

	/** The span of the body that holds the block's text, from its first printed character to its last. */
	record Span(int start, int end) {

		String of(String body) {
			return body.substring(start, end);
		}

	}

	/**
	 * Where the block's text stands in the body; empty when it is not there, or there more than once. The body leaves
	 * out what the article keeps apart, so a block is found without it too: a closing bracket at its end (the
	 * dateline printed last, "（本报巴黎2月12日电）", or a jump line, "（下转第二版）"), and the lead-in the article's
	 * first block opens with ("本报北京1月1日电（记者 …）"), the body then opening with the rest of the block.
	 */
	static Optional<Span> find(String body, String block) {
		String printed = strip(block);
		Optional<Span> whole = findStripped(body, printed);
		if (whole.isPresent()) {
			return whole;
		}
		if (printed.endsWith("）") || printed.endsWith(")")) {
			int open = Math.max(printed.lastIndexOf('（'), printed.lastIndexOf('('));
			if (open > 0 && printed.length() - open <= MAX_LEFT_OUT) {
				return find(body, printed.substring(0, open));
			}
		}
		String opening = strip(body);
		for (int cut = 1; cut <= MAX_LEFT_OUT && cut < printed.length(); cut++) {
			if (opening.startsWith(printed.substring(cut))) {
				return findStripped(body, printed.substring(cut));
			}
		}
		return Optional.empty();
	}

	/** The most characters of a block's head or tail that the body may leave out (a dateline with its byline). */
	private static final int MAX_LEFT_OUT = 40;

	private static Optional<Span> findStripped(String body, String printed) {
		if (printed.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder stripped = new StringBuilder(body.length());
		int[] at = new int[body.length()];
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (!Character.isWhitespace(c)) {
				at[stripped.length()] = i;
				stripped.append(c);
			}
		}
		int first = stripped.indexOf(printed);
		if (first < 0 || stripped.indexOf(printed, first + 1) >= 0) {
			return Optional.empty();
		}
		return Optional.of(new Span(at[first], at[first + printed.length() - 1] + 1));
	}

	/**
	 * The body without the span. The text either side stays in its own paragraph: the column before the block and the
	 * one after it were not printed one after the other.
	 */
	static String without(String body, Span span) {
		return tidy(body.substring(0, span.start()).stripTrailing() + "\n" + body.substring(span.end()).stripLeading());
	}

	/**
	 * The body with a block's text put in at {@code offset}: it runs on from the text before it unless that ends a
	 * sentence (a column carries on mid-sentence from the one before), and the text after it runs on from the block
	 * the same way.
	 */
	static String with(String body, int offset, String text) {
		String before = body.substring(0, offset);
		String after = body.substring(offset);
		String moved = text.strip();
		return tidy(before + joint(before, moved) + moved + joint(moved, after) + after);
	}

	/** The body's offset right after the text of the last of {@code blocks} found in it; -1 when none is found. */
	static int after(String body, List<String> blocks) {
		int end = -1;
		for (String block : blocks) {
			Optional<Span> span = find(body, block);
			if (span.isPresent()) {
				end = Math.max(end, span.get().end());
			}
		}
		return end;
	}

	private static String joint(String before, String after) {
		if (before.isEmpty() || after.isEmpty() || before.endsWith("\n") || after.startsWith("\n")) {
			return "";
		}
		String left = before.stripTrailing();
		return SENTENCE_ENDS.indexOf(left.charAt(left.length() - 1)) >= 0 ? "\n" : "";
	}

	/** One paragraph a line, none blank, no spaces around a line. */
	static String tidy(String body) {
		return String.join("\n", body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
	}

	/** Whether two texts print the same characters, spaces and line breaks aside. */
	static boolean sameText(String a, String b) {
		return strip(a).equals(strip(b));
	}

	private static String strip(String text) {
		StringBuilder s = new StringBuilder(text.length());
		text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(s::appendCodePoint);
		return s.toString();
	}

}
