package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Cuts the extracted text of one page into articles: lines → blocks → block kinds → article bodies → headlines
 * matched to bodies → dateline and byline read off each body.
 */
public final class PageSplitter {

	private final Set<String> knownReporters;

	public PageSplitter() {
		this(Set.of());
	}

	/** @param knownReporters reporters already in the archive, to settle how glued names divide */
	public PageSplitter(Set<String> knownReporters) {
		this.knownReporters = Set.copyOf(knownReporters);
	}

	/**
	 * Text longer than this (about five times the text of a full broadsheet page) is no single page; it is split in
	 * windows of at most this many characters cut at a blank line, each on its own, so the cost of splitting grows
	 * linearly with the size of the file instead of with its square.
	 */
	static final int WINDOW_CHARS = 30_000;

	public SplitPage split(String pageText) {
		pageText = DoubleSpacing.undouble(pageText);
		if (pageText.length() <= WINDOW_CHARS) {
			return splitWindow(pageText);
		}
		List<SplitArticle> articles = new ArrayList<>();
		List<String> banners = new ArrayList<>();
		for (String window : windows(pageText)) {
			SplitPage part = splitWindow(window);
			articles.addAll(part.articles());
			banners.addAll(part.banners());
		}
		return new SplitPage(articles, banners);
	}

	/** Cuts at the last blank line (else line break) before each window's end. */
	static List<String> windows(String text) {
		List<String> windows = new ArrayList<>();
		int start = 0;
		while (text.length() - start > WINDOW_CHARS) {
			int limit = start + WINDOW_CHARS;
			int cut = text.lastIndexOf("\n\n", limit);
			if (cut <= start + WINDOW_CHARS / 2) {
				cut = text.lastIndexOf('\n', limit);
			}
			if (cut <= start + WINDOW_CHARS / 2) {
				cut = limit;
			}
			windows.add(text.substring(start, cut));
			start = cut;
		}
		windows.add(text.substring(start));
		return windows;
	}

	/** One window, or with the benchmark a whole file split as one (the cost without windows). */
	SplitPage splitWindow(String pageText) {
		return trace(pageText).page();
	}

	/** Every step's result for one window, for {@link SplitExplainer}. */
	record Trace(List<Block> blocks, List<BlockKind> kinds, List<BodyChunk> chunks, HeadlineMatcher.Result result,
			SplitPage page) {
	}

	/**
	 * The page read as the profile says, and read again with a joint cut where no profile sets one
	 * ({@link JointCutTrial}).
	 */
	JointCutTrial.Reading read(String pageText) {
		return JointCutTrial.read(() -> readOnce(pageText));
	}

	Trace trace(String pageText) {
		return read(pageText).trace();
	}

	private Trace readOnce(String pageText) {
		List<Block> blocks = PageReader.read(pageText);
		List<BlockKind> kinds = BlockClassifier.classify(blocks);
		List<HeadlineMatcher.Unit> units = new ArrayList<>();
		List<BodyChunk> chunks = gather(blocks, kinds, units);
		HeadlineMatcher.Result result = BodyRefiner.refine(chunks, units);
		passBylinesOn(chunks, result);
		giveAuthorMarksToColumnPieces(chunks, result);
		List<Draft> drafts = new ArrayList<>();
		List<String> banners = new ArrayList<>();
		int c = 0;
		for (int i = 0; i < blocks.size(); i++) {
			// Articles in the order their text begins on the page, photo items among them.
			for (; c < chunks.size() && chunks.get(c).firstBlock <= i; c++) {
				BodyChunk chunk = chunks.get(c);
				HeadlineMatcher.Match match = result.matches().get(c);
				SplitArticle article = ArticleReader.read(chunk, match, knownReporters);
				List<SplitArticle> briefs = Briefs.of(article);
				if (!briefs.isEmpty()) {
					// A column of briefs under its label: the label is the page's, each brief an article of its own.
					if (!article.headline().isEmpty()) {
						banners.add(article.headline().main());
					}
					briefs.forEach(b -> drafts.add(new Draft(b, List.of(b.body().split("\n")), null, false)));
				}
				else if (isTeaser(article)) {
					banners.add(article.body().replace("\n", ""));
				}
				else {
					drafts.add(new Draft(article, List.of(article.body().split("\n")), match, chunk.continuedElsewhere));
				}
			}
			if (kinds.get(i) == BlockKind.CAPTION) {
				Optional<SplitArticle> caption = PhotoCaption.read(blocks.get(i));
				Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
				if (caption.isPresent() && caption.get().body().isBlank() && last != null && isCaptionText(last.article())) {
					// A credit on a line of its own closes the caption printed right before it.
					caption = PhotoCaption.read(last.article().body() + caption.get().byline());
					if (caption.isPresent()) {
						drafts.remove(drafts.size() - 1);
					}
				}
				caption.ifPresent(a -> drafts.add(new Draft(a, List.of(a.body()), null, false)));
			}
		}
		List<SplitArticle> articles = assess(drafts, ArticleSignals.PageContext.of(result, chunks));
		for (int i = 0; i < blocks.size(); i++) {
			if (kinds.get(i) == BlockKind.BANNER) {
				banners.add(blocks.get(i).text(" "));
			}
		}
		result.banners().forEach(u -> banners.add(u.block().text(" ")));
		return new Trace(blocks, kinds, chunks, result, new SplitPage(articles, banners));
	}

