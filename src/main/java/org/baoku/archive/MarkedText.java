package org.baoku.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text cut into pieces that are marked or not, so a template can wrap the marked ones in {@code <mark>} while
 * every piece stays escaped text.
 */
public record MarkedText(List<Piece> pieces) {

	/** A run of text and whether it is marked. */
	public record Piece(String text, boolean marked) {
	}

	/** Marks every occurrence of the words (longest first where they overlap). */
	static MarkedText words(String text, List<String> words) {
		List<int[]> spans = new ArrayList<>();
		List<String> longestFirst = words.stream().filter(w -> !w.isBlank()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
		for (String word : longestFirst) {
			for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
				spans.add(new int[] { at, at + word.length() });
			}
		}
		return spans(text, spans);
	}

	/** Marks the given [start, end) spans of the text; overlapping spans are joined. */
	static MarkedText spans(String text, List<int[]> spans) {
		List<int[]> sorted = spans.stream().sorted(Comparator.comparingInt((int[] s) -> s[0])).toList();
		List<Piece> pieces = new ArrayList<>();
		int done = 0;
		for (int[] span : sorted) {
			int start = Math.max(span[0], done);
			int end = Math.min(span[1], text.length());
			if (end <= start) {
				continue;
			}
			if (start > done) {
				pieces.add(new Piece(text.substring(done, start), false));
			}
			pieces.add(new Piece(text.substring(start, end), true));
			done = end;
		}
		if (done < text.length()) {
			pieces.add(new Piece(text.substring(done), false));
		}
		return new MarkedText(List.copyOf(pieces));
	}

	public boolean anyMarked() {
		return pieces.stream().anyMatch(Piece::marked);
	}

}
