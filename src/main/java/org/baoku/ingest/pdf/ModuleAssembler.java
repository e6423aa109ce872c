package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.baoku.ingest.split.Byline;
import org.baoku.ingest.split.BylineParser;
import org.baoku.ingest.split.DatelineParser;
import org.baoku.ingest.split.JumpLines;
import org.baoku.ingest.split.Line;
import org.baoku.ingest.split.PhotoCaption;

/**
 * Column blocks → articles. A block opens under the headline standing right above it; a block with text of its own
 * module right above it (a column cut by a subheading or a wider paragraph gap) goes on that module; the other
 * columns of a module stand level with its first one and go on it; what is left (a continuation elsewhere on the
 * page) goes on the article whose text was left unfinished; text under no headline at all is an article of its own.
 */
final class ModuleAssembler {

	private static final String CONTINUATION = "goes on the text left unfinished";

	private static final String LEVEL = "level with a column of its module beside it";

	private static final String LEVEL_WITH_CONTINUATION = "level with a continuation of its module beside it";

	private static final String SUBHEADING_IN_CONTINUATION = "below a subheading in a continuation of its module";

	private static final String NOT_A_SUBHEADING = "under its headline (not a subheading of the text above)";

	private static final String CONTINUATION_BY_WORDS = "opens a paragraph of the article its words are most alike";

	private static final String CHART_NOTE = "a chart's source or credit";

	private static final String HEAD_OF_COLUMN = "the head of its column, set narrower beside a headline";

	static final String FIRST_COLUMN_SET_LOWER = "the first column of the text beside it, set lower (under a picture)";

	static final String LAST_COLUMN_SET_HIGHER = "the last column of the text beside it, set higher (beside its headline)";

	private final double em;

	private final List<ColumnBlock> blocks;

	private final List<HeadGroup> headlines;

	private final Map<ColumnBlock, Module> moduleOf = new IdentityHashMap<>();

	private final Map<HeadGroup, Module> moduleUnder = new LinkedHashMap<>();

	private final List<Module> modules = new ArrayList<>();

	/** The blocks looked at so far, placed or not: what stands above a block is among them. */
	private final List<ColumnBlock> seen = new ArrayList<>();

	private ModuleAssembler(double em, List<ColumnBlock> blocks, List<HeadGroup> headlines) {
		this.em = em;
		this.blocks = blocks;
		this.headlines = headlines;
	}

	/** @param headlines the groups of lines set apart from the text that are not photo captions */
	static List<Module> assemble(double bodySize, List<ColumnBlock> blocks, List<HeadGroup> headlines) {
		return new ModuleAssembler(bodySize, blocks, headlines).run();
	}

	private List<Module> run() {
		List<ColumnBlock> byTop = new ArrayList<>(blocks);
		byTop.sort(Comparator.comparingDouble(ColumnBlock::top).thenComparingDouble(ColumnBlock::left));
		List<ColumnBlock> deferred = new ArrayList<>();
		for (ColumnBlock block : byTop) {
			if (!placeUnderWhatIsAbove(block)) {
				deferred.add(block);
			}
			seen.add(block);
		}
		deferred.sort(Comparator.comparingDouble(ColumnBlock::left).thenComparingDouble(ColumnBlock::top));
		// Every column level with a placed one first: a continuation is looked for where each text really ends.
		joinLevelColumns(deferred);
		while (!deferred.isEmpty()) {
			ColumnBlock block = deferred.remove(0);
			placeElsewhere(block);
			joinLevelColumns(deferred);
		}
		return modules;
	}

	/**
	 * Joins the blocks that stand level beside a placed column to its module, until none is left to join; only then
	 * is a heading inside a column that does not rank under the text over it taken as a title of its own (the text's
	 * level columns, joined first, may go on below the heading).
	 */
	private void joinLevelColumns(List<ColumnBlock> blocks) {
		boolean joined = true;
		while (joined) {
			joined = joinLevel(blocks, false) || joinLevel(blocks, true);
		}
	}

