package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lines set apart from the running text → groups of lines stacked close together (one headline, one caption). */
final class HeadGroups {

	private HeadGroups() {
	}

	static List<HeadGroup> build(List<TextLine> headLines) {
		List<TextLine> lines = new ArrayList<>(headLines);
		lines.sort(Comparator.comparingDouble(TextLine::top).thenComparingDouble(TextLine::left));
		List<HeadGroup> groups = new ArrayList<>();
		for (TextLine line : lines) {
			HeadGroup into = null;
			double best = 0;
			for (HeadGroup group : groups) {
				TextLine last = group.last();
				// The smaller line sets the gap: a kicker sits close over its title, a masthead farther from what follows.
				double em = Math.min(last.size(), line.size());
				double gap = line.top() - last.bottom();
				// Of two groups right above, the line goes under the one it stands under more fully (a title centred
				// under its kicker, not the neighbouring kicker its wide line also reaches under).
				double share = overlapShare(group.left(), group.right(), line.left(), line.right());
				// As fully under two (a wide title under two short kickers): the one it is aligned with, flush left
				// or centred.
				boolean better = share > best
						|| share == best && into != null && misalignment(group, line) < misalignment(into, line);
				double reach = reach(group, line, share, em);
				if (gap > -em * 0.5 && gap <= em * reach && share > 0 && better) {
					into = group;
					best = share;
				}
			}
			if (into == null) {
				into = new HeadGroup();
				groups.add(into);
			}
			into.add(line);
		}
		return groups;
	}

	/**
	 * How many ems apart a line may stand under a group: a subtitle opening with a dash, or a line centred on the
	 * group within its width (a title under its kicker), may stand farther off than the lines of one headline do.
	 */
	private static double reach(HeadGroup group, TextLine line, double share, double em) {
		if (share < 1) {
			return LayoutTunable.HEAD_LINE_GAP_EM.value();
		}
		if (line.text().strip().startsWith("—")) {
			return LayoutTunable.SUBTITLE_GAP_EM.value();
		}
		double centres = Math.abs((group.left() + group.right()) / 2 - (line.left() + line.right()) / 2);
		return centres <= em ? LayoutTuning.CENTRED_HEAD_LINE_GAP_EM : LayoutTunable.HEAD_LINE_GAP_EM.value();
	}

	static boolean overlaps(double aLeft, double aRight, double bLeft, double bRight) {
		return Math.min(aRight, bRight) - Math.max(aLeft, bLeft) > 0;
	}

	private static double misalignment(HeadGroup group, TextLine line) {
		return Math.min(Math.abs(group.left() - line.left()),
				Math.abs((group.left() + group.right()) / 2 - (line.left() + line.right()) / 2));
	}

	/** How much of the narrower of two spans the other covers: 1 when one stands wholly over the other. */
	private static double overlapShare(double aLeft, double aRight, double bLeft, double bRight) {
		double overlap = Math.min(aRight, bRight) - Math.max(aLeft, bLeft);
		double narrower = Math.min(aRight - aLeft, bRight - bLeft);
		return overlap <= 0 || narrower <= 0 ? 0 : overlap / narrower;
	}

}
