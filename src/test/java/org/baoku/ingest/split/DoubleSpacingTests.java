package org.baoku.ingest.split;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tika's double-spaced page text (a blank line after nearly every printed line) read as the single-spaced kind. */
class DoubleSpacingTests {

	/** A page of signed pieces as Tika prints it: every line alone, a title and its author set close after the text. */
	private static final List<String> PAGE = List.of(
			"77 理论理论2018年 1月 2日 星期二",
			"习近平同志在党的十九大报告",
			"中指出：“经过长期努力，中国特色",
			"社会主义进入了新时代，这是我国",
			"发展新的历史方位。”这一重大政治",
			"判断，赋予党的奋斗主题、目标任",
			"务、价值追求、历史使命和世界担当",
			"以新的时代内涵。",
			"新时代的鲜明主题",
			"中国特色社会主义新时代，是",
			"承前启后、继往开来、在新的历史条",
			"件下继续夺取中国特色社会主义伟",
			"大胜利的时代。进入新时代，我国发",
			"展的历史方位变了，社会主要矛盾变",
			"了，但基本国情没有变，我国是世界",
			"最大发展中国家的国际地位没有变。",
			"（作者为中央党校习近平新时",
			"代中国特色社会主义思想研究中心",
			"研究员）",
			"新时代新时代：：发展新方位发展新方位\n陈曙光",
			"中国特色社会主义进入新时",
			"代，这是我国发展新的历史方位，也",
			"是我们奋进新的历史坐标。党员、干",
			"部必须带头学习掌握新思想，真抓实",
			"干增长新本领，开拓创新展现新作为。",
			"时代是思想之母。党的十九大的一",
			"个重大历史贡献，就是把新思想确立",
			"为我们党必须长期坚持的指导思想。",
			"意\n气\n风\n发\n走\n进\n新\n时\n代",
			"欧\n阳\n辉");

	private static String doubleSpaced() {
		return PAGE.stream().collect(Collectors.joining("\n\n", "", "\n"));
	}

	@Test
	void paragraphsRunOnAndHeadingsTitlesAuthorsAndNotesStandApart() {
		String text = DoubleSpacing.undouble(doubleSpaced());
		assertThat(text).startsWith("77 理论理论2018年 1月 2日 星期二\n\n习近平同志在党的十九大报告\n中指出");
		assertThat(text).contains("以新的时代内涵。\n\n新时代的鲜明主题\n\n中国特色社会主义新时代，是\n承前启后");
		assertThat(text).contains("国际地位没有变。\n\n（作者为中央党校习近平新时\n代中国特色社会主义思想研究中心\n研究员）\n\n");
		assertThat(text).contains("\n\n新时代新时代：：发展新方位发展新方位\n\n陈曙光\n\n中国特色社会主义进入新时\n代，");
		assertThat(text).contains("\n\n意气风发走进新时代\n\n欧阳辉\n");
	}

	@Test
	void aSubtitleWhoseQuotationTheExtractorBrokeWithABlankLineStaysWithItsTitleAndAuthor() {
		List<String> page = new java.util.ArrayList<>(PAGE.subList(0, 19));
		page.add("让理论之光照亮前路\n——“新时代理论创新与实践");
		page.add("学术研讨会”述要\n洪建国");
		page.addAll(PAGE.subList(20, PAGE.size()));
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("\n\n让理论之光照亮前路\n——“新时代理论创新与实践学术研讨会”述要\n\n洪建国\n\n");
	}

