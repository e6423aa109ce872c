package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/** Turns the extracted text of a page into normalized lines grouped into blocks. */
public final class PageReader {

	private PageReader() {
	}

	public static List<Block> read(String pageText) {
		List<Block> blocks = new ArrayList<>();
		List<Line> current = new ArrayList<>();
		for (String raw : pageText.split("\\R", -1)) {
			Line line = Line.of(raw);
			// An indented line starts a text frame of its own even without a blank line above it.
			if (line.text().isEmpty() || Character.isWhitespace(raw.isEmpty() ? 'x' : raw.charAt(0))) {
				flush(blocks, current);
			}
			if (!line.text().isEmpty()) {
				current.add(line);
			}
		}
		flush(blocks, current);
		return blocks;
	}

	private static void flush(List<Block> blocks, List<Line> current) {
		if (!current.isEmpty()) {
			blocks.add(new Block(blocks.size(), List.copyOf(current)));
			current.clear();
		}
	}

}
