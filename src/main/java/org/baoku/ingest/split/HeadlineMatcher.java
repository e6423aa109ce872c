package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each article body its headline as one assignment problem over the page. A headline's score for a body is
 * the share of its character bigrams the body contains, plus a little for being printed right after (or before)
 * that body; the assignment maximizes the page's total. Headline blocks left over join the body they fit best
 * when they fit it well (a kicker or subtitle printed as its own block), or the headline printed right below
 * them; the rest are banners.
 */
final class HeadlineMatcher {

	/** One headline block, where it stands on the page, and the bylines printed under it. */
	record Unit(Block block, int group, List<Byline> bylines) {

		Unit(Block block, int group) {
			this(block, group, new ArrayList<>());
		}

		/** This headline block and the next, printed right below it, as one: a kicker and its title, a title and its subtitle. */
		Unit joinedWith(Block below) {
			List<Line> lines = new ArrayList<>(block.lines());
			lines.addAll(below.lines());
			return new Unit(new Block(below.index(), lines, block.joinedAbove()), group, bylines);
		}

	}

	/** The headline blocks a body got, in page order, and the one that won the assignment. */
	record Match(List<Unit> units, Unit primary, double coverage) {
	}

	/** How a headline block came to a body, or that none took it. */
	enum Link {

		PRIMARY, SHARED_WORDS, PRINTED_ABOVE, PRINTED_BELOW, NONE

	}

	/**
	 * The matches per body, the blocks no body took, and for each block which body took it ({@code chunkOf}, -1
	 * for none) and how; {@code coverage[unit][chunk]} is the share of the block's bigrams in that body.
	 */
	record Result(List<Unit> units, List<Match> matches, List<Unit> banners, int[] chunkOf, Link[] links,
			double[][] coverage) {
	}

	private HeadlineMatcher() {
	}

