package org.baoku.ingest.pdf;

import java.util.List;
import java.util.Optional;

import org.baoku.ingest.split.ChineseNames;

/**
 * Lines set on their own right under the end of an article's text, flush right and in another face than the text:
 * the author's signature ("宗何") or a jump line ("（下转第二版）").
 */
final class ClosingLines {

	private ClosingLines() {
	}

	/** The module a group signs, if the group is one name right under the end of that module's text. */
	static Optional<Module> signed(HeadGroup group, List<Module> modules, double em) {
		String name = group.text().strip();
		if (group.lines().size() != 1 || group.largestSize() > em * LayoutTuning.TEXT_STYLE_MAX_SIZE
				|| name.length() < 2 || name.length() > 4 || !ChineseNames.looksLikeName(name)
				|| !ChineseNames.hasSurname(name)) {
			return Optional.empty();
		}
		return closing(group, modules, em);
	}

	/** The module a group jumps from, if the group is a jump line right under the end of that module's text. */
	static Optional<Module> jumpsFrom(HeadGroup group, List<Module> modules, double em) {
		if (group.lines().size() != 1 || !ModuleAssembler.JUMP.matcher(group.text().strip()).matches()) {
			return Optional.empty();
		}
		return closing(group, modules, em);
	}

	private static Optional<Module> closing(HeadGroup group, List<Module> modules, double em) {
		for (Module module : modules) {
			if (module.blocks.isEmpty()) {
				continue;
			}
			ColumnBlock end = module.lastBlock();
			double step = group.bottom() - end.last().bottom();
			// Within an em of the column's right edge: a punctuation mark hanging past the edge widens the column.
			if (step > 0 && step <= LayoutTuning.MAX_LINE_STEP_EM * em && group.left() > end.left()
					&& Math.abs(group.right() - end.right()) <= em) {
				return Optional.of(module);
			}
		}
		return Optional.empty();
	}

}
