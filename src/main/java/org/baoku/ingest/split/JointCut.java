package org.baoku.ingest.split;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Two articles run together under two headlines printed as one block: neither cut shows alone, since both headline
 * parts fit the one body the two texts make. Cut together, each headline part fits one side of the text clearly (at
 * least {@link SplitTuning#CLEAR_SIDE_RATIO} times better than the other side), and the two sides share few words
 * ({@link TextTunable#JOINT_MAX_COSINE}: off unless a paper's profile turns it on).
 */
final class JointCut {

	private JointCut() {
	}

	static boolean cut(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units, HeadlineMatcher.Result result) {
		double bound = TextTunable.JOINT_MAX_COSINE.value();
		if (bound <= SplitTuning.NO_JOINT_CUT) {
			return false;
		}
		RunTogether.Cut best = null;
		int bestUnit = -1;
		HeadlinePartCutter.Halves bestHalves = null;
		for (int c = 0; c < chunks.size(); c++) {
			HeadlineMatcher.Unit primary = result.matches().get(c).primary();
			if (primary == null) {
				continue;
			}
			int u = units.indexOf(primary);
			for (HeadlinePartCutter.Halves halves : HeadlinePartCutter.halves(primary.block().lines())) {
				Block top = new Block(primary.block().index(), halves.top(), primary.block().joinedAbove());
				Block bottom = new Block(primary.block().index(), halves.bottom(), true);
				if (!headlineOfItsOwn(top) || !headlineOfItsOwn(bottom) || HeadlineShapes.leadsOn(top.last().text())
						|| HeadlineShapes.readsAsKicker(top)) {
					continue;
				}
				RunTogether.Cut cut = RunTogether.bestCut(chunks.get(c), new HeadlineMatcher.Unit(top, primary.group()),
						new HeadlineMatcher.Unit(bottom, primary.group()), OptionalDouble.empty(), false, true, false,
						bound);
				if (cut != null && (best == null || cut.score() > best.score())) {
					best = new RunTogether.Cut(c, cut.paragraph(), cut.score(), cut.newcomerFirst(), cut.newcomer());
					bestUnit = u;
					bestHalves = halves;
				}
			}
		}
		if (best == null) {
			return false;
		}
		HeadlineMatcher.Unit unit = units.get(bestUnit);
		Block top = new Block(unit.block().index(), bestHalves.top(), unit.block().joinedAbove());
		Block bottom = new Block(unit.block().index(), bestHalves.bottom(), true);
		units.set(bestUnit, new HeadlineMatcher.Unit(bottom, unit.group(), unit.bylines()));
		units.add(bestUnit, new HeadlineMatcher.Unit(top, unit.group()));
		BodyChunk head = chunks.get(best.chunk());
		chunks.add(best.chunk() + 1, head.splitAt(best.paragraph()));
		return true;
	}

	/** Words enough to name a story of its own. */
	private static boolean headlineOfItsOwn(Block part) {
		return part.text("").replaceAll("[（(][^（）()]*[）)]$", "").length() >= SplitTuning.JOINT_MIN_TITLE_CHARS;
	}

}