	/** An article as read, before its confidence is weighed against the rest of the page. */
	private record Draft(SplitArticle article, List<String> paragraphs, HeadlineMatcher.Match match,
			boolean continued) {
	}

	/** Each article's signals, read against the page's other articles, weighed into its confidence. */
	private static List<SplitArticle> assess(List<Draft> drafts, ArticleSignals.PageContext page) {
		List<BigramSet> grams = drafts.stream().map(d -> Bigrams.of(d.article().body())).toList();
		double median = medianOfHeaded(drafts, d -> d.article().body().length());
		double medianParagraphs = medianOfHeaded(drafts, d -> d.paragraphs().size());
		List<BigramCounts> counts = drafts.stream().map(d -> Bigrams.counts(d.article().body())).toList();
		List<SplitArticle> articles = new ArrayList<>();
		for (int d = 0; d < drafts.size(); d++) {
			List<BigramSet> others = new ArrayList<>(grams);
			others.remove(d);
			Draft draft = drafts.get(d);
			SplitArticle assessed = draft.article().assessed(ArticleSignals.of(draft.article(), draft.paragraphs(),
					draft.match(), others, median, medianParagraphs, draft.continued(), page, neighbourLikeness(counts, d)));
			articles.add(neighbourTitleElsewhere(draft.match(), page.result()) ? assessed.doubted(Doubts.NEIGHBOUR_TITLE_ELSEWHERE)
					: assessed);
		}
		return articles;
	}

	/**
	 * A headline block printed right by one of this article's went to another article whose text shares no word with
	 * it (under NEIGHBOUR_TITLE_OWN_FIT of its bigrams), yet shares words with this one's text: this headline may be
	 * missing a part (a subtitle, a second title line) given away. Where all of a page's headlines stand together, a headline beside another article's is no sign by
	 * itself: its own text shares at least a word with it.
	 */
	private static boolean neighbourTitleElsewhere(HeadlineMatcher.Match match, HeadlineMatcher.Result result) {
		if (match == null || match.primary() == null) {
			return false;
		}
		int mine = result.matches().indexOf(match);
		List<HeadlineMatcher.Unit> units = result.units();
		for (int u = 0; u < units.size(); u++) {
			int theirs = result.chunkOf()[u];
			if (theirs < 0 || theirs == mine) {
				continue;
			}
			HeadlineMatcher.Unit unit = units.get(u);
			boolean beside = match.units().stream().anyMatch(m -> m.group() == unit.group()
					&& Math.abs(m.block().index() - unit.block().index()) == 1);
			if (beside && result.coverage()[u][theirs] < SplitTuning.NEIGHBOUR_TITLE_OWN_FIT
					&& result.coverage()[u][mine] >= result.coverage()[u][theirs] + SplitTuning.NEIGHBOUR_TITLE_MARGIN) {
				return true;
			}
		}
		return false;
	}

	/** The median of a measure over the drafts that got a headline (1 when none did). */
	private static double medianOfHeaded(List<Draft> drafts, ToDoubleFunction<Draft> measure) {
		double[] values = drafts.stream().filter(d -> d.match() != null).mapToDouble(measure).sorted().toArray();
		return values.length == 0 ? 1 : values[values.length / 2];
	}

