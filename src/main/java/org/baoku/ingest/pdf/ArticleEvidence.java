package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitArticle;

/**
 * What the article-doubt model ({@link org.baoku.ingest.roles.ArticleDoubt}) is given of one article read from a
 * page: its parts, the rules' doubts about it, how the line-role model read its lines, and how sure the line-role
 * model was of the page as a whole (a page unlike anything it was trained on reads unsure everywhere). Printed by
 * {@code parse} as the article's signals, which is how its training data is read. A value that cannot be measured
 * (an item read from no module: a brief, a caption) is -1.
 */
public final class ArticleEvidence {

	/** The features' names, in the order they are given. */
	public static final List<String> NAMES = List.of("kind", "photo", "body_chars", "head_chars", "has_kicker",
			"has_subtitle", "has_dateline", "reporters", "byline_chars", "doubts", "doubt_no_headline", "doubt_ends_open",
			"doubt_starts_mid", "doubt_continued", "doubt_page", "page_unsure", "page_items", "page_headless", "blocks",
			"placed", "head_lines", "head_size", "own_bylines", "subheadings", "line_p_min", "line_p_mean", "unsure_lines",
			"head_not_head", "head_label", "text_not_text", "text_byline", "body_share");


	/** Roles a headline's lines may have: the headline's parts, a byline set among them. */
	private static final Set<String> HEAD = Set.of("headline", "kicker", "subtitle", "column_label", Roles.SECTION_HEADING,
			Roles.BYLINE);

	/** Roles that do not belong in an article's text. */
	private static final Set<String> NOT_TEXT = Set.of("headline", "kicker", "subtitle", "column_label",
			Roles.PAGE_FURNITURE, Roles.CAPTION, Roles.ADVERT);

	/** The doubts that read the whole page against the article ({@link PageDoubts}, {@link UnsignedSections}). */
	private static final Set<String> PAGE = Set.of(Doubts.INNER_DATELINE, Doubts.ACROSS_TITLE, Doubts.ORPHAN_NEARBY,
			Doubts.LEAD_ELSEWHERE, Doubts.PLACED_ELSEWHERE, Doubts.KICKER_FITS_OTHER, Doubts.SAME_STYLE_SECTIONS,
			Doubts.UNSIGNED, Doubts.NO_AUTHOR);

	/** What an item is: read from a module of the page, a brief of a briefs column, a caption. */
	enum Kind {
		MODULE, BRIEF, CAPTION
	}

	/**
	 * What the whole page says: how many of its lines the line-role model is unsure of, how many items it has, how
	 * many of them have no headline, how long their texts are on average.
	 */
	record Page(double unsureShare, int items, int headless, double meanBody) {

		static Page of(List<TextLine> lines, List<SplitArticle> articles) {
			double meanBody = articles.stream().mapToInt(a -> a.body().length()).average().orElse(0);
			long unsure = lines.stream()
				.filter(l -> l.role() != LineRoles.Guess.NONE && l.role().probability() < LayoutTuning.SURE_ROLE)
				.count();
			int headless = (int) articles.stream().filter(a -> a.headline().isEmpty() && !a.isPhoto()).count();
			return new Page(lines.isEmpty() ? 0 : (double) unsure / lines.size(), articles.size(), headless, meanBody);
		}

	}

	private ArticleEvidence() {
	}

