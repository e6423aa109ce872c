package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one article as it is gathered block by block: paragraphs rejoined from hard-wrapped lines, each with
 * the block it starts in, and the author lines printed apart from it.
 */
final class BodyChunk {

	/** A paragraph and the page block it starts in. */
	record Paragraph(String text, int block) {
	}

	/** Opened by a dateline or byline, so no earlier text can belong to this article. */
	final boolean openedByDateline;

	/** Cut off another body on the evidence of the headlines: never merged back. */
	boolean cutByEvidence;

	/** Dispatches under one dated dateline joined into one roundup (Dispatches#joinRoundup): how many joined. */
	int dispatchesJoined;

	/** The block index of the headline whose evidence cut this body off, or -1. */
	int claimedBy = -1;

	final int firstBlock;

	int lastBlock;

	double column;

	private final List<Paragraph> paragraphs = new ArrayList<>();

	/** The section headings taken in between this text's sections. */
	private final List<Block> headings = new ArrayList<>();

	private StringBuilder open;

	private int openBlock;

	Byline leadingAuthor;

	Byline trailingAuthor;

	/** A dateline printed after the body, in parentheses. */
	String trailingDateline;

	boolean continuedElsewhere;

	BodyChunk(int firstBlock, boolean openedByDateline) {
		this.firstBlock = firstBlock;
		this.lastBlock = firstBlock;
		this.openedByDateline = openedByDateline;
	}

	void add(Block block) {
		column = Math.max(column, block.columnWidth());
		lastBlock = block.index();
		for (Line line : block.lines()) {
			append(line.text(), block.index());
			// A short line that ends a sentence ends its paragraph; a full one may just have reached the margin.
			if (line.closed() && (!line.fills(column) || line == block.last())) {
				closeParagraph();
			}
		}
	}

	void addParagraph(String text, int blockIndex) {
		closeParagraph();
		paragraphs.add(new Paragraph(text, blockIndex));
		lastBlock = Math.max(lastBlock, blockIndex);
	}

	/**
	 * A section heading between two sections. A line as wide as the column is no heading but a sentence the
	 * column broke off, so it opens the next section's first paragraph instead.
	 */
	void addHeading(Block heading) {
		closeParagraph();
		headings.add(heading);
		if (heading.size() == 1 && heading.first().fills(column) && !heading.first().closed()) {
			open = new StringBuilder(heading.first().text());
			openBlock = heading.index();
		}
		else {
			paragraphs.add(new Paragraph(heading.text(""), heading.index()));
		}
		lastBlock = Math.max(lastBlock, heading.index());
	}

	/** Takes in the chunk printed after this one, as the same article's next section. */
	void absorb(BodyChunk later) {
		List<Paragraph> more = later.paragraphs();
		if (open != null && !more.isEmpty()) {
			// The broken-off sentence goes on in the first paragraph of the next section.
			open.append(more.get(0).text());
			closeParagraph();
			more = more.subList(1, more.size());
		}
		closeParagraph();
		paragraphs.addAll(more);
		headings.addAll(later.headings);
		lastBlock = later.lastBlock;
		column = Math.max(column, later.column);
		takeEndOf(later);
	}

	/** What closes the later text (a trailing byline or dateline, a jump line) now closes this one. */
	private void takeEndOf(BodyChunk later) {
		trailingAuthor = later.trailingAuthor != null ? later.trailingAuthor : trailingAuthor;
		trailingDateline = later.trailingDateline != null ? later.trailingDateline : trailingDateline;
		continuedElsewhere |= later.continuedElsewhere;
	}

	/**
	 * Takes in the rest of this article's text, printed after another article's: its first paragraph finishes the
	 * sentence this text stopped in.
	 */
	void resumeWith(BodyChunk rest) {
		closeParagraph();
		List<Paragraph> more = rest.paragraphs();
		if (!paragraphs.isEmpty() && !more.isEmpty()) {
			Paragraph last = paragraphs.remove(paragraphs.size() - 1);
			paragraphs.add(new Paragraph(last.text() + more.get(0).text(), last.block()));
			more = more.subList(1, more.size());
		}
		paragraphs.addAll(more);
		lastBlock = Math.max(lastBlock, rest.lastBlock);
		takeEndOf(rest);
	}

	/** Cuts off the paragraphs from {@code at} on as a chunk of their own: the next article. */
	BodyChunk splitAt(int at) {
		List<Paragraph> all = paragraphs();
		BodyChunk tail = new BodyChunk(all.get(at).block(), false);
		tail.cutByEvidence = true;
		tail.paragraphs.addAll(all.subList(at, all.size()));
		tail.lastBlock = lastBlock;
		tail.column = column;
		tail.trailingAuthor = trailingAuthor;
		tail.trailingDateline = trailingDateline;
		tail.continuedElsewhere = continuedElsewhere;
		all.subList(at, all.size()).clear();
		lastBlock = tail.firstBlock - 1;
		trailingAuthor = null;
		trailingDateline = null;
		continuedElsewhere = false;
		return tail;
	}

	List<Block> headings() {
		return List.copyOf(headings);
	}

	/** True while the last line read stopped mid-sentence. */
	boolean midSentence() {
		return open != null;
	}

	List<Paragraph> paragraphs() {
		closeParagraph();
		return paragraphs;
	}

	List<String> texts() {
		return paragraphs().stream().map(Paragraph::text).toList();
	}

	String text() {
		return String.join("", texts());
	}

	String firstParagraphSoFar() {
		return !paragraphs.isEmpty() ? paragraphs.get(0).text() : open == null ? "" : open.toString();
	}

	String lastParagraphSoFar() {
		return paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1).text();
	}

	private void append(String text, int block) {
		if (open == null) {
			open = new StringBuilder(text);
			openBlock = block;
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
			paragraphs.add(new Paragraph(open.toString(), openBlock));
			open = null;
		}
	}

	private static boolean isLatinLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