	/** How much more a text's wording is like the texts printed right beside it than like the page's on average. */
	private static double neighbourLikeness(List<BigramCounts> counts, int d) {
		double beside = 0;
		double average = 0;
		for (int n = 0; n < counts.size(); n++) {
			if (n == d) {
				continue;
			}
			double likeness = Bigrams.cosine(counts.get(d), counts.get(n));
			if (Math.abs(n - d) == 1) {
				beside = Math.max(beside, likeness);
			}
			average += likeness / (counts.size() - 1);
		}
		return beside - average;
	}

	/** Text with no headline, dateline or byline, as short as a caption: what a credit alone under it closes. */
	private static boolean isCaptionText(SplitArticle article) {
		return article.headline().isEmpty() && article.dateline() == null && article.reporters().isEmpty()
				&& !article.photoCredit() && article.body().length() <= SplitTuning.CAPTION_MAX_CHARS;
	}

	/**
	 * A few words with no headline, no dateline, no byline and no full stop ("10月16日出版的第20期《求是》杂志发表…：
	 * 《…》") announce something printed elsewhere; they are kept with the banners, not made an article.
	 */
	private static boolean isTeaser(SplitArticle article) {
		return article.headline().isEmpty() && article.dateline() == null && article.reporters().isEmpty()
				&& article.body().length() < SplitTuning.TEASER_LENGTH && !article.body().contains("。");
	}

