package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.baoku.ingest.split.BigramCounts;
import org.baoku.ingest.split.Bigrams;
import org.baoku.ingest.split.DatelineParser;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;

/**
 * What the layout of the whole page says against an article it was cut into, each rule named in the doubt it adds:
 * another article's dateline opening a column inside its text; text with no headline on the page that reads like it
 * (its missing part, most likely), or text under another headline, before the column its dateline opens, that reads
 * more like it than like that headline's own text; a column placed beside or under it by position alone that reads like
 * it far more than like its own text's rest; a kicker or subtitle that fits another text and not its own; on a
 * page of signed pieces, two or more unsigned pieces under one title with headings of one type style (its sections,
 * cut off); and text that runs on past another article's title in one column.
 */
final class PageDoubts {

	/** A sentence's end: text, not a byline set apart. */
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？]");

	private PageDoubts() {
	}

	/** One article and the module it was read from (null for a caption or a brief). */
	record Piece(SplitArticle article, Module module) {
	}

	/** The articles with the doubts the page adds, in the pieces' order. */
	static List<SplitArticle> doubt(List<Piece> pieces) {
		Map<Piece, List<String>> doubts = new IdentityHashMap<>();
		pieces.forEach(p -> doubts.put(p, new ArrayList<>()));
		for (Piece piece : pieces) {
			if (isText(piece) && innerDateline(piece.module())) {
				doubts.get(piece).add(Doubts.INNER_DATELINE);
			}
			if (isText(piece) && acrossTitle(piece.module(), pieces)) {
				doubts.get(piece).add(Doubts.ACROSS_TITLE);
			}
			if (isText(piece) && piece.module().head == null) {
				Piece owner = likeliestOwner(piece, piece.article().body(), pieces);
				if (owner != null) {
					doubts.get(owner).add(Doubts.ORPHAN_NEARBY);
				}
			}
			if (isText(piece) && piece.module().head != null) {
				Piece owner = ownerOfLead(piece, pieces);
				if (owner != null) {
					doubts.get(owner).add(Doubts.LEAD_ELSEWHERE);
				}
			}
			if (isText(piece)) {
				placedColumnsReadingElsewhere(piece, pieces, doubts);
			}
			if (isText(piece) && piece.module().head != null && kickerFitsOther(piece, pieces)) {
				doubts.get(piece).add(Doubts.KICKER_FITS_OTHER);
			}
		}
		sectionsOfOneStyle(pieces, doubts);
		List<SplitArticle> out = new ArrayList<>();
		for (Piece piece : pieces) {
			SplitArticle article = piece.article();
			for (String doubt : doubts.get(piece).stream().distinct().toList()) {
				article = article.doubted(doubt);
			}
			out.add(article);
		}
		return out;
	}

	private static boolean isText(Piece piece) {
		return piece.module() != null && !piece.article().isPhoto() && !piece.module().blocks.isEmpty();
	}

	/** A column after the first that opens with a dateline starts another article ("新华社电 农历春节…"). */
	private static boolean innerDateline(Module module) {
		return module.blocks.stream().skip(1).anyMatch(PageDoubts::opensWithDateline);
	}

	/** A dateline may wrap onto the block's second line ("据新华社合肥2月13日" / "电 记者…"). */
	private static boolean opensWithDateline(ColumnBlock block) {
		StringBuilder opening = new StringBuilder();
		block.lines().stream().limit(2).forEach(l -> opening.append(l.text()));
		return DatelineParser.startsWithDateline(opening.toString().replace(" ", ""));
	}

	/**
	 * The headed article that the text of {@code piece} before a column opening with a dateline most likely belongs
	 * to: when the piece's own first column opens with no dateline, another article's dateline opens the text that
	 * goes with its headline, so what comes before it (text, holding a sentence: not a byline set apart) may be
	 * another article's part. It is, when it reads more like that article than like the text after the dateline.
	 * Null when there is no such text or it reads most like its own.
	 */
	private static Piece ownerOfLead(Piece piece, List<Piece> pieces) {
		List<ColumnBlock> blocks = piece.module().blocks;
		if (opensWithDateline(blocks.get(0))) {
			return null;
		}
		StringBuilder lead = new StringBuilder();
		boolean sentence = false;
		for (int i = 0; i < blocks.size(); i++) {
			ColumnBlock b = blocks.get(i);
			if (sentence && opensWithDateline(b)) {
				BigramCounts words = Bigrams.counts(lead.toString());
				Piece owner = likeliestOwner(piece, lead.toString(), pieces);
				return owner != null && Bigrams.cosine(words, Bigrams.counts(owner.article().body())) > Bigrams
					.cosine(words, Bigrams.counts(text(blocks.subList(i, blocks.size())))) ? owner : null;
			}
			lead.append(b.text());
			sentence |= SENTENCE_END.matcher(b.text()).find();
		}
		return null;
	}

	/**
	 * A column joined to a text only by where it stands (set lower under a picture, or higher beside the headline)
	 * whose words are at least {@link LayoutTuning#PLACED_MIN_LIKENESS} alike another headed text's and twice as alike
	 * as the rest of its own text's (plain bigram cosine; commentaries on one page all read somewhat alike): it and
	 * every such text are doubted (two reports of one kind read alike, and either may be the one it goes on).
	 */
	private static void placedColumnsReadingElsewhere(Piece piece, List<Piece> pieces, Map<Piece, List<String>> doubts) {
		Module module = piece.module();
		for (int i = 0; i < module.blocks.size(); i++) {
			String reason = module.reasons.get(i);
			if (!ModuleAssembler.FIRST_COLUMN_SET_LOWER.equals(reason)
					&& !ModuleAssembler.LAST_COLUMN_SET_HIGHER.equals(reason)) {
				continue;
			}
			String rest = text(module.blocks.subList(0, i)) + text(module.blocks.subList(i + 1, module.blocks.size()));
			BigramCounts words = Bigrams.counts(module.blocks.get(i).text());
			double own = Bigrams.cosine(words, Bigrams.counts(rest));
			for (Piece other : pieces) {
				double there = other != piece && isText(other) && other.module().head != null
						? Bigrams.cosine(words, Bigrams.counts(other.article().body())) : 0;
				if (there >= LayoutTuning.PLACED_MIN_LIKENESS && there >= LayoutTuning.PLACED_LEAD * own) {
					doubts.get(piece).add(Doubts.PLACED_ELSEWHERE);
					doubts.get(other).add(Doubts.PLACED_ELSEWHERE);
				}
			}
		}
	}

	private static String text(List<ColumnBlock> blocks) {
		StringBuilder text = new StringBuilder();
		blocks.forEach(b -> text.append(b.text()));
		return text.toString();
	}

	/**
	 * A kicker or subtitle that shares next to nothing with its own text and a good part of its wording with another
	 * headed text's: a headline put together from two articles' lines (a kicker read over the wrong title).
	 */
	private static boolean kickerFitsOther(Piece piece, List<Piece> pieces) {
		Headline head = piece.article().headline();
		for (String part : new String[] { head.kicker(), head.subtitle() }) {
			// A share of a kicker's one or two bigrams tells nothing (nor does the fragment it then is).
			if (part == null || part.codePoints().filter(Character::isLetterOrDigit).count() < LayoutTuning.KICKER_MIN_LETTERS
					|| Bigrams.coverage(part, piece.article().body()) > LayoutTuning.KICKER_OWN_MAX_COVERAGE) {
				continue;
			}
			for (Piece p : pieces) {
				if (p != piece && isText(p) && p.module().head != null
						&& Bigrams.coverage(part, p.article().body()) >= LayoutTuning.KICKER_OTHER_MIN_COVERAGE) {
					return true;
				}
			}
		}
		return false;
	}

	/** A column of the text above another article's title and one below it, both under that title's width. */
	private static boolean acrossTitle(Module module, List<Piece> pieces) {
		for (Piece other : pieces) {
			HeadGroup title = other.module() == null ? null : other.module().head;
			if (title == null || other.module() == module || title.isVertical()) {
				continue;
			}
			boolean above = false;
			boolean below = false;
			for (ColumnBlock b : module.blocks) {
				if (!under(title, b)) {
					continue;
				}
				above |= b.bottom() <= title.top();
				below |= b.top() >= title.bottom();
			}
			if (above && below) {
				return true;
			}
		}
		return false;
	}

	/** Whether a block's column lies under the title (mostly within its width). */
	private static boolean under(HeadGroup title, ColumnBlock block) {
		double overlap = Math.min(title.right(), block.right()) - Math.max(title.left(), block.left());
		return overlap > LayoutTuning.OVERLAP_SHARE * (block.right() - block.left());
	}

	/** The headed text other than {@code orphan} whose wording is nearest {@code text}; null when none shares any. */
	private static Piece likeliestOwner(Piece orphan, String text, List<Piece> pieces) {
		BigramCounts words = Bigrams.counts(text);
		Piece best = null;
		double bestSimilarity = 0;
		for (Piece p : pieces) {
			if (p == orphan || !isText(p) || p.module().head == null) {
				continue;
			}
			double similarity = Bigrams.cosine(words, Bigrams.counts(p.article().body()));
			if (similarity > bestSimilarity) {
				best = p;
				bestSimilarity = similarity;
			}
		}
		return best;
	}

	/**
	 * Two or more unsigned texts with no dateline, whose headings share one type style and stand under one bigger
	 * title (the nearest headline above each that spans its middle): sections of that title's piece, cut off at their
	 * headings. Each is doubted, and so is the title's article.
	 */
	private static void sectionsOfOneStyle(List<Piece> pieces, Map<Piece, List<String>> doubts) {
		// Only where pieces are signed and carry no dateline (commentaries): a package of news stories under a
		// banner title sets its unsigned stories' headlines in one style too.
		if (pieces.stream().noneMatch(p -> isText(p) && p.module().head != null && !p.article().reporters().isEmpty()
				&& p.article().dateline() == null)) {
			return;
		}
		Map<String, List<Piece>> byStyleAndTitle = new LinkedHashMap<>();
		Map<String, Piece> titleOf = new HashMap<>();
		for (Piece p : pieces) {
			if (!isText(p) || p.module().head == null || !p.article().reporters().isEmpty() || p.article().dateline() != null) {
				continue;
			}
			Piece title = titleOver(p.module().head, pieces);
			// A section stands among its piece's columns: the title's text runs on below the section's heading (a
			// lead story whose text ends above the stories under its banner has no sections there).
			if (title == null || title.module().blocks.stream().noneMatch(b -> b.bottom() > p.module().head.top())) {
				continue;
			}
			String key = p.module().head.style() + "@" + System.identityHashCode(title);
			byStyleAndTitle.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
			titleOf.put(key, title);
		}
		byStyleAndTitle.forEach((key, sections) -> {
			if (sections.size() >= 2) {
				sections.forEach(s -> doubts.get(s).add(Doubts.SAME_STYLE_SECTIONS));
				doubts.get(titleOf.get(key)).add(Doubts.SAME_STYLE_SECTIONS);
			}
		});
	}

	/** The nearest headed text above a heading, whose headline spans its middle and is set bigger. */
	private static Piece titleOver(HeadGroup head, List<Piece> pieces) {
		double middle = (head.left() + head.right()) / 2;
		Piece nearest = null;
		for (Piece p : pieces) {
			HeadGroup g = isText(p) ? p.module().head : null;
			if (g != null && g != head && g.bottom() <= head.top() && g.left() <= middle && middle <= g.right()
					&& g.largestSize() > head.largestSize() + LayoutTuning.SAME_SIZE
					&& (nearest == null || g.bottom() > nearest.module().head.bottom())) {
				nearest = p;
			}
		}
		return nearest;
	}

}