	/** One pass of {@link #joinLevelColumns}: level columns, or (when {@code titles}) blocks under unranked headings. */
	private boolean joinLevel(List<ColumnBlock> blocks, boolean titles) {
		boolean joined = false;
		for (Iterator<ColumnBlock> it = blocks.iterator(); it.hasNext();) {
			ColumnBlock block = it.next();
			// Under a subheading set right under text in its own column, a block goes on that text (placeElsewhere):
			// a column above is nearer evidence than a column beside that starts about as high.
			if (nearestAbove(block) instanceof HeadGroup group && textRightAbove(group) != null) {
				if (isSubheading(group, block)) {
					continue;
				}
				if (!setAsText(group)) {
					if (titles) {
						// A heading inside a column that waited for the text over it to be placed, and does not rank
						// under that text's headline: it is the title of an article of its own.
						join(moduleUnder(group), block, NOT_A_SUBHEADING);
						it.remove();
						joined = true;
					}
					continue;
				}
			}
			if (titles) {
				continue;
			}
			Level row = levelNeighbour(block);
			if (row != null) {
				// Beside a continuation, the block is more of that continuation and is read after it.
				join(row.module(), block, row.module().isContinuation(row.beside()) ? LEVEL_WITH_CONTINUATION : LEVEL);
				it.remove();
				joined = true;
			}
		}
		return joined;
	}

	/**
	 * The column block right above a subheading, one line step away at most (a subheading set inside its column, a
	 * paragraph's gap away); null when there is none.
	 */
	private ColumnBlock textRightAbove(HeadGroup group) {
		ColumnBlock ranked = setAsText(group) ? null : columnHeadingOver(group);
		if (ranked != null) {
			return ranked;
		}
		Object over = nearestAbove(group.left(), group.right(), group.top());
		return over instanceof ColumnBlock text && group.top() - text.bottom() <= LayoutTunable.MAX_LINE_STEP_EM.value() * em
				? text : null;
	}

	/** Joins a block to the module of the placed text right above its subheading; false when there is none. */
	private boolean joinUnderSubheading(ColumnBlock block, HeadGroup group, ColumnBlock text) {
		Module module = text == null ? null : moduleOf.get(text);
		if (module == null || !setAsText(group) && !ranksUnder(group, module)) {
			return false;
		}
		module.subheadings.put(block, group);
		// Under a continuation's text, the block is more of that continuation and is read after it.
		join(module, block,
				module.isContinuation(text) ? SUBHEADING_IN_CONTINUATION : "below a subheading in its column");
		return true;
	}

	/** A block with nothing it belongs to above it or beside it: a continuation, or an article of its own. */
	private void placeElsewhere(ColumnBlock block) {
		if (nearestAbove(block) instanceof HeadGroup group && isSubheading(group, block)) {
			if (joinUnderSubheading(block, group, textRightAbove(group))) {
				return;
			}
			if (!setAsText(group)) {
				// A heading inside a column waited for the text over it, and does not rank under that text's
				// headline: it is the title of an article of its own.
				join(moduleUnder(group), block, NOT_A_SUBHEADING);
				return;
			}
		}
		// Right under text placed since (a column under a vertical title): more of that text.
		if (nearestAbove(block) instanceof ColumnBlock text && moduleOf.containsKey(text)
				&& block.top() - text.bottom() <= LayoutTunable.MAX_LINE_STEP_EM.value() * em) {
			join(moduleOf.get(text), block, "right below text of its module");
			return;
		}
		Module below = headOfColumnBelow(block);
		if (below != null) {
			join(below, block, HEAD_OF_COLUMN);
			return;
		}
		// Under no headline, a chart's source or credit ("数据来源：…", "制图：…") is no text to go on.
		if (PhotoCaption.isChartNote(block.text())) {
			standAlone(block, CHART_NOTE);
			return;
		}
		// Under no headline and ending in a photo credit: a long caption in the text face, not a continuation.
		if (PhotoCaption.isCaption(block.text())) {
			standAlone(block, "a caption of its own: it ends in a photo credit");
			return;
		}
		boolean midText = startsMidText(block);
		Module vertical = midText ? null : besideVerticalHeadline(block);
		if (vertical != null) {
			join(vertical, block, "beside its vertical headline");
			return;
		}
		Module cutShort = midText ? null : firstColumnSetLower(block);
		if (cutShort != null) {
			join(cutShort, block, FIRST_COLUMN_SET_LOWER);
			return;
		}
		// A text that jumps to another page goes on there, not in a block of this one.
		List<Module> openTexts = modules.stream().filter(m -> m.blocks.isEmpty() || !jumpsOut(m.lastBlock())).toList();
		Module open = midText ? Continuations.unfinished(block, openTexts) : Continuations.akin(block, openTexts);
		if (open != null) {
			join(open, block, midText ? CONTINUATION : CONTINUATION_BY_WORDS);
			return;
		}
		Module risen = lastColumnSetHigher(block);
		if (risen != null) {
			join(risen, block, LAST_COLUMN_SET_HIGHER);
			return;
		}
		Module headed = besideHeadlineTop(block);
		if (headed != null) {
			join(headed, block, "level with the top of its headline, which spans the first columns of its text");
			return;
		}
		standAlone(block, "no headline above it");
	}