	/** Walks the blocks in print order and opens a new body wherever an article evidently begins. */
	private static List<BodyChunk> gather(List<Block> blocks, List<BlockKind> kinds, List<HeadlineMatcher.Unit> units) {
		List<BodyChunk> chunks = new ArrayList<>();
		BodyChunk current = null;
		Byline pendingAuthor = null;
		int group = 0;
		BlockKind previous = null;
		boolean signedPage = BlockClassifier.isSignedPage(blocks, kinds);
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			BlockKind kind = kinds.get(i);
			switch (kind) {
				case BODY -> {
					// A dateline (and byline) standing alone is the head of the text that follows, whatever it opens with.
					// On a page of signed pieces a piece ends at its title and author, not where its columns widen.
					boolean continues = current != null && (current.midSentence() || onlyDateline(current));
					boolean strong = current == null || previous != BlockKind.BODY && previous != BlockKind.SUBHEADING
							|| current.trailingAuthor != null || current.trailingDateline != null || current.continuedElsewhere
							|| ((!continues || DatelineParser.startsWithOwnDateline(block.first().text()))
									&& BlockClassifier.opensArticle(block))
							|| (!continues && endsWithByline(current))
							|| (!continues && !signedPage && i > 0 && otherColumn(blocks.get(i - 1), block));
					if (strong) {
						current = new BodyChunk(i, BlockClassifier.opensArticle(block) || pendingAuthor != null);
						chunks.add(current);
						current.leadingAuthor = pendingAuthor;
						pendingAuthor = null;
					}
					current.add(block);
				}
				case SUBHEADING -> {
					if (current != null) {
						current.addParagraph(block.text(" "), i);
					}
				}
				case HEADLINE -> {
					if (previous != BlockKind.HEADLINE) {
						group++;
					}
					HeadlineMatcher.Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
					// A kicker ("…时强调") with no headline below it to lead into was printed after its main title.
					boolean kickerAfterMain = HeadlineShapes.leadsOn(block.last().text())
							&& (i + 1 == blocks.size() || kinds.get(i + 1) != BlockKind.HEADLINE);
					// On a page of signed pieces the author's name closes a title: the blocks set above it are one title.
					boolean signedTogether = signedPage && i + 1 < blocks.size() && kinds.get(i + 1) == BlockKind.LEADING_AUTHOR;
					if (previous == BlockKind.HEADLINE && last != null
							&& (HeadlineShapes.bindsTo(last.block(), block) || kickerAfterMain || signedTogether)) {
						units.set(units.size() - 1, last.joinedWith(block));
					}
					else {
						units.add(new HeadlineMatcher.Unit(block, group));
					}
				}
				case LEADING_AUTHOR -> {
					String line = block.first().text();
					Byline byline = BylineParser.ownLine(line).or(() -> BylineParser.namesAlone(line)).orElse(null);
					Block below = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
					boolean aboveText = belongsToTextBelow(line, below, below == null ? null : kinds.get(i + 1),
							previous == BlockKind.HEADLINE ? current : null);
					if (!aboveText && previous == BlockKind.HEADLINE && !units.isEmpty()) {
						units.get(units.size() - 1).bylines().add(byline);
					}
					else {
						pendingAuthor = byline;
					}
				}
				case TRAILING_DATELINE -> {
					if (current != null) {
						current.trailingDateline = DatelineParser.trailing(block.joined()).orElseThrow().text();
					}
				}
				case TRAILING_AUTHOR -> {
					if (current != null) {
						String line = block.first().text();
						current.trailingAuthor = BylineParser.trailing(line).map(BylineParser.Found::byline)
							.orElse(new Byline(line, List.of(new Credit(line.replace(" ", ""), "")), false));
					}
				}
				case JUMP -> {
					if (current != null) {
						current.continuedElsewhere = true;
					}
				}
				case CAPTION -> {
				}
				case BANNER -> {
				}
			}
			if (kind != BlockKind.CAPTION) {
				previous = kind;
			}
		}
		return chunks;
	}

	/**
	 * Where headlines follow their bodies, a byline printed under a headline, right above a text that opens with a
	 * dateline and names no reporter anywhere (nor under its own headline), is that text's: the headline's own article has ended above it. Known only once
	 * headlines are matched, so it is settled here rather than while gathering.
	 */
	private static void passBylinesOn(List<BodyChunk> chunks, HeadlineMatcher.Result result) {
		for (int u = 0; u < result.units().size(); u++) {
			HeadlineMatcher.Unit unit = result.units().get(u);
			int own = result.chunkOf()[u];
			if (unit.bylines().size() != 1 || own < 0 || chunks.get(own).lastBlock > unit.block().index()) {
				continue;
			}
			BodyChunk below = chunks.stream().filter(c -> c.firstBlock > unit.block().index()).findFirst().orElse(null);
			Byline byline = unit.bylines().get(0);
			boolean namesOwn = below != null && result.matches().get(chunks.indexOf(below)).units().stream()
				.anyMatch(h -> !h.bylines().isEmpty());
			if (below == null || namesOwn || below.leadingAuthor != null || below.trailingAuthor != null
					|| endsWithByline(below)
					|| !below.openedByDateline || below.firstBlock > unit.block().index() + 2
					|| datelineWithByline(below.firstParagraphSoFar())
					|| otherDesk(byline.raw(), below.firstParagraphSoFar())) {
				continue;
			}
			below.leadingAuthor = byline;
			unit.bylines().clear();
		}
	}

	/**
	 * An author mark ("□ 李志明") printed between a headline and a text signs a column piece, a text whose title ends
	 * with its column's tag ("…（有的放矢）"). Where headlines follow their bodies, the headline above may close one
	 * article and the text below open another: when exactly one of the two is a column piece and names nobody, the
	 * mark is that one's. Known only once headlines are matched.
	 */
	private static void giveAuthorMarksToColumnPieces(List<BodyChunk> chunks, HeadlineMatcher.Result result) {
		for (int u = 0; u < result.units().size(); u++) {
			HeadlineMatcher.Unit unit = result.units().get(u);
			int above = result.chunkOf()[u];
			// the text that opens right under the mark, itself the block right under the headline
			int below = chunkOpeningAt(chunks, unit.block().index() + 2);
			if (above < 0 || below < 0 || above == below) {
				continue;
			}
			BodyChunk text = chunks.get(below);
			if (unit.bylines().size() == 1 && BylineParser.isBoxAuthor(unit.bylines().get(0).raw())
					&& !isColumnPiece(result, above) && isColumnPiece(result, below) && namesNobody(chunks, result, below)) {
				text.leadingAuthor = unit.bylines().remove(0);
			}
			else if (unit.bylines().isEmpty() && text.leadingAuthor != null
					&& BylineParser.isBoxAuthor(text.leadingAuthor.raw()) && isColumnPiece(result, above)
					&& !isColumnPiece(result, below) && namesNobody(chunks, result, above)) {
				unit.bylines().add(text.leadingAuthor);
				text.leadingAuthor = null;
			}
		}
	}

	private static boolean isColumnPiece(HeadlineMatcher.Result result, int chunk) {
		return result.matches().get(chunk).units().stream().anyMatch(h -> BlockClassifier.isColumnTitle(h.block().last()));
	}

	private static int chunkOpeningAt(List<BodyChunk> chunks, int block) {
		for (int c = 0; c < chunks.size(); c++) {
			if (chunks.get(c).firstBlock == block) {
				return c;
			}
		}
		return -1;
	}

	private static boolean namesNobody(List<BodyChunk> chunks, HeadlineMatcher.Result result, int index) {
		BodyChunk chunk = chunks.get(index);
		return chunk.leadingAuthor == null && chunk.trailingAuthor == null && !endsWithByline(chunk)
				&& !datelineWithByline(chunk.firstParagraphSoFar())
				&& result.matches().get(index).units().stream().allMatch(h -> h.bylines().isEmpty());
	}

	/**
	 * Whether a byline on a line of its own goes with the text below it rather than the headline above. One printed
	 * right above text is that text's, one set apart under a headline the headline's, but never a reporter of another
	 * desk's ({@link #otherDesk}); and an article names its reporters once, so when exactly one of the two articles
	 * (the one whose body {@code aboveBody} is, printed before the headline, and the text below) names none yet, the
	 * byline is that one's.
	 */
	private static boolean belongsToTextBelow(String byline, Block below, BlockKind belowKind, BodyChunk aboveBody) {
		if (below == null || belowKind == BlockKind.LEADING_AUTHOR) {
			// the text below has a byline of its own right above it
			return false;
		}
		boolean aboveText = below.joinedAbove() && belowKind != BlockKind.HEADLINE
				&& !otherDesk(byline, below.first().text());
		if (aboveBody == null) {
			return aboveText;
		}
		boolean textHasOne = datelineWithByline(below.joined());
		boolean aboveHasOne = aboveBody.leadingAuthor != null || aboveBody.trailingAuthor != null
				|| datelineWithByline(aboveBody.firstParagraphSoFar()) || endsWithByline(aboveBody);
		return textHasOne != aboveHasOne ? aboveHasOne : aboveText;
	}

	/**
	 * The paper's own reporter ("本报记者 X") files no agency dispatch ("新华社…电", "据新华社…电"), and an agency
	 * reporter ("新华社记者 X") none of the paper's own ("本报…电"): such a byline is not the text's below it.
	 */
	static boolean otherDesk(String byline, String textBelow) {
		String b = byline.replace(" ", "");
		String text = textBelow.replace(" ", "");
		boolean dated = DatelineParser.startsWithDateline(text);
		boolean agencyText = dated && (text.startsWith("新华社") || text.startsWith("据新华社"));
		boolean paperText = dated && text.startsWith("本报");
		return b.startsWith("本报记者") && agencyText || b.startsWith("新华社记者") && paperText;
	}

	/** Text that opens with a dateline and a byline: "本报广州2月25日电（记者贺林平）…". */
	private static boolean datelineWithByline(String text) {
		return DatelineParser.parse(text).flatMap(d -> BylineParser.leading(d.rest())).isPresent();
	}

	private static boolean onlyDateline(BodyChunk chunk) {
		String text = chunk.text();
		String rest = DatelineParser.parse(text).map(DatelineParser.Dateline::rest).orElse(null);
		if (rest == null) {
			return false;
		}
		return rest.isBlank() || BylineParser.leading(rest).map(f -> f.rest().isBlank()).orElse(false);
	}

	/**
	 * Text set at another column width, after a finished paragraph, is another article's: an article keeps its
	 * column width, and one that goes on in another module goes on mid-sentence.
	 */
	private static boolean otherColumn(Block before, Block block) {
		if (block.size() < SplitTuning.STRAY_MIN_BLOCK_LINES || before.size() < SplitTuning.STRAY_MIN_BLOCK_LINES) {
			return false;
		}
		double here = block.columnWidth();
		double there = before.columnWidth();
		double diff = Math.abs(here - there);
		return diff >= SplitTuning.OTHER_COLUMN_MIN_CELLS && diff >= SplitTuning.OTHER_COLUMN_SHARE * Math.min(here, there);
	}

	/** The last paragraph ends with a byline, and is more than a dateline with its byline. */
	private static boolean endsWithByline(BodyChunk chunk) {
		String last = chunk.lastParagraphSoFar();
		String rest = DatelineParser.parse(last).map(DatelineParser.Dateline::rest).orElse(last);
		return BylineParser.trailing(rest).map(found -> !found.rest().isBlank()).orElse(false);
	}

}