	static Result match(List<BodyChunk> chunks, List<Unit> units) {
		List<BigramSet> bodyGrams = chunks.stream().map(c -> Bigrams.of(c.text())).toList();
		List<BigramSet> unitGrams = units.stream().map(u -> Bigrams.ofLines(u.block())).toList();
		double[][] coverage = new double[units.size()][chunks.size()];
		double[][] score = new double[units.size()][chunks.size()];
		for (int u = 0; u < units.size(); u++) {
			for (int c = 0; c < chunks.size(); c++) {
				coverage[u][c] = Bigrams.coverage(unitGrams.get(u), bodyGrams.get(c));
				double near = proximity(units.get(u).block().index(), c, chunks);
				// A short headline shares all its few bigrams with a body by chance more easily: shrink its share.
				int size = unitGrams.get(u).size();
				double evidence = coverage[u][c] * size / (size + SplitTuning.SHRINK);
				if (chunks.get(c).claimedBy == units.get(u).block().index()) {
					near += TextTunable.CLAIM_BONUS.value();
				}
				// Few shared words are still evidence when the headline stands right by the body.
				score[u][c] = evidence + near < TextTunable.MIN_SCORE.value() ? 0 : evidence + near;
			}
		}
		int[] primaryOf = Assignment.maximize(score);
		List<List<Unit>> attached = new ArrayList<>();
		Unit[] primary = new Unit[chunks.size()];
		double[] primaryCoverage = new double[chunks.size()];
		for (int c = 0; c < chunks.size(); c++) {
			attached.add(new ArrayList<>());
		}
		int[] chunkOf = new int[units.size()];
		for (int u = 0; u < units.size(); u++) {
			chunkOf[u] = primaryOf[u];
			if (primaryOf[u] >= 0) {
				primary[primaryOf[u]] = units.get(u);
				primaryCoverage[primaryOf[u]] = coverage[u][primaryOf[u]];
			}
		}
		giveTitlesToHeadless(units, chunks, coverage, primary, primaryCoverage, chunkOf);
		Link[] links = new Link[units.size()];
		for (int u = 0; u < units.size(); u++) {
			links[u] = chunkOf[u] >= 0 ? Link.PRIMARY : Link.NONE;
		}
		attachLeftovers(units, chunks, coverage, primary, chunkOf, links);
		List<Unit> banners = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			if (chunkOf[u] >= 0) {
				attached.get(chunkOf[u]).add(units.get(u));
			}
			else {
				banners.add(units.get(u));
			}
		}
		List<Match> matches = new ArrayList<>();
		for (int c = 0; c < chunks.size(); c++) {
			matches.add(new Match(attached.get(c), primary[c], primaryCoverage[c]));
		}
		return new Result(List.copyOf(units), matches, banners, chunkOf, links, coverage);
	}

	/**
	 * A complete title that fits no body well enough still belongs to a body that got no headline rather than to the
	 * headline printed next to it: commentary titles share few words with their text. A second assignment pairs
	 * such titles with the bodies left without one, on nearness and whatever words they share.
	 */
	private static void giveTitlesToHeadless(List<Unit> units, List<BodyChunk> chunks, double[][] coverage,
			Unit[] primary, double[] primaryCoverage, int[] chunkOf) {
		List<Integer> titles = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			if (chunkOf[u] < 0 && HeadlineShapes.isCompleteTitle(units.get(u).block())
					&& !aboutHeadedBody(coverage[u], primary)) {
				titles.add(u);
			}
		}
		List<Integer> headless = new ArrayList<>();
		for (int c = 0; c < chunks.size(); c++) {
			if (primary[c] == null) {
				headless.add(c);
			}
		}
		if (titles.isEmpty() || headless.isEmpty()) {
			return;
		}
		double[][] second = new double[titles.size()][headless.size()];
		for (int t = 0; t < titles.size(); t++) {
			for (int h = 0; h < headless.size(); h++) {
				int u = titles.get(t);
				int c = headless.get(h);
				second[t][h] = coverage[u][c] + proximity(units.get(u).block().index(), c, chunks);
			}
		}
		int[] pairs = Assignment.maximize(second);
		for (int t = 0; t < titles.size(); t++) {
			if (pairs[t] >= 0) {
				int u = titles.get(t);
				int c = headless.get(pairs[t]);
				chunkOf[u] = c;
				primary[c] = units.get(u);
				primaryCoverage[c] = coverage[u][c];
			}
		}
	}

	/**
	 * The title's words are those of a body that has its headline already: it is about that body (a part of its
	 * headline, or the title of a second article run into its text), not the title of a text that has none.
	 */
	private static boolean aboutHeadedBody(double[] coverage, Unit[] primary) {
		for (int c = 0; c < coverage.length; c++) {
			if (primary[c] != null && coverage[c] >= TextTunable.ATTACH_COVERAGE.value()) {
				return true;
			}
		}
		return false;
	}

	private static void attachLeftovers(List<Unit> units, List<BodyChunk> chunks, double[][] coverage,
			Unit[] primary, int[] chunkOf, Link[] links) {
		for (int u = 0; u < units.size(); u++) {
			if (chunkOf[u] >= 0) {
				continue;
			}
			int best = -1;
			for (int c = 0; c < chunks.size(); c++) {
				if (primary[c] != null && (best < 0 || coverage[u][c] > coverage[u][best])) {
					best = c;
				}
			}
			if (best >= 0 && coverage[u][best] >= TextTunable.ATTACH_COVERAGE.value()) {
				chunkOf[u] = best;
				links[u] = Link.SHARED_WORDS;
			}
		}
		// A block with no words in common with any body still belongs to the headline printed right below it,
		// or else to the one right above it.
		for (int u = units.size() - 2; u >= 0; u--) {
			Unit below = units.get(u + 1);
			boolean adjacent = below.group() == units.get(u).group()
					&& below.block().index() == units.get(u).block().index() + 1;
			if (chunkOf[u] < 0 && adjacent && chunkOf[u + 1] >= 0) {
				chunkOf[u] = chunkOf[u + 1];
				links[u] = Link.PRINTED_ABOVE;
			}
		}
		for (int u = 1; u < units.size(); u++) {
			Unit above = units.get(u - 1);
			boolean adjacent = above.group() == units.get(u).group()
					&& above.block().index() == units.get(u).block().index() - 1;
			if (chunkOf[u] < 0 && adjacent && chunkOf[u - 1] >= 0) {
				chunkOf[u] = chunkOf[u - 1];
				links[u] = Link.PRINTED_BELOW;
			}
		}
	}

	/** Headlines are printed after their bodies in this layout, or before them in the usual one. */
	private static double proximity(int unitBlock, int chunk, List<BodyChunk> chunks) {
		BodyChunk target = chunks.get(chunk);
		if (unitBlock > target.lastBlock) {
			long between = chunks.stream().filter(c -> c.firstBlock > target.lastBlock && c.lastBlock < unitBlock).count();
			return between < SplitTuning.AFTER_BONUS.length ? SplitTuning.AFTER_BONUS[(int) between] : 0;
		}
		long between = chunks.stream().filter(c -> c.firstBlock > unitBlock && c.lastBlock < target.firstBlock).count();
		return between < SplitTuning.BEFORE_BONUS.length ? SplitTuning.BEFORE_BONUS[(int) between] : 0;
	}

}
