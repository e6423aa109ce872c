package org.baoku.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an article's parts stand in its page's raw text. The stored text is the raw text with line breaks,
 * letter-spacing and page furniture taken out, so each part is looked up by its first and last few characters
 * with white space ignored; a part that cannot be found (e.g. a headline printed in doubled bold) is left unmarked.
 */
final class RawTextSpans {

	/** Characters of a part's start and end that must match the raw text exactly. */
	private static final int ANCHOR = 12;

	private RawTextSpans() {
	}

	/** [start, end) offsets in the raw text of each part found, in the order of the parts. */
	static List<int[]> find(String raw, List<String> parts) {
		StringBuilder compact = new StringBuilder(raw.length());
		List<Integer> rawAt = new ArrayList<>(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			if (!Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != '\u3000') {
				compact.append(raw.charAt(i));
				rawAt.add(i);
			}
		}
		List<int[]> spans = new ArrayList<>();
		for (String part : parts) {
			span(compact.toString(), squeeze(part)).ifPresent(s -> spans.add(new int[] { rawAt.get(s[0]), rawAt.get(s[1] - 1) + 1 }));
		}
		return spans;
	}

	private static Optional<int[]> span(String compact, String part) {
		if (part.isEmpty()) {
			return Optional.empty();
		}
		String head = part.substring(0, Math.min(ANCHOR, part.length()));
		String tail = part.substring(Math.max(0, part.length() - ANCHOR));
		int start = compact.indexOf(head);
		if (start < 0) {
			return Optional.empty();
		}
		int tailAt = compact.indexOf(tail, start);
		if (tailAt < 0) {
			return Optional.of(new int[] { start, start + head.length() });
		}
		return Optional.of(new int[] { start, tailAt + tail.length() });
	}

	private static String squeeze(String text) {
		return text == null ? "" : text.replaceAll("[\\s\u3000]+", "");
	}

}