	/**
	 * The module of the column a block heads: placed text right under it in the same column, a line step away at
	 * most, that the block runs on into (the text under it starts mid-sentence, or the block stops unfinished). A
	 * column beside a headline that cuts into the columns is set narrower above it, and is read first.
	 */
	private Module headOfColumnBelow(ColumnBlock block) {
		for (ColumnBlock under : seen) {
			Module module = moduleOf.get(under);
			if (module != null && !module.isContinuation(under) && headsColumn(block, under)) {
				return module;
			}
		}
		return null;
	}

	/** Whether a block stands right over another in its column, within its width, and runs on into it. */
	private boolean headsColumn(ColumnBlock block, ColumnBlock under) {
		double gap = under.top() - block.bottom();
		return block != under && Module.sameColumn(block, under) && gap > -LayoutTuning.EVEN_GUTTER_EM * em
				&& gap <= LayoutTunable.MAX_LINE_STEP_EM.value() * em && block.left() >= under.left() - em
				&& block.right() <= under.right() + em
				&& (startsMidText(under) || !Line.endsSentenceText(block.last().text().strip()));
	}

	/** A module of the block alone, under no headline. */
	private Module standAlone(ColumnBlock block, String reason) {
		Module own = new Module(null);
		modules.add(own);
		join(own, block, reason);
		return own;
	}

	/**
	 * The module whose columns stand right of a block that opens a paragraph, start higher than it and reach at least
	 * as low, the text going on from the block into them (they start mid-text, or the block ends a paragraph): the
	 * block is that text's first column, set lower than the others (a picture or column logo stands over it) and
	 * left of its headline. It is read first.
	 */
	private Module firstColumnSetLower(ColumnBlock block) {
		for (Module module : modules) {
			ColumnBlock first = module.ownBlocks().min(Comparator.comparingDouble(ColumnBlock::left)).orElse(null);
			if (first == null || module.head == null) {
				continue;
			}
			double gap = first.left() - block.right();
			if (gap > 0 && gap <= LayoutTuning.MAX_GUTTER_EM * em && first.top() < block.top()
					&& block.bottom() <= first.bottom() + LayoutTuning.ROW_TOP_EM * em
					&& (startsMidText(first) || Line.endsSentenceText(block.last().text().strip()))) {
				return module;
			}
		}
		return null;
	}

	/**
	 * The headed module whose last column stands left of a block under no headline and ends level with it, the block
	 * starting higher, beside the headline (which stops short of it): the block is that text's last column, set higher
	 * where a picture over the page ends sooner. It is read last.
	 */
	private Module lastColumnSetHigher(ColumnBlock block) {
		for (Module module : modules) {
			ColumnBlock last = module.ownBlocks().max(Comparator.comparingDouble(ColumnBlock::right)).orElse(null);
			if (last == null || module.head == null || module.head.right() > block.left() + em) {
				continue;
			}
			double gap = block.left() - last.right();
			if (gap > 0 && gap <= LayoutTuning.MAX_GUTTER_EM * em && block.top() < module.head.top()
					&& Math.abs(last.bottom() - block.bottom()) <= LayoutTuning.ROW_TOP_EM * em) {
				return module;
			}
		}
		return null;
	}

