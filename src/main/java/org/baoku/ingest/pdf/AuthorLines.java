package org.baoku.ingest.pdf;

import java.util.List;
import java.util.Optional;

import org.baoku.ingest.split.Byline;
import org.baoku.ingest.split.BylineParser;

/**
 * An author's name set on its own, a little bigger than the text at most: under a title and within its width
 * ("朱炳元" centred under a commentary's headline), or set top to bottom beside a vertical title.
 */
final class AuthorLines {

	private AuthorLines() {
	}

	/** The module whose headline a group signs as its author, if the group is an author line set where one stands. */
	static Optional<Module> authorOf(HeadGroup group, List<Module> modules, double em) {
		if (group.largestSize() > em * LayoutTunable.AUTHOR_LINE_MAX_SIZE.value() || !group.isVertical() && group.lines().size() != 1
				|| read(group).isEmpty()) {
			return Optional.empty();
		}
		for (Module module : modules) {
			HeadGroup head = module.head;
			if (head == null || head.isVertical() != group.isVertical()) {
				continue;
			}
			boolean placed;
			if (group.isVertical()) {
				double gap = Math.max(group.left() - head.right(), head.left() - group.right());
				placed = gap <= LayoutTuning.VERTICAL_HEAD_REACH_EM * em && group.top() < head.bottom()
						&& group.bottom() > head.top();
			}
			else {
				double gap = group.top() - head.bottom();
				placed = gap > -em * LayoutTuning.OVERLAP_EM && gap <= reach(head, em) && group.left() >= head.left() - em
						&& group.right() <= head.right() + em;
			}
			if (placed) {
				return Optional.of(module);
			}
		}
		return Optional.empty();
	}

	/**
	 * How far under a title its author line may stand: as far as text under a headline, or farther under a big title,
	 * whose white space grows with its type.
	 */
	static double reach(HeadGroup head, double em) {
		return Math.max(LayoutTunable.HEAD_TO_TEXT_EM.value() * em, LayoutTuning.BYLINE_UNDER_TITLE_SIZES * head.largestSize());
	}

	/** The names of an author line (a vertical one reads top to bottom). */
	static Optional<Byline> read(HeadGroup group) {
		return BylineParser.authorLine(group.text());
	}

}
