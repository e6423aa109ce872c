package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides what each block of a page is. A block's own shape says most (sentence punctuation, line count), and
 * its neighbours settle the rest: a block after a line that ran to the end of the column without finishing its
 * sentence continues that sentence, and a short bold line between two paragraphs of one article is a subheading.
 */
public final class BlockClassifier {

	static final Pattern MASTHEAD = Pattern
		.compile("星期[一二三四五六日天]|责任编辑|责任校对|值班|出版物号|主管主办|主办单位|今日\\S{1,2}版|^[A-Z][A-Z .,'&-]{3,}$");

	private static final Pattern ENUMERATED = Pattern.compile("^(?:[一二三四五六七八九十]+[、是]|\\d{1,2}[、.．]|[（(][一二三四五六七八九十\\d]+[）)])");

	/** "（今日谈）", "(域外听风)", "（新春走基层·驻村干部这一年）": the column a piece runs in, after its title. */
	private static final Pattern COLUMN_TAG = Pattern.compile("[\\p{IsHan}”》][（(][\\p{IsHan}·、]{2,14}[）)]$");

	/** A column tag wrapped onto a line of its own under its title ("幸福院里话幸福 / （新春走基层）"). */
	private static final Pattern WRAPPED_TAG = Pattern.compile("[（(][\\p{IsHan}·、]{2,14}[）)]");

	/** On a bold title the tag may quote ("（进一步做好“六稳”工作）"); in text such a bracket is an aside ("（以下简称“X”）"). */
	private static final Pattern BOLD_COLUMN_TAG = Pattern.compile("[\\p{IsHan}”》][（(][\\p{IsHan}·、“”《》]{2,14}[）)]$");

	/** How an article's first paragraph often begins: what follows a headline rather than a broken-off line. */
	static final Pattern OPENING = Pattern
		.compile("^(?:\\d{1,2}月\\d{1,2}日|\\d{1,2}日[上下中]午|近日|日前|昨天|昨日|今年以来|记者从|记者日前)");

	private BlockClassifier() {
	}

