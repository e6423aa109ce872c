package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of one feature that the page's text sets apart: short headings between them, taken for headlines,
 * opened a body each. Found against the page's headlines, they are merged back into one body.
 */
final class Sections {

	private Sections() {
	}

	/**
	 * Merges the sections of a feature whose headline stands after its last section: a headline block is clearly
	 * about an earlier body, and only one short heading separates each section. The clearest case goes first.
	 */
	static boolean merge(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units) {
		List<BigramSet> bodies = chunks.stream().map(c -> Bigrams.of(c.text())).toList();
		int bestFirst = -1;
		int bestLast = -1;
		double bestMargin = SplitTuning.CLEARLY_MORE;
		List<HeadlineMatcher.Unit> bestHeadings = null;
		for (HeadlineMatcher.Unit headline : units) {
			int after = chunkBefore(chunks, headline.block().index());
			if (after < 1) {
				continue;
			}
			BigramSet grams = Bigrams.ofLines(headline.block());
			int best = 0;
			for (int c = 1; c <= after; c++) {
				if (Bigrams.coverage(grams, bodies.get(c)) > Bigrams.coverage(grams, bodies.get(best))) {
					best = c;
				}
			}
			double there = Bigrams.coverage(grams, bodies.get(best));
			double margin = there - Bigrams.coverage(grams, bodies.get(after));
			if (best >= after || there < SplitTuning.EARLIER_BODY_COVERAGE || margin < bestMargin) {
				continue;
			}
			List<HeadlineMatcher.Unit> headings = sectionHeadings(chunks, units, best, after);
			if (headings != null && !headings.contains(headline)) {
				bestFirst = best;
				bestLast = after;
				bestMargin = margin;
				bestHeadings = headings;
			}
		}
		if (bestHeadings == null) {
			return false;
		}
		BodyChunk feature = chunks.get(bestFirst);
		for (int c = bestFirst + 1; c <= bestLast; c++) {
			BodyChunk section = chunks.get(bestFirst + 1);
			for (HeadlineMatcher.Unit heading : bestHeadings) {
				if (heading.block().index() < section.firstBlock && heading.block().index() > feature.lastBlock) {
					feature.addHeading(heading.block());
				}
			}
			feature.absorb(chunks.remove(bestFirst + 1));
		}
		units.removeAll(bestHeadings);
		return true;
	}

	/**
	 * One article's section headings are set alike. A heading printed right above a feature that already took
	 * section headings, set like one of them (as many lines, wrapped at the same width), is one more of them: the text above
	 * it is the feature's first section, not an article of its own, when it has no headline printed before the
	 * feature ends and opens with no dateline.
	 */
	static boolean mergeSibling(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units,
			HeadlineMatcher.Result result) {
		for (int c = 1; c < chunks.size(); c++) {
			BodyChunk feature = chunks.get(c);
			BodyChunk before = chunks.get(c - 1);
			List<HeadlineMatcher.Unit> headings = sectionHeadings(chunks, units, c - 1, c);
			HeadlineMatcher.Unit ownHeadline = result.matches().get(c - 1).primary();
			if (feature.headings().isEmpty() || headings == null || before.openedByDateline
					|| ownHeadline != null && ownHeadline.block().index() < feature.lastBlock) {
				continue;
			}
			Block heading = headings.get(0).block();
			if (feature.headings().stream().noneMatch(h -> setAlike(h, heading))) {
				continue;
			}
			before.addHeading(heading);
			before.absorb(chunks.remove(c));
			units.removeAll(headings);
			return true;
		}
		return false;
	}

	/** Two headings of as many lines wrapped at the same width (each line but the last as wide as the other's). */
	private static boolean setAlike(Block one, Block other) {
		if (one.size() != other.size()) {
			return false;
		}
		for (int i = 0; i + 1 < one.size(); i++) {
			if (Math.abs(one.lines().get(i).width() - other.lines().get(i).width()) > SplitTuning.ALIKE_HEADING_WIDTH) {
				return false;
			}
		}
		return one.size() > 1 || Math.abs(one.first().width() - other.first().width()) <= SplitTuning.ALIKE_HEADING_WIDTH;
	}

	/**
	 * The one short heading between each pair of consecutive chunks from {@code first} to {@code last}, or null
	 * when a chunk opens with a dateline (its own article) or a gap holds more than a heading.
	 */
	private static List<HeadlineMatcher.Unit> sectionHeadings(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units,
			int first, int last) {
		List<HeadlineMatcher.Unit> headings = new ArrayList<>();
		for (int c = first + 1; c <= last; c++) {
			BodyChunk before = chunks.get(c - 1);
			BodyChunk section = chunks.get(c);
			if (section.openedByDateline || section.cutByEvidence || before.trailingAuthor != null || before.trailingDateline != null
					|| before.continuedElsewhere) {
				return null;
			}
			List<HeadlineMatcher.Unit> gap = units.stream()
				.filter(x -> x.block().index() > before.lastBlock && x.block().index() < section.firstBlock)
				.toList();
			if (gap.size() != 1 || gap.get(0).block().size() > 2 || HeadlineShapes.readsAsKicker(gap.get(0).block())) {
				return null;
			}
			headings.addAll(gap);
		}
		return headings;
	}

	/** The last chunk printed before a block, or -1. */
	private static int chunkBefore(List<BodyChunk> chunks, int blockIndex) {
		int found = -1;
		for (int c = 0; c < chunks.size(); c++) {
			if (chunks.get(c).lastBlock < blockIndex) {
				found = c;
			}
		}
		return found;
	}

}