	@Test
	void aHeadingWrappedOverShortLinesIsOneLineAndStaysASubheadingOfItsPiece() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.add(25, "贯 彻 新 思 想 ：用\n习近平新时代中国特色\n社会主义思想武装头\n脑、指导实践");
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("\n\n贯 彻 新 思 想 ：用习近平新时代中国特色社会主义思想武装头脑、指导实践\n\n");
		List<SplitArticle> articles = new PageSplitter().split(page.stream().collect(Collectors.joining("\n\n", "", "\n")))
			.articles();
		assertThat(articles).hasSize(2);
		assertThat(articles.get(1).body()).contains("\n贯彻新思想：用习近平新时代中国特色社会主义思想武装头脑、指导实践\n");
	}

	@Test
	void aNameSetTopToBottomOneCharacterBetweenBlankLinesIsOneName() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.set(page.size() - 1, "欧");
		page.add("阳");
		page.add("辉");
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("\n\n意气风发走进新时代\n\n欧阳辉\n");
	}

	@Test
	void anAuthorsNoteSetInShortLinesRunsOnToItsClosingBracket() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.subList(16, 19).clear();
		page.addAll(16, List.of("（作者单位：", "中央党校经济学", "部）"));
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("国际地位没有变。\n\n（作者单位：\n中央党校经济学\n部）\n\n");
	}

	@Test
	void onAPageOfSignedPiecesTheTitlesAboveAnAuthorAreOneTitleAndAnUnsignedTitleAfterTheLastIsTheColumnLabel() {
		List<String> page = new java.util.ArrayList<>(PAGE.subList(0, PAGE.size() - 2));
		page.addAll(List.of("坚持以人民为中心", "意气风发走进新时代", "欧阳辉", "认真学习宣传贯彻党的十九大精神"));
		// The label's words are in a piece's text, as they are on such pages.
		page.addAll(8, List.of("我们一定要认真学习宣传贯彻党", "的十九大精神，保持高度自信和战略定", "力，继续把事业成功推向前进。"));
		SplitPage split = new PageSplitter().split(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(split.articles()).hasSize(2);
		Headline second = split.articles().get(1).headline();
		assertThat(java.util.stream.Stream.of(second.kicker(), second.main(), second.subtitle())
			.filter(java.util.Objects::nonNull).collect(Collectors.joining()).replace(" ", ""))
			.isEqualTo("坚持以人民为中心意气风发走进新时代");
		assertThat(split.articles().get(1).reporterNames()).containsExactly("欧阳辉");
		assertThat(split.banners()).contains("认真学习宣传贯彻党的十九大精神");
	}

	@Test
	void onAPageOfSignedPiecesAPieceWhoseLastColumnsAreSetWiderStaysOnePiece() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.addAll(16, List.of("中国特色社会主义新时代，是全面建成小康社会、进而", "全面建设社会主义现代化强国的时代，是全国各族人民",
				"团结奋斗、不断创造美好生活、逐步实现全体人民共同", "富裕的时代。这是新时代的鲜明主题，也是我们的目标。",
				"进入新时代，我们要不忘初心、牢记使命，高举中国特", "色社会主义伟大旗帜，决胜全面建成小康社会，夺取",
				"新时代中国特色社会主义伟大胜利，为实现中华民族伟", "大复兴的中国梦不懈奋斗。"));
		List<SplitArticle> articles = new PageSplitter().split(page.stream().collect(Collectors.joining("\n\n", "", "\n")))
			.articles();
		assertThat(articles).hasSize(2);
		assertThat(articles.get(0).body()).contains("国际地位没有变。\n中国特色社会主义新时代，是全面建成小康社会")
			.endsWith("研究员）");
	}

	@Test
	void aBoldAuthorLineExtractedTwiceStandsApartFromItsTitle() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.set(19, "新时代新时代：：发展新方位发展新方位\n陈曙光陈曙光");
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("\n\n新时代新时代：：发展新方位发展新方位\n\n陈曙光陈曙光\n\n");
	}

	private static String doubleSpaced(List<String> page) {
		return page.stream().collect(Collectors.joining("\n\n", "", "\n"));
	}

	/** The page split, checked to be the two signed pieces under their titles. */
	private static List<SplitArticle> theTwoPieces(List<String> page) {
		List<SplitArticle> articles = new PageSplitter().split(doubleSpaced(page)).articles();
		assertThat(articles).extracting(a -> a.headline().main()).containsExactly("新时代：发展新方位", "意气风发走进新时代");
		return articles;
	}

	@Test
	void anAuthorsNamePrintedLevelWithATextsFirstLineSignsTheTitleAndTheTextGoesOn() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		// Beside the title's author, on the same line, the first line of the text in the next column.
		page.set(19, "新时代新时代：：发展新方位发展新方位\n陈曙光 中国特色社会主义进入新时代，这是");
		page.set(20, "我国发展新的历史方位，也");
		page.remove(21);
		String text = DoubleSpacing.undouble(doubleSpaced(page));
		assertThat(text).contains("\n\n新时代新时代：：发展新方位发展新方位\n\n陈曙光\n\n中国特色社会主义进入新时代，这是\n我国发展");
		// Without a clause in it, the line under a title is no text's: it stays in the heading.
		List<String> heading = new java.util.ArrayList<>(page);
		heading.set(19, "新时代新时代：：发展新方位发展新方位\n陈曙光 中国特色社会主义进入新时代");
		assertThat(DoubleSpacing.undouble(doubleSpaced(heading))).doesNotContain("\n\n陈曙光\n\n");
		// Two lines of text the extractor set close, the first as wide as the column: a common word is no name.
		List<String> body = new java.util.ArrayList<>(PAGE);
		body.set(21, "是我们奋进新的历史坐标党员干部必\n和平 发展继续向前，伟大事业必将");
		assertThat(DoubleSpacing.undouble(doubleSpaced(body))).doesNotContain("\n\n和平\n\n");
		List<SplitArticle> articles = theTwoPieces(page);
		assertThat(articles.get(0).reporters()).extracting(Credit::name).containsExactly("陈曙光");
		assertThat(articles.get(1).body()).startsWith("中国特色社会主义进入新时代，这是我国");
	}

	@Test
	void anAuthorsNameSetCloseAboveATextsFirstLineUnderATitleSignsTheTitle() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.set(19, "新时代：发展新方位\n——学习党的十九大报告");
		page.set(20, "陈曙光\n中国特色社会主义进入新时");
		String text = DoubleSpacing.undouble(doubleSpaced(page));
		assertThat(text).contains("\n\n陈曙光\n\n中国特色社会主义进入新时\n代，");
		List<SplitArticle> articles = theTwoPieces(page);
		assertThat(articles.get(0).reporters()).extracting(Credit::name).containsExactly("陈曙光");
		// Not under a title, a name over a line of text is left to the other rules: the first piece's text is here
		// preceded by the masthead, not a title.
		page.set(1, "欧阳辉\n习近平同志在党的十九大报告");
		assertThat(DoubleSpacing.undouble(doubleSpaced(page))).doesNotContain("\n\n欧阳辉\n\n习近平");
		// Under a title without its subtitle, the line under a name may be the title's own (a speaker over a speech).
		page.set(19, "新时代：发展新方位");
		page.set(20, "陈曙光\n在全国政协新年茶话会上的讲话");
		assertThat(DoubleSpacing.undouble(doubleSpaced(page))).doesNotContain("\n\n陈曙光\n\n");
	}

	@Test
	void aParagraphOpeningInShortLetterSpacedLinesBesideAnInsetIsTextNotAHeading() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.addAll(28, List.of("当 前 ，我 国 发", "展 的 历 史 方", "位 变 了 ，社 会", "主要矛盾变了，但基本国情没有变。"));
		String text = DoubleSpacing.undouble(doubleSpaced(page));
		assertThat(text).contains("指导思想。\n\n当 前 ，我 国 发\n展 的 历 史 方\n位 变 了 ，社 会\n主要矛盾变了");
		List<SplitArticle> articles = theTwoPieces(page);
		assertThat(articles.get(1).body()).endsWith("当前，我国发展的历史方位变了，社会主要矛盾变了，但基本国情没有变。");
		// Short lines with no clause carried on (a heading's words) are still read as a heading.
		page.subList(28, 32).clear();
		page.addAll(28, List.of("发展的历史方位", "社会主要矛盾", "主要矛盾变了，但基本国情没有变。"));
		assertThat(DoubleSpacing.undouble(doubleSpaced(page))).contains("指导思想。\n\n发展的历史方位\n\n");
		// Nor is a subheading of two lines with a comma in it, nor such lines when they are not spread out.
		page.subList(28, 31).clear();
		page.addAll(28, List.of("坚持改革，推进", "高质量发展", "主要矛盾变了，但基本国情没有变。"));
		assertThat(DoubleSpacing.undouble(doubleSpaced(page))).contains("指导思想。\n\n坚持改革，推进\n\n高质量发展\n\n");
		page.subList(28, 31).clear();
		page.addAll(28, List.of("当前，我国发", "展的历史方", "位变了，社会", "主要矛盾变了，但基本国情没有变。"));
		assertThat(DoubleSpacing.undouble(doubleSpaced(page))).doesNotContain("当前，我国发\n展的历史方");
	}

	@Test
	void aLetterSpacedAuthorsNoteEndsItsPieceAsAnyNoteDoes() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.set(16, "（作 者 为 中 央 党 校 习 近 平 新 时");
		page.set(18, "研究员）");
		page.add(19, "永葆共产党人政治本色");
		String text = DoubleSpacing.undouble(doubleSpaced(page));
		assertThat(text).contains("国际地位没有变。\n\n（作 者 为 中 央 党 校 习 近 平 新 时\n代中国特色社会主义思想研究中心\n研究员）\n\n");
	}

	@Test
	void aLineWithNoMarkBetweenAFinishedParagraphAndATitleSetCloseIsTheTitlesKicker() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.add(28, "奋力开创新时代的新局面");
		String text = DoubleSpacing.undouble(doubleSpaced(page));
		assertThat(text).contains("指导思想。\n\n奋力开创新时代的新局面\n\n意气风发走进新时代");
		List<SplitArticle> articles = new PageSplitter().split(doubleSpaced(page)).articles();
		assertThat(articles.get(1).body()).endsWith("为我们党必须长期坚持的指导思想。");
	}

	@Test
	void aSingleSpacedTextIsLeftAsItIs() {
		String single = String.join("\n", PAGE.subList(1, 9)) + "\n\n" + String.join("\n", PAGE.subList(9, 16)) + "\n";
		assertThat(DoubleSpacing.undouble(single)).isEqualTo(single);
	}

	@Test
	void theSplitterReadsTheDoubleSpacedPageAsPiecesWithTheirTitlesAndAuthors() {
		List<SplitArticle> articles = new PageSplitter().split(doubleSpaced()).articles();
		assertThat(articles).extracting(a -> a.headline().main())
			.containsExactly("新时代：发展新方位", "意气风发走进新时代");
		assertThat(articles).extracting(SplitArticle::reporterNames)
			.containsExactly(List.of("陈曙光"), List.of("欧阳辉"));
		// The subheading stays in the piece it heads; the author's note ends that piece.
		assertThat(articles.get(0).body()).startsWith("习近平同志在党的十九大报告中指出")
			.contains("\n新时代的鲜明主题\n")
			.endsWith("（作者为中央党校习近平新时代中国特色社会主义思想研究中心研究员）");
		assertThat(articles.get(1).body()).startsWith("中国特色社会主义进入新时代，这是我国");
	}

	@Test
	void textSetNarrowerAroundAnInsetRunsOnAndIsNoHeading() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		// Lines 10-11 stop mid-sentence at the margin; the text goes on in short lines beside a picture.
		page.subList(11, 13).clear();
		page.addAll(11, List.of("件下继续夺取中国特色社会主义伟大胜利", "的 时 代 。 进 入", "新 时 代 ，我 国",
				"发 展 的 历 史", "方位变了，社会主要矛盾变"));
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("伟大胜利\n的 时 代 。 进 入\n新 时 代 ，我 国\n发 展 的 历 史\n方位变了");
		List<SplitArticle> articles = new PageSplitter().split(page.stream().collect(Collectors.joining("\n\n", "", "\n")))
			.articles();
		assertThat(articles).extracting(a -> a.headline().main()).containsExactly("新时代：发展新方位", "意气风发走进新时代");
		assertThat(articles.get(0).body()).contains("伟大胜利的时代。进入新时代，我国发展的历史方位变了");
	}

	@Test
	void aTitleSetCloseOverItsSubtitleIsOneHeadingHoweverWideTheTitle() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.set(19, "加快构建新时代中国特色社会主义\n——“新时代理论创新与实践”述要");
		page.add(20, "陈曙光");
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("研究员）\n\n加快构建新时代中国特色社会主义\n——“新时代理论创新与实践”述要\n\n陈曙光\n\n");
	}

	@Test
	void aHeadingsLastLineThatReadsLikeAFourCharacterNameIsNoAuthor() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.set(8, "不忘初心走在\n时代前列");
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("\n\n不忘初心走在时代前列\n\n");
	}

	@Test
	void aShortLineOpeningAQuotationTheNextLineClosesIsTheQuotationsFirstLine() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.addAll(20, List.of("“时代是思想", "之母。”这一论述深刻揭示了理论"));
		String text = DoubleSpacing.undouble(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(text).contains("\n\n“时代是思想\n之母。”");
	}

	@Test
	void onAPageOfSignedPiecesAnUnsignedTitleBetweenOnePiecesAuthorAndTheNextTextIsTheColumnLabel() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.add(20, "学习宣传贯彻党的十九大精神推进新时代理论创新");
		SplitPage split = new PageSplitter().split(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(split.articles()).extracting(a -> a.headline().main())
			.containsExactly("新时代：发展新方位", "意气风发走进新时代");
		assertThat(split.banners()).contains("学习宣传贯彻党的十九大精神推进新时代理论创新");
	}

	@Test
	void aChartsSourceAndCreditAreNoArticleNorPartOfOne() {
		List<String> page = new java.util.ArrayList<>(PAGE);
		page.addAll(List.of("本版制图：张三", "数据来源数据来源：：《中国统计年鉴", "2017》。"));
		SplitPage split = new PageSplitter().split(page.stream().collect(Collectors.joining("\n\n", "", "\n")));
		assertThat(split.articles()).hasSize(2);
		assertThat(split.articles()).noneMatch(a -> a.body().contains("制图") || a.body().contains("来源"));
	}

}