	/**
	 * The module of the vertical headline nearest beside a block that opens a paragraph and stands level with it: a
	 * title set top to bottom heads the columns on either side of it (its text may start left of it).
	 */
	private Module besideVerticalHeadline(ColumnBlock block) {
		HeadGroup best = null;
		double bestGap = Double.MAX_VALUE;
		for (HeadGroup head : headlines) {
			double gap = Math.max(block.left() - head.right(), head.left() - block.right());
			if (head.isVertical() && gap < bestGap && gap <= LayoutTuning.VERTICAL_HEAD_REACH_EM * em
					&& block.top() < head.bottom() && block.bottom() > head.top()
					&& head.largestSize() > em * LayoutTunable.AUTHOR_LINE_MAX_SIZE.value()) {
				best = head;
				bestGap = gap;
			}
		}
		return best == null ? null : moduleUnder(best);
	}

	/** The module a headline heads, made when first asked for. */
	private Module moduleUnder(HeadGroup head) {
		return moduleUnder.computeIfAbsent(head, g -> {
			Module m = new Module(g);
			modules.add(m);
			return m;
		});
	}

	/**
	 * The module whose wide headline ends just left of a block that starts level with the headline's top: an article
	 * set as an L, its headline over its first columns and its text going on up beside the headline. Tried only for a
	 * block that neither finishes a text nor reads like one, which would otherwise be a headless item of its own.
	 */
	private Module besideHeadlineTop(ColumnBlock block) {
		if (DatelineParser.startsWithDateline(block.first().text().strip())) {
			return null;
		}
		for (Map.Entry<HeadGroup, Module> entry : moduleUnder.entrySet()) {
			HeadGroup head = entry.getKey();
			Module module = entry.getValue();
			double gap = block.left() - head.right();
			if (module.blocks.isEmpty() || gap <= 0 || gap > LayoutTuning.MAX_GUTTER_EM * em
					|| Math.abs(head.top() - block.top()) > LayoutTuning.ROW_TOP_EM * em
					|| module.blocks.stream().anyMatch(b -> b.right() > block.left() || module.isContinuation(b))) {
				continue;
			}
			ColumnBlock first = module.blocks.get(0);
			if (head.right() - head.left() > LayoutTuning.WIDE_HEADLINE_COLUMNS * (first.right() - first.left())) {
				return module;
			}
		}
		return null;
	}

