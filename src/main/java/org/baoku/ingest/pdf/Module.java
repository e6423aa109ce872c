package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One article's printed parts as found on the page: its headline (if any), its column blocks in reading order, and
 * in-body subheadings printed in another face between two of its blocks.
 */
final class Module {

	final HeadGroup head;

	final List<ColumnBlock> blocks = new ArrayList<>();

	/** A subheading printed right above a block (in the order of the blocks). */
	final Map<ColumnBlock, HeadGroup> subheadings = new HashMap<>();

	/** Bylines set on their own between the headline and the text. */
	final List<HeadGroup> bylines = new ArrayList<>();

	/** The author's name set on its own, flush right under the end of the text ("宗何"); null when none. */
	HeadGroup signature;

	/** A jump line set on its own under the end of the text ("（下转第二版）"); null when none. */
	HeadGroup jumpLine;

	/** Why a block was taken into this module, per block, for {@code parse --explain}. */
	final List<String> reasons = new ArrayList<>();

	/** Blocks that continue the text elsewhere on the page; they are read after the module's own columns. */
	private final List<ColumnBlock> continuations = new ArrayList<>();

	Module(HeadGroup head) {
		this.head = head;
	}

	/** Blocks of the module itself, read column by column; a continuation elsewhere is read after them. */
	void add(ColumnBlock block, String reason, boolean continuation) {
		int at = blocks.size();
		if (!continuation) {
			at = 0;
			while (at < blocks.size() && !continuations.contains(blocks.get(at)) && readBefore(blocks.get(at), block)) {
				at++;
			}
		}
		else {
			continuations.add(block);
		}
		blocks.add(at, block);
		reasons.add(at, reason);
	}

	/**
	 * Column by column from the left, top to bottom within a column. Blocks share a column when they lie over each
	 * other (a byline block set indented at the head of a column is in that column, not right of it).
	 */
	private static boolean readBefore(ColumnBlock a, ColumnBlock b) {
		return sameColumn(a, b) ? a.top() < b.top() : a.left() < b.left();
	}

	static boolean sameColumn(ColumnBlock a, ColumnBlock b) {
		double overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
		return overlap > LayoutTuning.OVERLAP_SHARE * Math.min(a.right() - a.left(), b.right() - b.left());
	}

	/** Whether a group of lines is this module's: its headline, a byline, a subheading, its signature or jump line. */
	boolean holds(HeadGroup group) {
		return head == group || bylines.contains(group) || subheadings.containsValue(group) || signature == group
				|| jumpLine == group;
	}

	boolean isContinuation(ColumnBlock block) {
		return continuations.contains(block);
	}

	/** The module's own columns, not its continuations elsewhere on the page. */
	Stream<ColumnBlock> ownBlocks() {
		return blocks.stream().filter(b -> !continuations.contains(b));
	}

	ColumnBlock lastBlock() {
		return blocks.get(blocks.size() - 1);
	}

	double top() {
		double top = head == null ? Double.MAX_VALUE : head.top();
		for (ColumnBlock b : blocks) {
			top = Math.min(top, b.top());
		}
		return top;
	}

	double left() {
		double left = head == null ? Double.MAX_VALUE : head.left();
		for (ColumnBlock b : blocks) {
			left = Math.min(left, b.left());
		}
		return left;
	}

	/** The rectangles the article is printed in: its headline and each block (with the subheading above it). */
	List<Region> regions() {
		List<Region> regions = new ArrayList<>();
		if (head != null) {
			regions.add(head.region());
		}
		bylines.forEach(b -> regions.add(b.region()));
		for (ColumnBlock block : blocks) {
			Region r = block.region();
			HeadGroup sub = subheadings.get(block);
			regions.add(sub == null ? r.withText(block.text()) : r.union(sub.region()).withText(sub.text() + block.text()));
		}
		return regions;
	}

}
