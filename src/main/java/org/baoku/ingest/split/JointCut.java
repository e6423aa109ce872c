package org.baoku.ingest.split;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Two articles run together under two headlines printed as one block: neither cut shows alone, since both headline
 * parts fit the one body the two texts make. Cut together, each headline part fits one side of the text clearly (at
 * least {@link SplitTuning#CLEAR_SIDE_RATIO} times better than the other side), and the two sides share few words
 * ({@link TextTunable#JOINT_MAX_COSINE}: set by a paper's profile, or else tried on each page and kept where the
 * page reads better so, {@link JointCutTrial}).
 */
final class JointCut {

	private JointCut() {
	}

	/** The best cut found: the body, its headline unit, the two halves of that headline, and where the text parts. */
	private record Candidate(int chunk, int unit, Block top, Block bottom, int paragraph, double score) {
	}

	static boolean cut(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units, HeadlineMatcher.Result result) {
		double bound = TextTunable.JOINT_MAX_COSINE.value();
		if (bound < 0) {
			return false;
		}
		Candidate best = null;
		for (int c = 0; c < chunks.size(); c++) {
			HeadlineMatcher.Unit primary = result.matches().get(c).primary();
			int u = primary == null ? -1 : units.indexOf(primary);
			if (u < 0) {
				continue;
			}
			for (HeadlinePartCutter.Halves halves : HeadlinePartCutter.halves(primary.block().lines())) {
				Block top = new Block(primary.block().index(), halves.top(), primary.block().joinedAbove());
				Block bottom = new Block(primary.block().index(), halves.bottom(), true);
				// A kicker ("…时强调", several short phrases) leads into the title below it: one story's headline.
				if (!headlineOfItsOwn(top) || !headlineOfItsOwn(bottom) || HeadlineShapes.leadsOn(top.last().text())
						|| HeadlineShapes.readsAsKicker(top)) {
					continue;
				}
				RunTogether.Cut cut = RunTogether.bestCut(chunks.get(c), new HeadlineMatcher.Unit(top, primary.group()),
						new HeadlineMatcher.Unit(bottom, primary.group()), OptionalDouble.empty(), false, true, false,
						bound);
				if (cut != null && (best == null || cut.score() > best.score())) {
					best = new Candidate(c, u, top, bottom, cut.paragraph(), cut.score());
				}
			}
		}
		if (best == null) {
			return false;
		}
		// Both halves keep the block's index, so no claim can tell them apart: the next round's assignment pairs each
		// title with a side, on its fit there (at least twice its fit on the other side) and against the whole page.
		HeadlineMatcher.Unit unit = units.get(best.unit());
		units.set(best.unit(), new HeadlineMatcher.Unit(best.bottom(), unit.group(), unit.bylines()));
		units.add(best.unit(), new HeadlineMatcher.Unit(best.top(), unit.group()));
		BodyChunk head = chunks.get(best.chunk());
		chunks.add(best.chunk() + 1, head.splitAt(best.paragraph()));
		return true;
	}

	/** A closing bracket ("（今日谈）", a column's name), which names no story. */
	private static final Pattern CLOSING_BRACKET = Pattern.compile("[（(][^（）()]*[）)]$");

	/** Words enough to name a story of its own. */
	private static boolean headlineOfItsOwn(Block part) {
		return CLOSING_BRACKET.matcher(part.text("")).replaceAll("").length() >= SplitTuning.JOINT_MIN_TITLE_CHARS;
	}

}