	/** Places a block by what stands right above it; false when that settles nothing. */
	private boolean placeUnderWhatIsAbove(ColumnBlock block) {
		Object above = nearestAbove(block);
		HeadGroup byline = null;
		if (above instanceof HeadGroup group && isByline(group, em)
				&& block.top() - group.bottom() <= LayoutTunable.HEAD_TO_TEXT_EM.value() * em) {
			// A byline set on its own between headline and text: the headline is above it; or, for a byline set flush
			// right under no part of a headline set flush left, close above the text over the text's width.
			byline = group;
			above = nearestAbove(group.left(), group.right(), group.top());
			if (!(above instanceof HeadGroup)) {
				Object overText = nearestAbove(Math.min(group.left(), block.left()),
						Math.max(group.right(), block.right()), group.top());
				if (overText instanceof HeadGroup head && group.top() - head.bottom() <= LayoutTunable.HEAD_TO_TEXT_EM.value() * em) {
					above = head;
				}
			}
			if (!(above instanceof HeadGroup head) || isByline(head, em) || group.top() - head.bottom() > AuthorLines.reach(head, em)) {
				// A byline set over the last column of an article whose headline spans only its first columns.
				Level row = levelNeighbour(block);
				if (row != null && row.module().head != null && !row.module().isContinuation(row.beside())) {
					row.module().bylines.add(group);
					join(row.module(), block, "under a byline, level with the columns of its module");
					return true;
				}
				standAlone(block, "under a byline with no headline above it").bylines.add(group);
				return true;
			}
		}
		String below = "";
		if (above instanceof HeadGroup group) {
			// Under a byline, the headline stands over the byline (whose distance to the text is checked above).
			double gap = (byline == null ? block.top() : byline.top()) - group.bottom();
			if (gap > LayoutTunable.HEAD_TO_TEXT_EM.value() * em) {
				// Nothing printed between a headline and the text it spans: a picture stands there (a photo under
				// the headline, the text below it), so the headline still heads the text.
				if (byline != null || isByline(group, em) || isSubheading(group, block) || gap > LayoutTuning.PICTURE_GAP_EM * em
						|| group.left() > block.left() + em || group.right() < block.right() - em) {
					return false;
				}
				below = ", below a picture";
			}
			// A subheading has no byline of its own: a heading with one over its text is that text's title.
			if (byline == null && isSubheading(group, block)) {
				ColumnBlock text = textRightAbove(group);
				if (text != null && !moduleOf.containsKey(text)) {
					// The text over the subheading is not placed yet (a continuation): this block follows it there.
					return false;
				}
				if (joinUnderSubheading(block, group, text)) {
					return true;
				}
				// A subheading at the head of a column, level with the first columns of a headed module beside it
				// whose headline reaches over this column too, or spans several columns and stops short of this
				// one, right after them (the text runs on past the headline's width).
				Level row = levelNeighbour(block, group.top());
				HeadGroup head = row == null ? null : row.module().head;
				if (head != null && !row.module().isContinuation(row.beside())
						&& (HeadGroups.overlaps(head.left(), head.right(), block.left(), block.right())
								|| runsOnPast(head, row.beside(), block))) {
					row.module().subheadings.put(block, group);
					join(row.module(), block, "below a subheading level with the columns of its module");
					return true;
				}
			}
			if (byline == null && mayRankUnderLater(group, block)) {
				return false;
			}
			Module module = moduleUnder(group);
			if (byline != null) {
				module.bylines.add(byline);
			}
			join(module, block, (byline == null ? "under its headline" : "under its headline and byline") + below);
			return true;
		}
		if (above instanceof ColumnBlock text && moduleOf.containsKey(text)
				&& block.top() - text.bottom() <= LayoutTunable.MAX_LINE_STEP_EM.value() * em) {
			join(moduleOf.get(text), block, "right below text of its module");
			return true;
		}
		return false;
	}

	/** A group of nothing but bylines ("本报记者 姜洁", "魏本貌、刘萌"). */
	static boolean isByline(HeadGroup group, double em) {
		return group.lines().stream()
			.allMatch(l -> bylineLine(l, em).isPresent() || l.surely(Roles.BYLINE) || !group.isVertical()
					&& l.size() <= em * LayoutTunable.AUTHOR_LINE_MAX_SIZE.value() && BylineParser.authorLine(l.text()).isPresent());
	}

	/**
	 * A line that is a byline of its own: a role and names; or two or more names alone, set no bigger than the text
	 * (a headline is bigger).
	 */
	static Optional<Byline> bylineLine(TextLine line, double em) {
		Optional<Byline> own = BylineParser.ownLine(line.text());
		if (own.isPresent() || line.size() > em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value()) {
			return own;
		}
		return BylineParser.namesOnly(line.text());
	}

	/**
	 * The block stands right of the column beside it, under no part of a headline wider than that column, and does
	 * not open with a dateline (that opens an article: the group above it is its headline, set small).
	 */
	private static boolean runsOnPast(HeadGroup head, ColumnBlock beside, ColumnBlock block) {
		return beside.right() < block.left() && head.right() < block.left()
				&& head.right() - head.left() > LayoutTuning.WIDE_HEADLINE_COLUMNS * (beside.right() - beside.left())
				&& !DatelineParser.startsWithDateline(block.first().text().strip());
	}

	/**
	 * A subheading: a group no bigger than the text, right under a column of text, in another face; or a heading set
	 * inside one column, under text of an article whose headline ranks far above it ({@link #columnHeadingOver}), or
	 * at the head of a column right under such a headline. {@code under} is the block right under it.
	 */
	private boolean isSubheading(HeadGroup group, ColumnBlock under) {
		if (setAsText(group)) {
			return true;
		}
		if (!fitsColumnHeading(group) || opensArticle(under)) {
			return false;
		}
		ColumnBlock text = columnHeadingOver(group);
		if (text != null) {
			Module module = moduleOf.get(text);
			// Text not placed yet (a continuation) is ranked once it is: the block under the heading waits for it.
			return module == null || ranksUnder(group, module);
		}
		return nearestAbove(group.left(), group.right(), group.top()) instanceof HeadGroup head && !head.isVertical()
				&& outranks(head, group);
	}

