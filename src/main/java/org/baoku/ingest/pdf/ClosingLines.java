package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.baoku.ingest.split.JumpLines;
import org.baoku.ingest.split.ChineseNames;

/**
 * Lines set on their own right under the end of an article's text, flush right and in another face than the text:
 * the author's signature ("宗何") or a jump line ("（下转第二版）"); or a brief's credit in brackets set flush right on
 * the brief's last line ("…红歌会”活动。      （陈玲玲 林松）"), drawn apart from the line's text.
 */
final class ClosingLines {

	private ClosingLines() {
	}

	/** The module a group signs, if the group is one name right under the end of that module's text. */
	static Optional<Module> signed(HeadGroup group, List<Module> modules, double em) {
		String name = group.text().strip();
		if (group.lines().size() != 1 || group.largestSize() > em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value()
				|| !ChineseNames.looksLikeName(name) || !ChineseNames.hasSurname(name)) {
			return Optional.empty();
		}
		return closing(group, modules, em);
	}

	/** The module a group jumps from, if the group is a jump line right under the end of that module's text. */
	static Optional<Module> jumpsFrom(HeadGroup group, List<Module> modules, double em) {
		if (group.lines().size() != 1 || !JumpLines.isJump(group.text())) {
			return Optional.empty();
		}
		return closing(group, modules, em);
	}

	/** A credit in brackets and nothing else: "（陈玲玲 林松）". */
	private static final Pattern CREDIT = Pattern.compile("^[（(][\\p{IsHan}·、 ]{2,24}[）)]$");

	/**
	 * A module that is only a credit in brackets on the baseline of another module's line, right of it within that
	 * line's column, ends that line: the credit's glyphs join the line they were printed on, and the module is gone.
	 * Returns the modules left.
	 */
	static List<Module> creditsOnTheirLines(List<Module> modules, double em) {
		List<Module> left = new ArrayList<>(modules);
		for (Module credit : modules) {
			if (credit.head != null || credit.blocks.size() != 1 || credit.blocks.get(0).lines().size() != 1
					|| !CREDIT.matcher(credit.blocks.get(0).text().strip()).matches()) {
				continue;
			}
			TextLine line = credit.blocks.get(0).first();
			ColumnBlock host = null;
			TextLine hostLine = null;
			for (Module module : left) {
				for (ColumnBlock block : module == credit ? List.<ColumnBlock>of() : module.blocks) {
					for (TextLine candidate : block.lines()) {
						boolean sameBaseline = Math.abs(candidate.baseline() - line.baseline()) <= em * LayoutTuning.SAME_BASELINE_EM;
						boolean inColumn = candidate.right() <= line.left() + em && line.right() <= block.right() + em
								&& line.left() > block.left();
						if (sameBaseline && inColumn && (hostLine == null || candidate.right() > hostLine.right())) {
							host = block;
							hostLine = candidate;
						}
					}
				}
			}
			if (host != null) {
				List<Glyph> glyphs = new ArrayList<>(hostLine.glyphs());
				glyphs.addAll(line.glyphs());
				host.replace(hostLine, TextLine.of(glyphs));
				left.remove(credit);
			}
		}
		return left;
	}

	private static Optional<Module> closing(HeadGroup group, List<Module> modules, double em) {
		for (Module module : modules) {
			if (module.blocks.isEmpty()) {
				continue;
			}
			ColumnBlock end = module.lastBlock();
			double step = group.bottom() - end.last().bottom();
			// Within an em of the column's right edge: a punctuation mark hanging past the edge widens the column.
			if (step > 0 && step <= LayoutTunable.MAX_LINE_STEP_EM.value() * em && group.left() > end.left()
					&& Math.abs(group.right() - end.right()) <= em) {
				return Optional.of(module);
			}
		}
		return Optional.empty();
	}

}
