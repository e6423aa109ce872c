package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the extracted text of a page into normalized lines grouped into blocks. The extractor's blank lines do not
 * always fall between articles: a headline, a byline and the next article's first lines can come out as one block,
 * and two text frames side by side can even come out on one line. So lines are first cut where frames meet
 * ({@link FrameCutter}), a block is also cut where a line opens an article (a dateline) and around a byline printed
 * on its own line, and stray headline lines are cut off the blocks afterwards ({@link BlockCutter}).
 */
public final class PageReader {

	private PageReader() {
	}

	public static List<Block> read(String pageText) {
		List<Block> blocks = new ArrayList<>();
		List<Line> current = new ArrayList<>();
		// Whether the block being gathered was cut from the one above it.
		boolean joined = false;
		String[] rawLines = BrokenDatelines.mend(LevelHeadlineStarts.mend(pageText.split("\\R", -1)));
		for (int r = 0; r < rawLines.length; r++) {
			String raw = rawLines[r];
			// An indented line starts a text frame of its own even without a blank line above it.
			if (raw.isBlank() || Character.isWhitespace(raw.charAt(0))) {
				flush(blocks, current, joined);
				joined = false;
			}
			for (String part : FrameCutter.cut(raw, r + 1 < rawLines.length ? rawLines[r + 1] : "")) {
				Line line = Line.of(FrameCutter.text(part));
				if (line.text().isEmpty()) {
					continue;
				}
				boolean byline = BylineParser.ownLine(line.text()).isPresent();
				boolean opens = DatelineParser.startsWithDateline(line.text()) || FrameCutter.startsFrame(part);
				if (byline || (!current.isEmpty() && opens)) {
					if (flush(blocks, current, joined)) {
						joined = true;
					}
				}
				current.add(line);
				if (byline) {
					flush(blocks, current, joined);
					joined = true;
				}
			}
		}
		flush(blocks, current, joined);
		return BlockCutter.cutOpeningLines(BlockCutter.cutStrayLines(blocks));
	}

	/** Ends the current block; true when there was one, so the next block is joined to it. */
	private static boolean flush(List<Block> blocks, List<Line> current, boolean joinedAbove) {
		if (current.isEmpty()) {
			return false;
		}
		blocks.add(new Block(blocks.size(), List.copyOf(current), joinedAbove));
		current.clear();
		return true;
	}

}
