package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import org.baoku.ingest.roles.ArticleDoubt;
import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.split.Briefs;
import org.baoku.ingest.split.BylineParser;
import org.baoku.ingest.split.DatelineParser;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.Line;
import org.baoku.ingest.split.PhotoCaption;
import org.baoku.ingest.split.SplitArticle;
import org.baoku.ingest.split.SplitPage;

/**
 * Splits a page PDF's lines into articles by their layout: running text → column blocks, the rest → headline groups;
 * captions (a group or a block ending in a photo credit) are photo items; blocks are assembled into modules under
 * their headlines ({@link ModuleAssembler}), sections under a signed piece's title are joined to it
 * ({@link SectionsUnderTitles}) and each module is read as an article ({@link ModuleReader}). Groups
 * heading no text are the page's banners (masthead, section, date line).
 */
final class LayoutSplitter {

	private LayoutSplitter() {
	}

	/** The page's folio line: the date with the weekday or the page number ("2019年2月1日 星期五 第5版"). */
	static final Pattern FOLIO = Pattern.compile(
			"^\\d{4}年\\d{1,2}月\\d{1,2}日(?:星期[一二三四五六日天]|[（(]?(?:周|星期)[一二三四五六日天][）)]?)?(?:第?[A-Z]?[0-9一二三四五六七八九十]+版.*)?$|^第?[A-Z]?[0-9一二三四五六七八九十]+版$");

	/** The articles in reading order, each with the regions it is printed in, and the page's banners. */
	record Result(List<SplitArticle> articles, List<List<Region>> regions, List<String> banners,
			List<String> explanation, List<Boolean> rolesUnsure) {

		SplitPage page() {
			return new SplitPage(articles, banners);
		}

		/** Every article's confidence scaled by the article-doubt model, last, after the page's doubts ({@link Weighed#ordered}). */
		Result ordered() {
			Optional<ArticleDoubt> model = Weighed.model();
			return new Result(articles.stream().map(a -> Weighed.ordered(a, model)).toList(), regions, banners, explanation,
					rolesUnsure);
		}

		/**
		 * Every article doubted for what the whole page shows, the explanation saying what that is; on such a page,
		 * an article the line-role model says something against is doubted for that too, so that the review list
		 * names what to look at first.
		 */
		Result doubtedAsAWhole(String doubt, String why) {
			List<String> explained = new ArrayList<>();
			List<SplitArticle> doubted = new ArrayList<>();
			for (int i = 0; i < explanation.size(); i++) {
				explained.add(explanation.get(i) + "\n    doubted: " + doubt + ": " + why);
				SplitArticle article = articles.get(i).doubted(doubt);
				// Doubted for the model's own doubt, its roles' doubt may be there already.
				doubted.add(rolesUnsure.get(i) && !article.doubts().contains(Doubts.ROLES_UNSURE)
						? article.doubted(Doubts.ROLES_UNSURE) : article);
			}
			return new Result(doubted, regions, banners, explained, rolesUnsure);
		}

	}

	static Result split(List<TextLine> lines, List<PageRules.Rule> rules, Set<String> knownReporters) {
		return split(lines, rules, knownReporters, Weighed.model());
	}

