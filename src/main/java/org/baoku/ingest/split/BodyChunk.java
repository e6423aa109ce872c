package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one article as it is gathered block by block: paragraphs rejoined from hard-wrapped lines, and
 * the author lines printed apart from it.
 */
final class BodyChunk {

	/** Opened only because the column width changed: merged back if no headline claims it. */
	final boolean weakStart;

	final int firstBlock;

	int lastBlock;

	double column;

	final List<String> paragraphs = new ArrayList<>();

	private StringBuilder open;

	Byline leadingAuthor;

	Byline trailingAuthor;

	boolean continuedElsewhere;

	BodyChunk(int firstBlock, boolean weakStart) {
		this.firstBlock = firstBlock;
		this.lastBlock = firstBlock;
		this.weakStart = weakStart;
	}

	void add(Block block) {
		column = Math.max(column, block.columnWidth());
		lastBlock = block.index();
		for (Line line : block.lines()) {
			append(line.text());
			// A short line that ends a sentence ends its paragraph; a full one may just have reached the margin.
			if (line.closed() && (!line.fills(column) || line == block.last())) {
				closeParagraph();
			}
		}
	}

	void addParagraph(String text, int blockIndex) {
		closeParagraph();
		paragraphs.add(text);
		lastBlock = blockIndex;
	}

	void absorb(BodyChunk later) {
		closeParagraph();
		paragraphs.addAll(later.paragraphs());
		lastBlock = later.lastBlock;
		column = Math.max(column, later.column);
		if (trailingAuthor == null) {
			trailingAuthor = later.trailingAuthor;
		}
		continuedElsewhere |= later.continuedElsewhere;
	}

	/** True while the last line read stopped mid-sentence. */
	boolean midSentence() {
		return open != null;
	}

	List<String> paragraphs() {
		closeParagraph();
		return paragraphs;
	}

	String text() {
		return String.join("", paragraphs());
	}

	private void append(String text) {
		if (open == null) {
			open = new StringBuilder(text);
			return;
		}
		if (!open.isEmpty() && isLatinLetter(open.charAt(open.length() - 1)) && !text.isEmpty()
				&& isLatinLetter(text.charAt(0))) {
			open.append(' ');
		}
		open.append(text);
	}

	private void closeParagraph() {
		if (open != null) {
			paragraphs.add(open.toString());
			open = null;
		}
	}

	private static boolean isLatinLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
