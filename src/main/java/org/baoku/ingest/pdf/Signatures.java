package org.baoku.ingest.pdf;

import java.util.List;
import java.util.Optional;

import org.baoku.ingest.split.ChineseNames;

/**
 * An author's name set on a line of its own, flush right under the end of an article's text ("宗何"): the signature of
 * a report or commentary, printed in another face than the text.
 */
final class Signatures {

	private Signatures() {
	}

	/** The module a group signs, if the group is one name right under the end of that module's text. */
	static Optional<Module> signed(HeadGroup group, List<Module> modules, double em) {
		if (group.lines().size() != 1 || group.largestSize() > em * LayoutTuning.TEXT_STYLE_MAX_SIZE) {
			return Optional.empty();
		}
		String name = group.text().strip();
		if (name.length() < 2 || name.length() > 4 || !ChineseNames.looksLikeName(name) || !ChineseNames.hasSurname(name)) {
			return Optional.empty();
		}
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