	/** As {@link #split(List, List, Set)}, each article weighed by {@code model} (none: only its signals kept). */
	static Result split(List<TextLine> lines, List<PageRules.Rule> rules, Set<String> knownReporters,
			Optional<ArticleDoubt> model) {
		if (lines.isEmpty()) {
			return new Result(List.of(), List.of(), List.of(), List.of(), List.of());
		}
		List<String> banners = new ArrayList<>();
		List<TextLine> folios = new ArrayList<>();
		List<TextLine> content = new ArrayList<>();
		for (TextLine line : lines) {
			// The page's furniture (folio, section line, 报眉) as the rules know it, or as the model is sure of it. Not
			// adverts: the model gives a real page's photo caption 0.90 advert.
			if (FOLIO.matcher(line.text().replace(" ", "")).find() || isPageNumber(line, lines)
					|| line.surely(Roles.PAGE_FURNITURE)) {
				banners.add(line.text());
				folios.add(line);
			}
			else {
				content.add(line);
			}
		}
		PageStyle style = PageStyle.of(content);
		List<TextLine> header = PageHeader.lines(content, folios, rules, style);
		if (!header.isEmpty() && header.size() < content.size()) {
			header.forEach(l -> banners.add(l.text()));
			content.removeAll(header);
			style = PageStyle.of(content);
		}
		double em = style.bodySize();
		List<TextLine> textLines = style.textLines(content);
		// A caption set in the text face is a block of its own under its photo: a photo item, not text of an article.
		List<ColumnBlock> captionBlocks = new ArrayList<>();
		List<ColumnBlock> blocks = new ArrayList<>();
		// A byline with its role ("本报记者 史自强") set in the text face on a line of its own is set apart from the
		// text like a headline's lines: it is read with them, as the byline between a headline and its text.
		List<TextLine> bylineLines = new ArrayList<>();
		for (ColumnBlock block : ColumnBlocks.build(textLines)) {
			if (block.lines().size() == 1 && (BylineParser.ownLine(block.text().strip()).isPresent()
					|| block.first().surely(Roles.BYLINE))) {
				bylineLines.add(block.first());
				continue;
			}
			(block.lines().size() <= LayoutTuning.CAPTION_MAX_LINES && PhotoCaption.isCaption(block.text())
					? captionBlocks : blocks).add(block);
		}
		List<Caption> captionItems = new ArrayList<>();
		for (ColumnBlock caption : captionBlocks) {
			if (PhotoCaption.read(caption.text()).map(a -> a.body().isBlank()).orElse(false)) {
				Caption titled = Caption.titled(caption, blocks, em);
				if (titled == null) {
					blocks.add(caption);
				}
				else {
					captionItems.add(titled);
				}
			}
			else {
				captionItems.add(new Caption(caption.text(), caption.region()));
			}
		}
		List<TextLine> setApart = new ArrayList<>(content.stream().filter(l -> !textLines.contains(l)).toList());
		setApart.addAll(bylineLines);
		// A kicker set in the text face ("广东加强农村人居环境整治") stands alone right over its title: it belongs to the
		// headline, not to the text (it would run on into whatever text stops unfinished).
		for (Iterator<ColumnBlock> it = blocks.iterator(); it.hasNext();) {
			ColumnBlock block = it.next();
			if (isKickerOver(block, setApart, em)) {
				setApart.add(block.first());
				it.remove();
			}
		}
		List<HeadGroup> groups = HeadGroups.build(setApart);
		List<HeadGroup> captions = groups.stream()
			.filter(g -> g.largestSize() <= em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value() && PhotoCaption.isCaption(g.text()))
			.toList();
		List<HeadGroup> headlines = groups.stream().filter(g -> !captions.contains(g)).toList();
		List<Module> modules = ClosingLines.creditsOnTheirLines(ModuleAssembler.assemble(em, blocks, headlines), em);
		// Text set in another face that heads no text of the body face (a photo story's caption under its title) is
		// an item of its own, not a banner: its words are printed matter like any article's.
		List<HeadGroup> heldByTextItems = new ArrayList<>();
		for (HeadGroup group : headlines) {
			if (modules.stream().noneMatch(m -> m.holds(group))) {
				SetApartText.item(group, em, headlines).ifPresent(item -> {
					modules.add(item.module());
					heldByTextItems.addAll(item.groups());
				});
			}
		}
		for (HeadGroup group : headlines) {
			if (modules.stream().noneMatch(m -> m.holds(group))) {
				AuthorLines.authorOf(group, modules, em).ifPresent(m -> m.bylines.add(group));
				if (modules.stream().anyMatch(m -> m.holds(group))) {
					continue;
				}
				ClosingLines.signed(group, modules, em).ifPresent(m -> m.signature = group);
				ClosingLines.jumpsFrom(group, modules, em).ifPresent(m -> m.jumpLine = group);
			}
		}

		List<Module> pieces = SectionsUnderTitles.join(modules, headlines, m -> ModuleReader.read(m, em, knownReporters));

		record Item(SplitArticle article, List<Region> regions, double top, double left, String why, Module module) {

			Item(SplitArticle article, List<Region> regions, double top, double left, String why) {
				this(article, regions, top, left, why, null);
			}

			double headSize() {
				return module == null || module.head == null ? 0 : module.head.largestSize();
			}

		}
		List<Item> items = new ArrayList<>();
		for (Module module : pieces) {
			String text = blocksText(module);
			if (module.head == null && PhotoCaption.isChartNote(text)) {
				// What the page leaves out: listed with the banners, not stored as an article.
				banners.add(text);
				continue;
			}
			if (module.head == null && PhotoCaption.isCaption(text)) {
				PhotoCaption.read(text).ifPresent(a -> items.add(new Item(a.laidOut(false, false), module.regions(),
						module.top(), module.left(), "caption set as text")));
				continue;
			}
			SplitArticle article = ModuleReader.read(module, em, knownReporters);
			List<SplitArticle> briefs = Briefs.of(article);
			if (!briefs.isEmpty()) {
				// A column of briefs under its label: the label is the page's, each brief an article of its own.
				if (module.head != null) {
					banners.add(module.head.text());
				}
				List<List<Region>> regions = regionsOfBriefs(briefs, module);
				for (int i = 0; i < briefs.size(); i++) {
					Region first = regions.get(i).isEmpty() ? module.regions().get(0) : regions.get(i).get(0);
					items.add(new Item(briefs.get(i).laidOut(true, false), regions.get(i), first.y(), first.x(),
							"a brief closed by its own authors" + (module.head == null ? "" : " under the label " + module.head.text())));
				}
				continue;
			}
			items.add(new Item(article, module.regions(), module.top(), module.left(), explain(module), module));
		}
		for (Caption caption : captionItems) {
			PhotoCaption.read(caption.text()).ifPresent(a -> items.add(new Item(a.laidOut(false, false),
					List.of(caption.region()), caption.region().y(), caption.region().x(), "caption set as text")));
		}
		for (HeadGroup caption : captions) {
			PhotoCaption.read(caption.text()).ifPresent(a -> items.add(new Item(a.laidOut(false, false),
					List.of(caption.region()), caption.top(), caption.left(), "caption " + caption.text())));
		}
		// A photo's credit with no caption, printed on a photo inside an article's columns, credits that article.
		for (Item credit : List.copyOf(items)) {
			if (!credit.article().isPhoto() || !credit.article().body().isBlank()) {
				continue;
			}
			Region at = credit.regions().get(0);
			for (int i = 0; i < items.size(); i++) {
				Item host = items.get(i);
				if (host != credit && !host.article().isPhoto() && within(at, host.regions())) {
					items.set(i, new Item(host.article().creditedWith(credit.article().reporters()), host.regions(),
							host.top(), host.left(), host.why() + "\n    credit of a photo in its columns: " + credit.article().byline(),
							host.module()));
					items.remove(credit);
					break;
				}
			}
		}
		List<Item> ordered = new ArrayList<>();
		List<SplitArticle> unsigned = UnsignedSections.doubt(items.stream().map(Item::article).toList(),
				items.stream().map(Item::headSize).toList());
		List<PageDoubts.Piece> laidOut = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			laidOut.add(new PageDoubts.Piece(unsigned.get(i), items.get(i).module()));
		}
		List<SplitArticle> doubted = PageDoubts.doubt(laidOut);
		ArticleEvidence.Page page = ArticleEvidence.Page.of(lines, doubted);
		boolean linesRead = lines.stream().anyMatch(l -> l.role() != LineRoles.Guess.NONE);
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			String why = item.why();
			for (String doubt : doubted.get(i).doubts()) {
				why += item.article().doubts().contains(doubt) ? "" : "\n    doubted: " + doubt;
			}
			Optional<String> roles = item.module() == null ? Optional.empty() : RoleDoubts.of(item.module());
			if (roles.isPresent()) {
				why += "\n    the line-role model says: " + roles.get();
			}
			ArticleEvidence.Kind kind = item.module() != null ? ArticleEvidence.Kind.MODULE
					: doubted.get(i).isPhoto() ? ArticleEvidence.Kind.CAPTION : ArticleEvidence.Kind.BRIEF;
			Weighed weighed = Weighed.of(doubted.get(i), ArticleEvidence.of(doubted.get(i), item.module(), kind, page, em),
					roles, model, linesRead);
			// From here on an item keeps its module only where the model says something against its reading.
			ordered.add(new Item(weighed.article(), item.regions(), item.top(), item.left(), why + weighed.why(),
					roles.isPresent() ? item.module() : null));
		}
		ordered = inReadingOrder(ordered, Item::top, Item::left, em);
		for (HeadGroup group : headlines) {
			if (modules.stream().noneMatch(m -> m.holds(group)) && !heldByTextItems.contains(group)) {
				group.lines().forEach(l -> banners.add(l.text()));
			}
		}
		return new Result(ordered.stream().map(Item::article).toList(), ordered.stream().map(Item::regions).toList(),
				banners, ordered.stream().map(Item::why).toList(),
				ordered.stream().map(i -> i.module() != null).toList());
	}

	/**
	 * A caption set in the text face: its block, and a drawing's title printed on the credit's baseline left of it
	 * ("消费升级 … 翟桂溪作（新华社发）": a cartoon's title flush left under it, its credit flush right).
	 */
	private record Caption(String text, Region region) {

		/**
		 * The caption, with the title beside a credit that stands alone taken out of the blocks of text; null for a
		 * credit alone with no title beside it (it ends the caption over it, read with that text).
		 */
		static Caption titled(ColumnBlock credit, List<ColumnBlock> blocks, double em) {
			ColumnBlock title = null;
			for (ColumnBlock b : credit.lines().size() == 1 ? blocks : List.<ColumnBlock>of()) {
				TextLine line = b.first();
				String text = line.text().strip();
				boolean beside = b.lines().size() == 1 && line.right() < credit.left()
						&& Math.abs(line.baseline() - credit.first().baseline()) <= em * LayoutTuning.SAME_BASELINE_EM
						&& credit.left() - line.right() <= LayoutTuning.CAPTION_TITLE_REACH_EM * em;
				if (beside && !text.isEmpty() && !Line.endsSentenceText(text)
						&& text.length() <= LayoutTuning.CAPTION_TITLE_MAX_CHARS
						&& (title == null || line.right() > title.first().right())) {
					title = b;
				}
			}
			String text = title == null ? "" : title.text().strip() + " " + credit.text().strip();
			if (title == null || PhotoCaption.read(text).map(a -> a.body().isBlank()).orElse(true)) {
				return null;
			}
			blocks.remove(title);
			return new Caption(text, title.region().union(credit.region()));
		}

	}

	/** A page number ("2", "A3") set on its own at the page's top or foot: nothing is printed above it, or below. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("^[A-Z]?\\d{1,3}$");

	static boolean isPageNumber(TextLine line, List<TextLine> lines) {
		if (!PAGE_NUMBER.matcher(line.text().replace(" ", "")).matches()) {
			return false;
		}
		return lines.stream().noneMatch(l -> l != line && l.bottom() <= line.top())
				|| lines.stream().noneMatch(l -> l != line && l.top() >= line.bottom());
	}

	/**
	 * A block of one line, no sentence, with a headline's line (set bigger than the text) right under it and under
	 * most of it.
	 */
	private static boolean isKickerOver(ColumnBlock block, List<TextLine> setApart, double em) {
		if (block.lines().size() != 1) {
			return false;
		}
		TextLine line = block.first();
		String text = line.text().strip();
		if (text.isEmpty() || Line.endsSentenceText(text) || DatelineParser.startsWithDateline(text)) {
			return false;
		}
		for (TextLine title : setApart) {
			double gap = title.top() - line.bottom();
			double overlap = Math.min(title.right(), line.right()) - Math.max(title.left(), line.left());
			if (title.size() > em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value() && gap > -em * LayoutTuning.OVERLAP_EM
					&& gap <= em * LayoutTunable.HEAD_LINE_GAP_EM.value() && overlap > (line.right() - line.left()) / 2) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Top to bottom by rows, each row left to right: a row holds the items that start at most
	 * {@link LayoutTuning#READING_ROW_EM} below the first item of it.
	 */
	static <T> List<T> inReadingOrder(List<T> items, ToDoubleFunction<T> top, ToDoubleFunction<T> left, double em) {
		List<T> byTop = new ArrayList<>(items);
		byTop.sort(Comparator.comparingDouble(top).thenComparingDouble(left));
		List<T> ordered = new ArrayList<>(items.size());
		int rowStart = 0;
		for (int i = 1; i <= byTop.size(); i++) {
			if (i == byTop.size()
					|| top.applyAsDouble(byTop.get(i)) - top.applyAsDouble(byTop.get(rowStart)) > LayoutTuning.READING_ROW_EM * em) {
				List<T> row = new ArrayList<>(byTop.subList(rowStart, i));
				row.sort(Comparator.comparingDouble(left));
				ordered.addAll(row);
				rowStart = i;
			}
		}
		return ordered;
	}

	/** Whether a region's middle lies inside the box that holds the given regions. */
	private static boolean within(Region region, List<Region> regions) {
		Region box = regions.get(0);
		for (Region r : regions) {
			box = box.union(r);
		}
		double x = region.x() + region.width() / 2;
		double y = region.y() + region.height() / 2;
		return box.x() <= x && x <= box.right() && box.y() <= y && y <= box.bottom();
	}

	/** Each brief's blocks: a block goes to the brief whose text holds its first words. */
	private static List<List<Region>> regionsOfBriefs(List<SplitArticle> briefs, Module module) {
		List<List<Region>> regions = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		for (SplitArticle brief : briefs) {
			regions.add(new ArrayList<>());
			bodies.add(brief.body().replaceAll("\\s", ""));
		}
		for (Region region : module.regions()) {
			String words = region.text().replaceAll("\\s", "");
			if (words.isEmpty()) {
				continue;
			}
			String start = words.substring(0, Math.min(words.length(), LayoutTuning.BRIEF_REGION_KEY_CHARS));
			int at = 0;
			while (at < bodies.size() - 1 && !bodies.get(at).contains(start)) {
				at++;
			}
			regions.get(at).add(region);
		}
		return regions;
	}

	/** Which headline, and why each block of text was taken into the article. */
	private static String explain(Module module) {
		StringBuilder s = new StringBuilder(module.head == null ? "(no headline)" : "headline " + module.head.text());
		for (int i = 0; i < module.blocks.size(); i++) {
			ColumnBlock b = module.blocks.get(i);
			String first = b.first().text();
			s.append("\n    ").append(b.region()).append(' ').append(module.reasons.get(i)).append(": ")
				.append(first, 0, Math.min(first.length(), 16)).append('…');
		}
		return s.toString();
	}

	private static String blocksText(Module module) {
		StringBuilder s = new StringBuilder();
		module.blocks.forEach(b -> s.append(b.text()));
		return s.toString();
	}

}
