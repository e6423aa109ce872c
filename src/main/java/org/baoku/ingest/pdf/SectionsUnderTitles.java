package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.baoku.ingest.split.SplitArticle;
import org.baoku.ingest.split.SplitProfile;

/**
 * A headline heads what is printed beneath it within its width. On a page of signed pieces and no news (a 理论 page,
 * an opinion page), a piece with no author under a headline that lies beneath a signed piece's title, within its
 * width, set smaller than it and with no other headline between (or beneath such a section, stacked in its column),
 * is a section of that piece cut off at its section heading: it is joined to it, the heading kept as a subheading of
 * the text. Whether the page is one of signed pieces is judged by the pieces not in question. On any page of a paper
 * whose profile knows the heading's type style as its sections' (learned from its checked pages,
 * {@link SectionStyles}), such a piece is joined to the title over it, signed or not.
 */
final class SectionsUnderTitles {

	static final String REASON = "a section under the title of a signed piece, within its width";

	private SectionsUnderTitles() {
	}

	/**
	 * The modules with such sections joined to the piece whose title spans them.
	 * @param headlines every headline group of the page: a group no module holds (a column label, a band) still
	 * separates what is above it from what is below
	 * @param read how a module reads as an article
	 */
	static List<Module> join(List<Module> modules, List<HeadGroup> headlines, Function<Module, SplitArticle> read) {
		Map<Module, SplitArticle> articles = new IdentityHashMap<>();
		int headed = 0;
		int signed = 0;
		boolean hasNews = false;
		for (Module module : modules) {
			SplitArticle article = read.apply(module);
			articles.put(module, article);
			if (module.head != null && !article.isPhoto()) {
				headed++;
				// News is signed by reporters under datelines, and an unsigned brief beside it is a brief; only a
				// heading in a style the paper's profile knows as its sections' is one there.
				hasNews |= article.dateline() != null;
				signed += article.reporters().isEmpty() ? 0 : 1;
			}
		}
		Map<HeadGroup, Module> moduleHeaded = new IdentityHashMap<>();
		modules.stream().filter(m -> m.head != null).forEach(m -> moduleHeaded.put(m.head, m));
		List<HeadGroup> separators = headlines.stream()
			.filter(g -> moduleHeaded.containsKey(g) || modules.stream().noneMatch(m -> m.holds(g)))
			.filter(g -> !g.isVertical())
			.toList();
		Map<Module, Module> sectionOf = new IdentityHashMap<>();
		for (Module module : modules) {
			if (isSection(module, articles.get(module))) {
				Module over = titleOver(module.head, separators, moduleHeaded);
				if (over != null) {
					sectionOf.put(module, over);
				}
			}
		}
		if (hasNews) {
			sectionOf.keySet().removeIf(m -> !isLearnedSection(m, articles.get(m)));
		}
		long sections = sectionOf.keySet().stream().filter(m -> pieceOf(m, sectionOf, articles) != null).count();
		// Whether the page is one of signed pieces is judged by the pieces that are not in question.
		int pieces = headed - (int) sections;
		boolean signedPage = sections > 0 && pieces >= LayoutTuning.SIGNED_PAGE_MIN_ARTICLES
				&& signed >= LayoutTunable.SIGNED_PAGE_SHARE.value() * pieces;
		// Headings in a style the paper's checked pages set their sections in are sections on any of its pages,
		// signed or not, news or not: the editors' corrections taught it.
		Set<String> learned = SplitProfile.current().sectionStyles();
		if (!signedPage && learned.isEmpty()) {
			return modules;
		}
		List<Module> joined = new ArrayList<>();
		for (Module module : modules) {
			Module piece = signedPage ? pieceOf(module, sectionOf, articles) : null;
			if (piece == null && sectionOf.containsKey(module) && learned.contains(module.head.style())) {
				piece = learnedPieceOf(module, sectionOf, learned);
			}
			if (piece == null) {
				joined.add(module);
			}
			else {
				absorb(piece, module);
			}
		}
		return joined;
	}

	/**
	 * An unsigned text under a headline, with nothing of its own that joining would drop: no byline, signature or jump
	 * line set apart, no subheading over its first block (its heading takes that place).
	 */
	private static boolean isSection(Module module, SplitArticle article) {
		return module.head != null && !module.head.isVertical() && !article.isPhoto() && article.reporters().isEmpty()
				&& article.dateline() == null && !module.blocks.isEmpty()
				&& !module.subheadings.containsKey(module.blocks.get(0)) && module.bylines.isEmpty()
				&& module.signature == null && module.jumpLine == null;
	}

	/** A section by its heading's style, which the paper's profile learned from its checked pages. */
	private static boolean isLearnedSection(Module module, SplitArticle article) {
		return module.head != null && SplitProfile.current().sectionStyles().contains(module.head.style())
				&& isSection(module, article);
	}

	/**
	 * The piece a section of a learned style belongs to: the module over it (following sections stacked under
	 * sections), whose title is set bigger than the heading and in another style; null when none.
	 */
	private static Module learnedPieceOf(Module module, Map<Module, Module> sectionOf, Set<String> learned) {
		Module at = sectionOf.get(module);
		for (int hops = 0; at != null && hops <= sectionOf.size(); hops++) {
			if (!learned.contains(at.head.style())) {
				return at.head.largestSize() > module.head.largestSize() ? at : null;
			}
			at = sectionOf.get(at);
		}
		return null;
	}

	/** The module of the nearest headline above the given one whose width spans its middle; null when none. */
	private static Module titleOver(HeadGroup head, List<HeadGroup> separators, Map<HeadGroup, Module> moduleHeaded) {
		double middle = (head.left() + head.right()) / 2;
		HeadGroup nearest = null;
		for (HeadGroup g : separators) {
			if (g != head && g.bottom() <= head.top() && g.left() <= middle && middle <= g.right()
					&& (nearest == null || g.bottom() > nearest.bottom())) {
				nearest = g;
			}
		}
		return nearest == null ? null : moduleHeaded.get(nearest);
	}

	/**
	 * The signed piece a module is a section of (following sections stacked under sections), or null when it is no
	 * section of a signed piece.
	 */
	private static Module pieceOf(Module module, Map<Module, Module> sectionOf, Map<Module, SplitArticle> articles) {
		Module at = module;
		for (int hops = 0; hops <= sectionOf.size(); hops++) {
			Module over = sectionOf.get(at);
			if (over == null) {
				if (at == module) {
					return null;
				}
				// A section's heading is set smaller than its piece's title.
				boolean signedTitle = !articles.get(at).reporters().isEmpty()
						&& at.head.largestSize() > module.head.largestSize();
				return signedTitle ? at : null;
			}
			at = over;
		}
		return null;
	}

	private static void absorb(Module piece, Module section) {
		piece.subheadings.putAll(section.subheadings);
		piece.subheadings.put(section.blocks.get(0), section.head);
		section.blocks.forEach(block -> piece.add(block, REASON, false));
	}

}