	/** Text that opens with a dateline or a byline opens an article: the heading over it is its title. */
	private static boolean opensArticle(ColumnBlock under) {
		String opening = under.first().text().strip();
		return DatelineParser.startsWithDateline(opening) || BylineParser.ownLine(opening).isPresent();
	}

	/** A title of its own is not set several times smaller than its neighbour's ({@link LayoutTuning#SUBHEADING_RANK}). */
	private static boolean outranks(HeadGroup head, HeadGroup group) {
		return head.largestSize() >= group.largestSize() * LayoutTuning.SUBHEADING_RANK;
	}

	/**
	 * A heading set inside a column under placed text whose headline ranks far above it by size, though that text
	 * does not (yet) go on below it: the columns standing level with that text are joined later, and the heading is
	 * ranked again then.
	 */
	private boolean mayRankUnderLater(HeadGroup group, ColumnBlock under) {
		ColumnBlock text = columnHeadingOver(group);
		Module module = text == null ? null : moduleOf.get(text);
		return !opensArticle(under) && module != null && module.head != null && outranks(module.head, group);
	}

	private boolean setAsText(HeadGroup group) {
		return group.largestSize() <= em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value() && group.lines().size() <= 2;
	}

	/** A few lines set horizontally, bigger than the text but no bigger than a subheading is set. */
	private boolean fitsColumnHeading(HeadGroup group) {
		return !group.isVertical() && group.largestSize() <= em * LayoutTunable.SUBHEADING_MAX_SIZE.value()
				&& group.lines().size() <= LayoutTuning.SUBHEADING_MAX_LINES;
	}

	/**
	 * The text block a heading set inside a column follows: right above it, a paragraph's gap away at most, the
	 * heading no wider than its column. Null when there is none.
	 */
	private ColumnBlock columnHeadingOver(HeadGroup group) {
		if (!fitsColumnHeading(group)) {
			return null;
		}
		Object over = nearestAbove(group.left(), group.right(), group.top());
		return over instanceof ColumnBlock text && group.top() - text.bottom() <= LayoutTunable.SUBHEADING_GAP_EM.value() * em
				&& group.right() - group.left() <= text.right() - text.left() + em ? text : null;
	}

	/**
	 * The page's type sizes rank a heading under a module's headline: a title of its own is not set several times
	 * smaller than its neighbour's ({@link LayoutTuning#SUBHEADING_RANK}); and the module's text goes on beside it.
	 */
	private boolean ranksUnder(HeadGroup group, Module module) {
		// The article's text goes on below the heading in a column beside it: the heading stands inside the article,
		// not under it (the title of the next article set under a row of short columns).
		return module.head != null && outranks(module.head, group)
				&& (module.blocks.stream().anyMatch(b -> b.bottom() > group.bottom() + em)
						// A title set top to bottom stands beside its text as far down as it goes.
						|| module.head.isVertical() && module.head.bottom() > group.bottom() + em);
	}

	private Object nearestAbove(ColumnBlock block) {
		return nearestAbove(block.left(), block.right(), block.top());
	}

	/** The block or group whose bottom is closest above {@code top} among those lying over the span. */
	private Object nearestAbove(double left, double right, double top) {
		Object best = null;
		double bestBottom = -Double.MAX_VALUE;
		double slack = em * LayoutTuning.LEVEL_SLACK_EM;
		for (HeadGroup g : headlines) {
			if (g.bottom() <= top + slack && g.top() < top - slack && over(g.left(), g.right(), left, right)
					&& g.bottom() > bestBottom) {
				best = g;
				bestBottom = g.bottom();
			}
		}
		for (ColumnBlock b : seen) {
			if (b.bottom() <= top + slack && b.top() < top - slack && over(b.left(), b.right(), left, right)
					&& b.bottom() > bestBottom) {
				best = b;
				bestBottom = b.bottom();
			}
		}
		return best;
	}