	public static List<BlockKind> classify(List<Block> blocks) {
		List<BlockKind> kinds = new ArrayList<>(blocks.size());
		for (int i = 0; i < blocks.size(); i++) {
			Block prev = i > 0 ? blocks.get(i - 1) : null;
			BlockKind prevKind = i > 0 ? kinds.get(i - 1) : null;
			Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
			kinds.add(kindOf(blocks.get(i), prev, prevKind, next));
		}
		List<Double> columns = bodyColumns(blocks, kinds);
		// Two-line titles read as text for their comma, found against the kinds as first read.
		List<Integer> narrowTitles = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.BODY && isNarrowTitleShape(blocks.get(i))
					&& standsAlone(blocks, kinds, i, columns)) {
				narrowTitles.add(i);
			}
		}
		narrowTitles.forEach(i -> kinds.set(i, BlockKind.HEADLINE));
		// Paragraph openings cut off by column breaks, read back from the body text they run into.
		for (int i = blocks.size() - 2; i >= 0; i--) {
			if (kinds.get(i) != BlockKind.HEADLINE || kinds.get(i + 1) != BlockKind.BODY) {
				continue;
			}
			Block block = blocks.get(i);
			Block next = blocks.get(i + 1);
			boolean inColumn = i > 0 && kinds.get(i - 1) == BlockKind.BODY && sitsInColumn(block, blocks.get(i - 1), next);
			boolean text = wrapsInto(block, next, onColumn(block, columns)) || (inColumn && !opensArticle(next))
					|| indentedOpening(block, next);
			if (text && !HeadlineShapes.announcesHeadline(block) && !OPENING.matcher(next.first().text()).find()) {
				kinds.set(i, BlockKind.BODY);
			}
		}
		for (int i = 1; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.HEADLINE && continuesSentence(blocks.get(i), blocks.get(i - 1), kinds.get(i - 1))) {
				kinds.set(i, BlockKind.BODY);
			}
		}
		// Last: a headline-shaped block is read again against what its neighbours turned out to be.
		for (int i = 1; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.HEADLINE && kinds.get(i - 1) == BlockKind.BODY
					&& blocks.get(i - 1).last().closed()) {
				kinds.set(i, afterParagraph(blocks.get(i), i + 1 < blocks.size() ? blocks.get(i + 1) : null,
						i + 1 < blocks.size() ? kinds.get(i + 1) : null));
			}
		}
		// The paper's name and the section name printed by the date line are the masthead too.
		for (int i = 0; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.BANNER) {
				for (int j : new int[] { i - 1, i + 1 }) {
					if (j >= 0 && j < blocks.size() && kinds.get(j) == BlockKind.HEADLINE && isMastheadWord(blocks.get(j))) {
						kinds.set(j, BlockKind.BANNER);
					}
				}
			}
		}
		for (int i = 1; i + 1 < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.HEADLINE && kinds.get(i - 1) == BlockKind.BODY
					&& kinds.get(i + 1) == BlockKind.BODY && isPullQuote(blocks, i)) {
				kinds.set(i, BlockKind.SUBHEADING);
			}
		}
		for (int i = 1; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.SUBHEADING && sumsUpTextAbove(blocks, kinds, i)) {
				kinds.set(i, BlockKind.HEADLINE);
			}
		}
		// An author's note ("（作者为北京大学教授）") closes the text above it; however short, it is no headline.
		for (int i = 1; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.HEADLINE && kinds.get(i - 1) == BlockKind.BODY
					&& BylineParser.isAuthorNote(blocks.get(i).joined())) {
				kinds.set(i, BlockKind.BODY);
			}
		}
		// Names alone under a headline ("魏本貌、刘萌"), or right above a dateline, are the byline.
		for (int i = 0; i < blocks.size(); i++) {
			boolean underHeadline = i > 0 && kinds.get(i - 1) == BlockKind.HEADLINE;
			boolean aboveDateline = i + 1 < blocks.size() && kinds.get(i + 1) == BlockKind.BODY
					&& opensArticle(blocks.get(i + 1));
			String line = blocks.get(i).first().text();
			if (kinds.get(i) == BlockKind.HEADLINE && blocks.get(i).size() == 1
					&& (underHeadline && BylineParser.namesAlone(line).isPresent()
							|| aboveDateline && BylineParser.namesOnly(line).isPresent())) {
				kinds.set(i, BlockKind.LEADING_AUTHOR);
			}
		}
		subheadingsOfSignedPage(blocks, kinds);
		chartNotes(blocks, kinds);
		return kinds;
	}

	/**
	 * A chart's source or credit ("数据来源：…", "本版制图：…"), and the one line it runs on to when it finishes no
	 * sentence there, is printed matter of the page but of no article, as the page PDF reader leaves it too.
	 */
	private static void chartNotes(List<Block> blocks, List<BlockKind> kinds) {
		for (int i = 0; i < blocks.size(); i++) {
			List<Line> lines = blocks.get(i).lines();
			int at = 0;
			while (at < lines.size() && !PhotoCaption.isChartNote(LineNormalizer.undouble(lines.get(at).text()))) {
				at++;
			}
			if (at == lines.size() || at > 0 && kinds.get(i) == BlockKind.BODY) {
				continue;
			}
			kinds.set(i, BlockKind.BANNER);
			String note = LineNormalizer.undouble(lines.get(lines.size() - 1).text());
			if (i + 1 < blocks.size() && !Line.endsSentenceText(note) && blocks.get(i + 1).size() == 1
					&& Line.endsSentenceText(blocks.get(i + 1).joined())) {
				kinds.set(++i, BlockKind.BANNER);
			}
		}
	}

	/**
	 * On a page of signed pieces (at least {@link SplitTuning#SIGNED_TITLES_MIN} titles with their author's name under
	 * them, and fewer texts opening with a dateline or byline than that: no news page), a lone heading between two
	 * paragraphs, with no author under it and no dateline or byline opening the text below, is a subheading (小标题)
	 * of the piece it stands in, not a title of its own.
	 */
	private static void subheadingsOfSignedPage(List<Block> blocks, List<BlockKind> kinds) {
		if (!isSignedPage(blocks, kinds)) {
			return;
		}
		for (int i = 1; i + 1 < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.HEADLINE && kinds.get(i - 1) == BlockKind.BODY && kinds.get(i + 1) == BlockKind.BODY
					&& !opensArticle(blocks.get(i + 1)) && !endsWithColumnTag(blocks.get(i))) {
				kinds.set(i, BlockKind.SUBHEADING);
			}
		}
		columnLabelsOfSignedPage(kinds);
	}

	/**
	 * A page of signed pieces: at least {@link SplitTuning#SIGNED_TITLES_MIN} titles with their author's name under
	 * them, and fewer texts opening with a dateline or byline than that (no news page).
	 */
	static boolean isSignedPage(List<Block> blocks, List<BlockKind> kinds) {
		long signed = 0;
		long dated = 0;
		for (int i = 0; i < blocks.size(); i++) {
			if (i + 1 < blocks.size() && kinds.get(i) == BlockKind.HEADLINE && kinds.get(i + 1) == BlockKind.LEADING_AUTHOR) {
				signed++;
			}
			if (kinds.get(i) == BlockKind.BODY && opensArticle(blocks.get(i))) {
				dated++;
			}
		}
		return signed >= TextTunable.SIGNED_TITLES_MIN.intValue() && dated < signed;
	}

	/**
	 * On a page of signed pieces, a title with no author under it that the extractor put before all the page's text
	 * or after the last signed title is the page's column label ("认真学习宣传贯彻…", printed across or beside the
	 * pieces), not a piece's title: every piece there has its author under its title.
	 */
	private static void columnLabelsOfSignedPage(List<BlockKind> kinds) {
		int first = 0;
		while (first < kinds.size() && kinds.get(first) == BlockKind.BANNER) {
			first++;
		}
		if (first + 1 < kinds.size() && kinds.get(first) == BlockKind.HEADLINE && kinds.get(first + 1) == BlockKind.BODY) {
			kinds.set(first, BlockKind.BANNER);
		}
		int last = kinds.size() - 1;
		while (last >= 0 && (kinds.get(last) == BlockKind.BANNER || kinds.get(last) == BlockKind.CAPTION)) {
			last--;
		}
		if (last > 0 && kinds.get(last) == BlockKind.HEADLINE && kinds.get(last - 1) == BlockKind.LEADING_AUTHOR) {
			kinds.set(last, BlockKind.BANNER);
		}
		// Between one piece's author and the next piece's text, a lone title that no author signs is the label too.
		for (int i = 1; i + 1 < kinds.size(); i++) {
			if (kinds.get(i) == BlockKind.HEADLINE && kinds.get(i - 1) == BlockKind.LEADING_AUTHOR
					&& kinds.get(i + 1) == BlockKind.BODY) {
				kinds.set(i, BlockKind.BANNER);
			}
		}
	}

	/**
	 * A pull quote (提要) set in the middle of an article repeats a sentence of it word for word, punctuation and all;
	 * a headline sums up in words of its own. A headline-shaped block with sentence punctuation whose bigrams are
	 * nearly all in the text around it is such a quote, part of the article, not a headline that ends it.
	 */
	private static boolean isPullQuote(List<Block> blocks, int at) {
		Block block = blocks.get(at);
		String text = block.joined();
		if (block.size() < 2 || text.codePoints().noneMatch(c -> c == '，' || c == '？' || c == '！' || c == '；')) {
			return false;
		}
		StringBuilder around = new StringBuilder();
		for (int i = Math.max(0, at - SplitTuning.PULL_QUOTE_REACH); i <= Math.min(blocks.size() - 1,
				at + SplitTuning.PULL_QUOTE_REACH); i++) {
			if (i != at) {
				around.append(blocks.get(i).joined());
			}
		}
		return Bigrams.coverage(Bigrams.of(text), Bigrams.of(around.toString())) >= SplitTuning.PULL_QUOTE_COVERAGE;
	}

	/**
	 * A section heading announces the text below it; a headline printed after its article sums up the text above.
	 * So a would-be heading whose words are clearly more in the text above it than below is that text's headline.
	 */
	private static boolean sumsUpTextAbove(List<Block> blocks, List<BlockKind> kinds, int at) {
		StringBuilder above = new StringBuilder();
		for (int i = at - 1; i >= 0 && kinds.get(i) == BlockKind.BODY; i--) {
			above.insert(0, blocks.get(i).joined());
		}
		StringBuilder below = new StringBuilder();
		for (int i = at + 1; i < blocks.size() && kinds.get(i) == BlockKind.BODY; i++) {
			below.append(blocks.get(i).joined());
		}
		BigramSet grams = Bigrams.ofLines(blocks.get(at));
		double up = Bigrams.coverage(grams, Bigrams.of(above.toString()));
		double down = Bigrams.coverage(grams, Bigrams.of(below.toString()));
		return up >= TextTunable.HEADLINE_ABOVE_MIN.value() && up >= down + SplitTuning.HEADLINE_ABOVE_MARGIN;
	}

	private static BlockKind kindOf(Block block, Block prev, BlockKind prevKind, Block next) {
		String text = block.text(" ");
		if (PhotoCaption.isCaption(block.joined())) {
			return BlockKind.CAPTION;
		}
		if (block.size() == 1 && JumpLines.isJump(text)) {
			return BlockKind.JUMP;
		}
		if (block.size() == 1 && BylineParser.ownLine(text).isPresent()) {
			return BlockKind.LEADING_AUTHOR;
		}
		// Wrapped over two lines in a narrow column too: "（本报希腊萨洛尼卡 / 电）".
		if (block.size() <= 2 && DatelineParser.trailing(block.joined()).map(d -> d.rest().isEmpty()).orElse(false)) {
			return BlockKind.TRAILING_DATELINE;
		}
		// "（记者 陈晨）" on a line of its own after a finished paragraph closes the text above.
		if (block.size() == 1 && prevKind == BlockKind.BODY && prev.last().endsSentence()
				&& BylineParser.trailing(text).map(f -> f.rest().isEmpty()).orElse(false)) {
			return BlockKind.TRAILING_AUTHOR;
		}
		if (continuesSentence(block, prev, prevKind) || opensArticle(block)) {
			return BlockKind.BODY;
		}
		if (block.size() <= 2 && MASTHEAD.matcher(text).find()) {
			return BlockKind.BANNER;
		}
		if (leadsIntoHeadline(block, next)) {
			return BlockKind.HEADLINE;
		}
		if (hasBodyShape(block) || wrapsIntoNext(block, next)) {
			return BlockKind.BODY;
		}
		return BlockKind.HEADLINE;
	}

	/**
	 * A few words ending in a colon right above a headline ("国家税务总局：" over "个税零申报并不影响纳 / 税记录连续性（回应）")
	 * are its kicker; above text, the same shape introduces a quotation and is text.
	 */
	private static boolean leadsIntoHeadline(Block block, Block next) {
		String text = block.joined();
		return block.size() == 1 && next != null && text.endsWith("：") && innerPunctuation(text) == 1
				&& Chars.width(text) < SplitTuning.MIN_TEXT_COLUMN && !hasBodyShape(next) && !opensArticle(next);
	}

	/** One or two words a line, nothing more: "人民日报", "文化". */
	private static boolean isMastheadWord(Block block) {
		// A headline set in a narrow column ("文化遗产法学 / 术研讨会召开") has short lines too, but more words.
		return block.size() <= 3 && block.joined().length() <= SplitTuning.MASTHEAD_WORDS_CHARS && block.lines().stream()
			.allMatch(l -> l.width() <= SplitTuning.MASTHEAD_WORD_WIDTH && l.text().codePoints().allMatch(Chars::isIdeograph));
	}

	/** A short line after a finished paragraph: a subheading when the same article goes on below it. */
	private static BlockKind afterParagraph(Block block, Block next, BlockKind nextKind) {
		if (isLoneName(block)) {
			return BlockKind.TRAILING_AUTHOR;
		}
		// Text that opens as articles do ("近日，…", "15日，…") after a heading-shaped line starts another article.
		boolean articleGoesOn = nextKind == BlockKind.BODY && !opensArticle(next)
				&& !OPENING.matcher(next.first().text()).find();
		// A column tag ("（艺海观澜）") goes with a piece's title, never with a section heading inside it.
		return articleGoesOn && looksLikeSubheading(block) && !endsWithColumnTag(block) ? BlockKind.SUBHEADING
				: BlockKind.HEADLINE;
	}

	/** Sentence punctuation, or more lines than a headline has: article text. */
	static boolean hasBodyShape(Block block) {
		String text = block.joined();
		if (endsWithColumnTag(block) || hasSubtitleLine(block)) {
			return false;
		}
		// Text is never set in bold; one or two lines ending in a dash are a kicker leading into its title
		// ("拆塘还湖，生态修复，海南儋州——", also on the line under its title where headlines follow their texts).
		boolean bold = block.lines().stream().allMatch(Line::doubled);
		boolean leadsIntoTitle = block.size() <= 2 && text.endsWith("——");
		if ((bold || leadsIntoTitle) && !text.contains("。")) {
			return false;
		}
		long inner = innerPunctuation(text);
		// A headline says one thing: two sentences, or a clause longer than any title, are a deck or text.
		long sentences = text.codePoints().filter(c -> c == '。' || c == '！' || c == '？').count()
				+ (text.contains("……") ? 1 : 0);
		if (sentences >= 2 || text.contains("，") && text.replace(" ", "").length() >= TextTunable.MAX_TITLE_CHARS.intValue()) {
			return true;
		}
		if (block.size() >= 4 || text.contains("。") || inner >= 3 || (inner >= 2 && text.contains("，"))
				|| (block.size() >= 3 && text.contains("，"))) {
			return true;
		}
		// A text line that ends on a comma runs to the margin (or ends the block); a headline breaks short of it.
		double column = block.columnWidth();
		for (Line line : block.lines()) {
			double margin = column - SplitTuning.PARAGRAPH_INDENT - SplitTuning.INDENT_TOLERANCE;
			boolean filled = line == block.last()
					|| line.width() >= SplitTuning.MIN_TEXT_COLUMN && line.width() >= margin;
			if (Chars.isSentenceInner(Chars.last(line.text())) && filled) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A headline of two or three lines ending with a column tag ("本领强，/ 遇变才不慌（体坛观澜）"): a comma at a line's
	 * end proves nothing there, because no paragraph ends with a bracketed tag.
	 */
	static boolean endsWithColumnTag(Block block) {
		String end = block.size() > 1 && WRAPPED_TAG.matcher(block.last().text()).matches() ? block.joined()
				: block.last().text();
		return block.size() <= 3 && !block.joined().contains("。") && COLUMN_TAG.matcher(end).find();
	}

	/** A bold title line ending with its column tag: the title is complete. */
	static boolean isBoldColumnTitle(Line line) {
		return line.doubled() && BOLD_COLUMN_TAG.matcher(line.text()).find()
				&& line.text().codePoints().noneMatch(c -> c == '。' || c == '；');
	}

	/** A line opening with a dash ("——养老机构由低到高分为五级") under other lines, and no full stop: a title and subtitle. */
	private static boolean hasSubtitleLine(Block block) {
		return block.size() >= 2 && !block.joined().contains("。")
				&& block.lines().stream().skip(1).anyMatch(l -> l.text().startsWith("——"));
	}

	/** A title line ending with its column tag, with no sentence in it: "网络文艺令人刮目相看(艺海观澜)". */
	static boolean isColumnTitle(Line line) {
		return COLUMN_TAG.matcher(line.text()).find() && line.text().codePoints().noneMatch(c -> c == '。' || c == '；')
				&& !DatelineParser.startsWithDateline(line.text()) && !endsWithCredit(line.text());
	}

	/**
	 * Ends with a byline that names a role ("（记者 张洋）"). Brackets with names alone are read as a column tag here:
	 * "（今日谈·新春走基层）" parses as a foreign name too, and no byline of names alone follows a title.
	 */
	private static boolean endsWithCredit(String text) {
		return BylineParser.trailing(text)
			.map(found -> found.byline().credits().stream().anyMatch(c -> !c.role().isEmpty()))
			.orElse(false);
	}

	private static long innerPunctuation(String text) {
		return text.chars().filter(c -> c == '，' || c == '、' || c == '；' || c == '：').count();
	}

	/** The previous block stopped mid-sentence at the end of its column, so this one goes on with it. */
	private static boolean continuesSentence(Block block, Block prev, BlockKind prevKind) {
		if (prevKind != BlockKind.BODY || prev.last().closed()) {
			return false;
		}
		// A bold title closed by its column tag is complete ("改革要常讲常新（今日谈）"): no sentence ends in bold.
		if (block.size() <= 2 && block.lines().stream().allMatch(Line::doubled) && isBoldColumnTitle(block.last())) {
			return false;
		}
		double column = prev.columnWidth();
		// Text that goes on fills its first line (unless it ends there); a short line with no punctuation at all,
		// set narrower than the column, is a headline printed next to the broken-off text.
		boolean unpunctuated = block.joined().codePoints().noneMatch(c -> Chars.isCjkPunct(c) && c != '“' && c != '”');
		if (unpunctuated && block.size() > 1 && block.first().width() < SplitTuning.FILLED_SHARE * column) {
			return false;
		}
		return prev.last().fills(column) && block.first().width() <= column + SplitTuning.MAX_WIDTH_DRIFT;
	}

	/**
	 * A paragraph's opening lines that run on, mid-sentence, into the next block: they reach the column's width and
	 * either carry a comma, as headlines rarely do, or break inside a word.
	 */
	private static boolean wrapsIntoNext(Block block, Block next) {
		return next != null && hasBodyShape(next) && wrapsInto(block, next, false);
	}

	/** The widths body text is set at on this page: the columns of blocks of three lines or more. */
	private static List<Double> bodyColumns(List<Block> blocks, List<BlockKind> kinds) {
		List<Double> columns = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.BODY && blocks.get(i).size() >= 3) {
				columns.add(blocks.get(i).columnWidth());
			}
		}
		return columns;
	}

	/**
	 * Two lines, the first ending on a mark inside a sentence (，、；：) and the last on an ideograph, no full stop and
	 * no other mark inside ("堵塞香港国家安全法律漏洞，/ 确保“一国两制”行稳致远"): a two-part title's shape, and a
	 * paragraph's too when its comma stands at its column's margin ({@link #standsAlone} tells them apart).
	 */
	private static boolean isNarrowTitleShape(Block block) {
		String text = block.joined();
		return block.size() == 2 && Chars.isSentenceInner(Chars.last(block.first().text()))
				&& Chars.isIdeograph(Chars.last(block.last().text())) && !text.contains("。")
				&& innerPunctuation(text) <= 1 && !opensArticle(block);
	}

	/**
	 * Set at least MAX_WIDTH_DRIFT narrower than every column the page's text is set in (so its comma stands at no
	 * column's margin), after a finished paragraph or no text at all, and not gone on with by the block below: a
	 * title standing on its own.
	 */
	private static boolean standsAlone(List<Block> blocks, List<BlockKind> kinds, int at, List<Double> columns) {
		if (columns.isEmpty()) {
			return false;
		}
		double narrowest = columns.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
		if (blocks.get(at).columnWidth() > narrowest - SplitTuning.MAX_WIDTH_DRIFT) {
			return false;
		}
		boolean afterEnded = at == 0 || kinds.get(at - 1) != BlockKind.BODY || blocks.get(at - 1).last().closed();
		Block next = at + 1 < blocks.size() ? blocks.get(at + 1) : null;
		boolean goesOn = next != null && kinds.get(at + 1) == BlockKind.BODY && startsMidSentence(next.first().text());
		return afterEnded && !goesOn;
	}

	private static boolean onColumn(Block block, List<Double> columns) {
		return block.lines().stream().allMatch(l -> columns.stream().anyMatch(c -> Math.abs(l.width() - c) <= 1));
	}

	/**
	 * One unfinished line between two blocks of text set at its own width: a paragraph's first line cut off by a
	 * column break, not a headline, which would be set wider or narrower than the text around it.
	 */
	private static boolean sitsInColumn(Block block, Block prev, Block next) {
		if (block.size() != 1 || block.last().closed() || prev.size() < 2 || next.size() < 2) {
			return false;
		}
		double width = block.first().width();
		return Math.abs(width - prev.columnWidth()) <= 1 && Math.abs(width - next.columnWidth()) <= 1;
	}

	/**
	 * A paragraph's first line is indented two characters, so it falls short of the column by exactly that much;
	 * cut off by a column break ("网络文艺精品化还体现在作品文化 // 层次越来越丰富，…") it is that line, not a headline,
	 * whose width has nothing to do with the column of the text after it.
	 */
	static boolean indentedOpening(Block block, Block next) {
		if (block.size() != 1 || next.size() < 2 || block.first().closed() || block.first().doubled()
				|| endsWithColumnTag(block) || opensArticle(next) || !hasBodyShape(next)) {
			return false;
		}
		double target = next.columnWidth() - SplitTuning.PARAGRAPH_INDENT;
		// Quotation marks and Latin letters are set anywhere from half a cell to a full one.
		String text = block.first().text();
		double narrow = block.first().width();
		double wide = narrow + text.chars().filter(c -> c < 0x2E80 && !Character.isDigit(c)).count() * 0.5;
		return target >= narrow - SplitTuning.INDENT_TOLERANCE && target <= wide + SplitTuning.INDENT_TOLERANCE;
	}

	private static boolean wrapsInto(Block block, Block next, boolean onBodyColumn) {
		if (opensArticle(next) || block.last().closed() || block.lines().stream().allMatch(Line::doubled)) {
			return false;
		}
		// A one-line block says nothing of the column width; then the block's own lines must.
		double column = next.size() >= 2 ? next.columnWidth()
				: block.size() >= 2 ? block.columnWidth() : Math.max(block.last().width(), next.first().width());
		// Every line of a paragraph opening that runs on was filled to the margin, the last one too; the first may be
		// indented.
		for (Line line : block.lines()) {
			double indent = line == block.first() ? SplitTuning.PARAGRAPH_INDENT : 0;
			if (line.width() < SplitTuning.FILLED_SHARE * column - indent
					|| line.width() > column + SplitTuning.MAX_WIDTH_DRIFT) {
				return false;
			}
		}
		String text = block.joined();
		boolean runsOn = startsMidSentence(next.first().text()) || WordBreaks.insideWord(text, next.first().text());
		// Widths measured on the block itself prove little: then the break itself must show the text runs on.
		boolean columnKnown = next.size() >= 2 || block.size() == 1 || onBodyColumn;
		return runsOn || (columnKnown && (text.contains("，") || text.contains("、")));
	}

	/** Text that closes a quotation or bracket it never opened, or starts with a comma, began earlier. */
	static boolean startsMidSentence(String text) {
		if (!text.isEmpty() && "，。、；：！？”’）》」".indexOf(text.charAt(0)) >= 0) {
			return true;
		}
		for (int i = 0; i < Math.min(text.length(), 12); i++) {
			char c = text.charAt(i);
			if ("“‘（《「".indexOf(c) >= 0) {
				return false;
			}
			if ("”’）》」".indexOf(c) >= 0) {
				return true;
			}
		}
		return false;
	}

	static boolean opensArticle(Block block) {
		String first = block.first().text();
		// A narrow column breaks a dateline over two lines ("据新华社努尔苏丹1月6 / 日电").
		String head = block.size() > 1 ? first + block.lines().get(1).text() : first;
		return DatelineParser.startsWithDateline(head) || BylineParser.leading(first).isPresent()
				|| BylineParser.ownLine(first).isPresent();
	}

	/** Bold (doubled), numbered, or two or three short phrases side by side ("精准对接 招商引资提速进位"). */
	private static boolean looksLikeSubheading(Block block) {
		if (block.size() != 1) {
			return false;
		}
		Line line = block.first();
		String[] phrases = line.text().split(" ");
		boolean shortPhrases = phrases.length >= 2 && phrases.length <= 3 && line.width() <= SplitTuning.PHRASE_PAIR_MAX_WIDTH
				&& Arrays.stream(phrases).allMatch(p -> p.length() >= 2 && p.length() <= SplitTuning.PHRASE_PAIR_MAX_CHARS);
		return line.doubled() || ENUMERATED.matcher(line.text()).find() || shortPhrases;
	}

	/** A lone two- or three-character personal name after a paragraph: the author's signature. */
	private static boolean isLoneName(Block block) {
		if (block.size() != 1) {
			return false;
		}
		String s = block.first().text().replace(" ", "");
		return ChineseNames.isPersonalName(s);
	}

}
