package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/** Cuts a headline block that holds two headlines printed together, on the evidence of the bodies they fit. */
final class HeadlinePartCutter {

	private HeadlinePartCutter() {
	}

	/**
	 * Headlines printed together ("一月份民营企业进出口两位数增长 / 进出口稳中提质态势好 / 中国不为比赛而发展（观察者说）")
	 * may come out as one block. When its upper lines fit one body and its lower lines another (the part that leaves
	 * the block's body clearly, the part that stays clearly better than the other body), and
	 * the part that leaves goes to a body with no headline or to the headline printed right next to it, the block is
	 * two headlines and is cut between them. A subtitle ("——…") stays with its title. A kicker that leads on
	 * ("…时强调") is cut off the line below it only on that same evidence: printed over another article's title, it
	 * may be the only headline line of its own article.
	 */
	static boolean cut(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units,
			HeadlineMatcher.Result result) {
		List<BigramSet> bodies = chunks.stream().map(c -> Bigrams.of(c.text())).toList();
		for (int u = 0; u < units.size(); u++) {
			HeadlineMatcher.Unit unit = units.get(u);
			int own = result.chunkOf()[u];
			List<Line> lines = unit.block().lines();
			for (int at = 1; own >= 0 && at < lines.size(); at++) {
				if (lines.get(at).text().startsWith("——")
						|| WordBreaks.insideWord(lines.get(at - 1).text(), lines.get(at).text())) {
					continue;
				}
				Block top = new Block(unit.block().index(), lines.subList(0, at), unit.block().joinedAbove());
				Block bottom = new Block(unit.block().index(), lines.subList(at, lines.size()), true);
				double[] topFit = fits(top, bodies);
				double[] bottomFit = fits(bottom, bodies);
				int topBody = best(topFit);
				int bottomBody = best(bottomFit);
				if (topBody == bottomBody || !fitsItsSide(topFit, topBody, bottomBody, own)
						|| !fitsItsSide(bottomFit, bottomBody, topBody, own)) {
					continue;
				}
				boolean bottomLeaves = topBody == own;
				int leaving = bottomLeaves ? bottomBody : bottomBody == own ? topBody : -1;
				int next = bottomLeaves ? u + 1 : u - 1;
				HeadlineMatcher.Unit neighbour = next >= 0 && next < units.size() ? units.get(next) : null;
				HeadlineMatcher.Unit there = leaving < 0 ? null : result.matches().get(leaving).primary();
				if (leaving < 0 || there != null && there != neighbour) {
					continue;
				}
				HeadlineMatcher.Unit upper = new HeadlineMatcher.Unit(top, unit.group());
				HeadlineMatcher.Unit lower = new HeadlineMatcher.Unit(bottom, unit.group(), unit.bylines());
				if (there == null) {
					units.set(u, lower);
					units.add(u, upper);
				}
				else if (bottomLeaves) {
					// the lower lines are the kicker of the headline printed right below them
					units.set(u, upper);
					units.set(next, kickerOver(bottom, neighbour));
				}
				else {
					// the upper lines are the main title or subtitle of the headline printed right above them; the
					// lower ones, the kicker of the headline right below them when that one is of their body too
					int below = u + 1;
					if (below < units.size() && result.chunkOf()[below] == own) {
						lower = kickerOver(bottom, units.remove(below));
					}
					units.set(u, lower);
					units.set(next, neighbour.joinedWith(top));
				}
				return true;
			}
		}
		return false;
	}

	/** The lines of {@code kicker} set above the title unit's own, as one unit in the title's place. */
	private static HeadlineMatcher.Unit kickerOver(Block kicker, HeadlineMatcher.Unit title) {
		List<Line> lines = new ArrayList<>(kicker.lines());
		lines.addAll(title.block().lines());
		return new HeadlineMatcher.Unit(new Block(title.block().index(), lines, true), title.group(), title.bylines());
	}

	/** How well a headline part fits each body: its share of bigrams found there, shrunk when it has few. */
	private static double[] fits(Block part, List<BigramSet> bodies) {
		BigramSet grams = Bigrams.ofLines(part);
		double[] fit = new double[bodies.size()];
		for (int c = 0; c < bodies.size(); c++) {
			fit[c] = Bigrams.coverage(grams, bodies.get(c)) * grams.size() / (grams.size() + SplitTuning.SHRINK);
		}
		return fit;
	}

	private static int best(double[] fit) {
		int best = 0;
		for (int c = 1; c < fit.length; c++) {
			best = fit[c] > fit[best] ? c : best;
		}
		return best;
	}

	/**
	 * The part that leaves must clearly fit the body it goes to; the part that stays with the block's own body needs
	 * only to fit it clearly better than the other: a short title naming an event ("…枪击案已致27死57伤") shares
	 * fewer words with its report than a subtitle printed over it does with the report it belongs to.
	 */
	private static boolean fitsItsSide(double[] fit, int mine, int other, int own) {
		return mine == own ? fit[mine] - fit[other] >= SplitTuning.HEADLINE_PART_MARGIN : clearly(fit, mine, other);
	}

	private static boolean clearly(double[] fit, int mine, int other) {
		return fit[mine] >= SplitTuning.HEADLINE_PART_FIT && fit[mine] - fit[other] >= SplitTuning.HEADLINE_PART_MARGIN;
	}

}