	private static boolean over(double aLeft, double aRight, double bLeft, double bRight) {
		double overlap = Math.min(aRight, bRight) - Math.max(aLeft, bLeft);
		return overlap > LayoutTuning.OVERLAP_SHARE * Math.min(aRight - aLeft, bRight - bLeft);
	}

	/**
	 * The module of a placed block beside this one (left or right, across one gutter) with its top level with this
	 * one's, under a headline: a module's columns start level under a headline that need not lie over all of them.
	 */
	private Level levelNeighbour(ColumnBlock block) {
		return levelNeighbour(block, block.top());
	}

	/** The same, for a block whose column starts at {@code top} (above it, a subheading). */
	private Level levelNeighbour(ColumnBlock block, double top) {
		Level best = null;
		double bestGap = Double.MAX_VALUE;
		double bestLeft = Double.MAX_VALUE;
		double bestStep = Double.MAX_VALUE;
		for (ColumnBlock other : seen) {
			Module module = moduleOf.get(other);
			if (module == null) {
				continue;
			}
			double gap = Math.max(block.left() - other.right(), other.left() - block.right());
			double step = Math.abs(other.top() - top);
			HeadGroup head = module.head;
			if (gap <= 0 || gap > LayoutTuning.MAX_GUTTER_EM * em || head != null && !head.isVertical() && head.bottom() > top
					|| step > LayoutTuning.ROW_TOP_EM * em) {
				continue;
			}
			// Left of all of a module's columns the block would open its text, which no text does mid-sentence (unless
			// the head of its column, not placed yet, stands right over it).
			if (module.blocks.stream().allMatch(b -> b.left() > block.left()) && startsMidText(block)
					&& seen.stream().noneMatch(b -> !moduleOf.containsKey(b) && headsColumn(b, block))) {
				continue;
			}
			// A column that ends in a jump line ("（下转第2版）") ends the text on this page: nothing right of it goes on it.
			if (other.left() < block.left() && jumpsOut(other)) {
				continue;
			}
			// Gutters are even: of two neighbours as near (to a fraction of an em: justified columns end a point or
			// so short of their edge), the one whose column starts more nearly level wins (a module's columns start
			// on one line), and of two as level, the one on the left, the text read before.
			double tie = LayoutTuning.EVEN_GUTTER_EM * em;
			boolean better;
			if (Math.abs(gap - bestGap) > tie) {
				better = gap < bestGap;
			}
			else if (Math.abs(step - bestStep) > tie) {
				better = step < bestStep;
			}
			else {
				better = other.left() < bestLeft;
			}
			if (better) {
				best = new Level(module, other);
				bestGap = gap;
				bestLeft = other.left();
				bestStep = step;
			}
		}
		return best;
	}

	/** Whether a column's text jumps to another page at its end: its last line, or a line right under it, says so. */
	private boolean jumpsOut(ColumnBlock column) {
		if (isJumpOut(column.last().text())) {
			return true;
		}
		double tie = LayoutTuning.EVEN_GUTTER_EM * em;
		for (HeadGroup g : headlines) {
			if (g.lines().size() == 1 && isJumpOut(g.text()) && g.top() >= column.bottom() - tie
					&& g.top() - column.bottom() <= LayoutTunable.MAX_LINE_STEP_EM.value() * em && g.left() >= column.left() - tie
					&& g.right() <= column.right() + tie) {
				return true;
			}
		}
		return false;
	}

	private static boolean isJumpOut(String line) {
		String text = line.strip();
		return JumpLines.jumpsOut(text);
	}

	/** A module a block stands level with, and its block beside it. */
	private record Level(Module module, ColumnBlock beside) {
	}

	/** Opens mid-paragraph: its first line is flush with its column, not indented. */
	private boolean startsMidText(ColumnBlock block) {
		return block.first().left() - block.columnLeft() < LayoutTuning.INDENT_MIN_EM * em
				&& !JumpLines.isJump(block.first().text());
	}

	private void join(Module module, ColumnBlock block, String reason) {
		module.add(block, reason, reason.equals(CONTINUATION) || reason.equals(CONTINUATION_BY_WORDS)
				|| reason.equals(LEVEL_WITH_CONTINUATION) || reason.equals(SUBHEADING_IN_CONTINUATION));
		moduleOf.put(block, module);
	}

}