	/** The features of one article, by name, in a fixed order. */
	static Map<String, Double> of(SplitArticle article, Module module, Kind kind, Page page, double em) {
		Map<String, Double> f = new LinkedHashMap<>();
		f.put("kind", (double) kind.ordinal());
		f.put("photo", article.isPhoto() ? 1.0 : 0.0);
		f.put("body_chars", Math.log1p(article.body().length()));
		f.put("head_chars", article.headline().isEmpty() ? 0.0 : article.headline().main().length());
		f.put("has_kicker", article.headline().kicker() == null || article.headline().kicker().isEmpty() ? 0.0 : 1.0);
		f.put("has_subtitle", article.headline().subtitle() == null || article.headline().subtitle().isEmpty() ? 0.0 : 1.0);
		f.put("has_dateline", article.dateline() == null ? 0.0 : 1.0);
		f.put("reporters", (double) article.reporters().size());
		f.put("byline_chars", article.byline() == null ? 0.0 : article.byline().length());
		f.put("doubts", (double) article.doubts().size());
		f.put("doubt_no_headline", has(article, Doubts.NO_HEADLINE));
		f.put("doubt_ends_open", has(article, Doubts.ENDS_OPEN));
		f.put("doubt_starts_mid", has(article, Doubts.STARTS_MID_SENTENCE));
		f.put("doubt_continued", has(article, Doubts.CONTINUED));
		f.put("doubt_page", (double) article.doubts().stream().filter(PAGE::contains).count());
		f.put("page_unsure", page.unsureShare());
		f.put("page_items", (double) page.items());
		f.put("page_headless", (double) page.headless());
		moduleFeatures(module, em, f);
		// How long its text is against the page's texts on average (log): a text run on into another is long.
		f.put("body_share", Math.log((article.body().length() + 1) / (page.meanBody() + 1)));
		if (!List.copyOf(f.keySet()).equals(NAMES)) {
			throw new IllegalStateException("the evidence gathered is not the evidence named: " + f.keySet());
		}
		return f;
	}

	private static double has(SplitArticle article, String doubt) {
		return article.doubts().contains(doubt) ? 1.0 : 0.0;
	}

	/** The module's shape and how the line-role model read its lines; -1 each without a module. */
	private static void moduleFeatures(Module module, double em, Map<String, Double> f) {
		if (module == null) {
			for (String name : NAMES.subList(NAMES.indexOf("blocks"), NAMES.indexOf("text_byline") + 1)) {
				f.put(name, -1.0);
			}
			return;
		}
		f.put("blocks", (double) module.blocks.size());
		f.put("placed", (double) module.reasons.stream()
			.filter(r -> ModuleAssembler.FIRST_COLUMN_SET_LOWER.equals(r) || ModuleAssembler.LAST_COLUMN_SET_HIGHER.equals(r))
			.count());
		List<TextLine> head = module.head == null ? List.of() : module.head.lines();
		f.put("head_lines", (double) head.size());
		f.put("head_size", module.head == null || em <= 0 ? 0.0 : module.head.largestSize() / em);
		f.put("own_bylines", (double) module.bylines.size());
		f.put("subheadings", (double) module.subheadings.size());
		List<TextLine> text = new ArrayList<>();
		module.blocks.forEach(b -> text.addAll(b.lines()));
		List<TextLine> all = new ArrayList<>(head);
		all.addAll(text);
		module.bylines.forEach(b -> all.addAll(b.lines()));
		double min = 1;
		double sum = 0;
		int read = 0;
		int unsure = 0;
		for (TextLine line : all) {
			if (line.role() == LineRoles.Guess.NONE) {
				continue;
			}
			read++;
			min = Math.min(min, line.role().probability());
			sum += line.role().probability();
			unsure += line.role().probability() < LayoutTuning.UNSURE_ROLE ? 1 : 0;
		}
		f.put("line_p_min", min);
		f.put("line_p_mean", read == 0 ? 1.0 : sum / read);
		f.put("unsure_lines", (double) unsure);
		f.put("head_not_head", head.stream().mapToDouble(l -> outside(l, HEAD)).max().orElse(0));
		f.put("head_label", head.stream().mapToDouble(l -> among(l, Set.of("column_label"))).max().orElse(0));
		f.put("text_not_text", text.stream().mapToDouble(l -> among(l, NOT_TEXT)).max().orElse(0));
		f.put("text_byline", text.stream().mapToDouble(l -> among(l, Set.of(Roles.BYLINE))).max().orElse(0));
	}

	/** How likely, as far as the guess's two roles tell, the line has a role outside {@code roles}. */
	private static double outside(TextLine line, Set<String> roles) {
		LineRoles.Guess g = line.role();
		if (g == LineRoles.Guess.NONE) {
			return 0;
		}
		return !roles.contains(g.role()) ? g.probability() : !roles.contains(g.second()) ? g.secondProbability() : 0;
	}

	/** How likely, as far as the guess's two roles tell, the line has one of {@code roles}. */
	private static double among(TextLine line, Set<String> roles) {
		LineRoles.Guess g = line.role();
		if (g == LineRoles.Guess.NONE) {
			return 0;
		}
		return roles.contains(g.role()) ? g.probability() : roles.contains(g.second()) ? g.secondProbability() : 0;
	}

}
