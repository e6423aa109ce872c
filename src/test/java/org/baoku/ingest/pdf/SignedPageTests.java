package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.split.Credit;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of signed commentaries as a 理论 page sets them: a big title with the author's name centred under it,
 * subheadings inside the columns, an author's note in another face closing the text, and a title set top to bottom
 * with the author's name beside it.
 */
class SignedPageTests {

	private static final String TEXT = "新时代中国特色社会主义思想是全党全国人民为实现中华民族伟大复兴而奋斗的行动指南必须长期坚持并不断发展";

	private static double paragraph(List<TextLine> lines, double left, double baseline, int count, int from) {
		return TestType.paragraph(lines, TEXT, left, baseline, count, from);
	}

	private static List<TextLine> page() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("新征程明确新目标谱写新篇章", 40, 60, 30, "BigHei"));
		lines.add(TestType.line("朱炳元", 210, 90, 11, "Kai"));
		double y = paragraph(lines, 30, 120, 6, 0);
		// A subheading in the column, set half again as big as the text and far smaller than the title.
		lines.add(TestType.line("明确新目标", 60, y + 16, 15, "Hei"));
		y = paragraph(lines, 30, y + 40, 6, 7);
		double right = paragraph(lines, 240, 120, 8, 3);
		right = paragraph(lines, 240, right, 5, 11);
		lines.add(TestType.line("（作者为北京大学教授）", 270, right, 10, "Hei"));
		// A title set top to bottom at the right, its author's name beside it, its text left of them.
		String vertical = "把握历史方位";
		for (int i = 0; i < vertical.length(); i++) {
			lines.add(TestType.line(vertical.substring(i, i + 1), 770, 150 + i * 34, 30, "Xbs"));
		}
		String author = "钱乘旦";
		for (int i = 0; i < author.length(); i++) {
			lines.add(TestType.line(author.substring(i, i + 1), 745, 250 + i * 12, 11, "Kai"));
		}
		double third = paragraph(lines, 520, 120, 9, 5);
		paragraph(lines, 520, third, 9, 13);
		return lines;
	}

	@Test
	void aSubheadingInsideAColumnAndTheAuthorsNoteStayInTheirArticle() {
		LayoutSplitter.Result result = LayoutSplitter.split(page(), List.of(), Set.of());
		List<SplitArticle> articles = result.articles();

		SplitArticle first = articles.stream()
			.filter(a -> a.headline().main().equals("新征程明确新目标谱写新篇章"))
			.findFirst()
			.orElseThrow();
		assertThat(first.reporterNames()).containsExactly("朱炳元");
		assertThat(first.body()).contains("\n明确新目标\n").endsWith("（作者为北京大学教授）");
		assertThat(articles).noneMatch(a -> a.headline().main().equals("明确新目标"));
		// Printed once: in its article, not again among what the page leaves out.
		assertThat(result.banners()).isEmpty();
		assertThat(first.doubts()).isEmpty();
	}

	@Test
	void anAuthorsNameFarUnderABigTitleWithNothingBetweenSignsItAndItsSectionsStayInIt() {
		List<TextLine> lines = new ArrayList<>();
		// A title set four ems high with its author's name three and a half ems under it (farther than text ever
		// stands under a headline), the columns below; a section heading in the second column.
		lines.add(TestType.line("新征程明确新目标谱写新篇章", 40, 60, 40, "BigHei"));
		lines.add(TestType.line("朱炳元", 240, 105, 11, "Kai"));
		double y = paragraph(lines, 30, 140, 9, 0);
		paragraph(lines, 30, y, 6, 9);
		lines.add(TestType.line("明确新目标", 270, 140, 15, "Hei"));
		paragraph(lines, 240, paragraph(lines, 240, 170, 8, 3), 6, 11);

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).extracting(a -> a.headline().main()).containsExactly("新征程明确新目标谱写新篇章");
		assertThat(articles.get(0).reporterNames()).containsExactly("朱炳元");
		assertThat(articles.get(0).body()).contains("\n明确新目标\n");
	}

	@Test
	void aCartoonsTitleAndItsCreditOnOneBaselineAreAnItemOfTheirOwn() {
		List<TextLine> lines = page();
		// Under a drawing in the third column: its title flush left, its credit flush right, in the text face.
		lines.add(TestType.line("消费升级", 520, 500, 10, "Song"));
		lines.add(TestType.line("翟桂溪作（新华社发）", 620, 500, 10, "Song"));

		LayoutSplitter.Result result = LayoutSplitter.split(lines, List.of(), Set.of());

		SplitArticle cartoon = result.articles().stream().filter(SplitArticle::isPhoto).findFirst().orElseThrow();
		assertThat(cartoon.body()).isEqualTo("消费升级");
		assertThat(cartoon.reporterNames()).containsExactly("翟桂溪");
		assertThat(result.articles()).noneMatch(a -> !a.isPhoto() && a.body().contains("消费升级"));
	}

	@Test
	void aPageNumberAtThePagesTopCornerIsNoKickerOfTheHeadlineUnderIt() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("2", 10, 30, 30, "Big"));
		lines.add(TestType.line("新征程明确新目标谱写新篇章", 10, 80, 30, "BigHei"));
		paragraph(lines, 10, 110, 8, 0);

		LayoutSplitter.Result result = LayoutSplitter.split(lines, List.of(), Set.of());

		assertThat(result.articles()).extracting(a -> a.headline().kicker()).containsOnlyNulls();
		assertThat(result.banners()).contains("2");
	}

	@Test
	void aVerticalTitleHeadsTheColumnBesideItAndItsAuthorIsTheNameSetBesideIt() {
		List<SplitArticle> articles = LayoutSplitter.split(page(), List.of(), Set.of()).articles();

		SplitArticle vertical = articles.stream()
			.filter(a -> a.headline().main().equals("把握历史方位"))
			.findFirst()
			.orElseThrow();
		assertThat(vertical.reporterNames()).containsExactly("钱乘旦");
		assertThat(vertical.body()).startsWith(TEXT.substring(5, 23));
		assertThat(articles).hasSize(2);
	}

	@Test
	void aSubheadingOverWhichTheTextStopsIsRankedOnceTheColumnsLevelWithItAreJoined() {
		List<TextLine> lines = new ArrayList<>();
		// The title spans the first two columns; the third stands level beside them, under no headline, and is the
		// only column that goes on below the subheading in the first.
		lines.add(TestType.line("新征程明确新目标谱写新篇章", 40, 60, 30, "BigHei"));
		double y = paragraph(lines, 30, 120, 6, 0);
		lines.add(TestType.line("明确新目标", 60, y + 16, 15, "Hei"));
		paragraph(lines, 30, y + 40, 6, 7);
		paragraph(lines, 240, 120, 5, 3);
		paragraph(lines, 450, paragraph(lines, 450, 120, 8, 11), 8, 2);

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).extracting(a -> a.headline().main()).containsExactly("新征程明确新目标谱写新篇章");
		assertThat(articles.get(0).body()).contains("\n明确新目标\n");
	}

	@Test
	void aColumnSetNarrowerBesideTheHeadlineIsReadFirstInItsColumn() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("关于经济高质量发展的认识", 180, 60, 30, "BigHei"));
		// The first column starts at the top of the page beside the headline, ten glyphs wide, and runs on under it
		// at full width (the headline cuts into the columns).
		String text = TEXT.repeat(6);
		lines.add(TestType.line(text.substring(0, 8), 50, 40, 10, "Song"));
		for (int i = 1; i < 5; i++) {
			lines.add(TestType.line(text.substring(i * 10 - 2, i * 10 + 8), 30, 40 + i * 15, 10, "Song"));
		}
		for (int i = 0; i < 10; i++) {
			String line = text.substring(48 + i * 20, 68 + i * 20);
			lines.add(TestType.line(i == 9 ? line.substring(0, 10) + "。" : line, 30, 120 + i * 15, 10, "Song"));
		}
		flushLines(lines, 240, 120, 10, 100);

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).extracting(a -> a.headline().main()).containsExactly("关于经济高质量发展的认识");
		assertThat(articles.get(0).body()).startsWith(text.substring(0, 48));
	}

	@Test
	void aSubheadingInTheTextBesideAVerticalTitleStaysInItsArticle() {
		List<TextLine> lines = new ArrayList<>();
		String vertical = "把握历史方位";
		for (int i = 0; i < vertical.length(); i++) {
			lines.add(TestType.line(vertical.substring(i, i + 1), 260, 120 + i * 34, 30, "Xbs"));
		}
		// One column of text left of the title, a subheading inside it above the title's foot.
		double y = paragraph(lines, 30, 120, 6, 0);
		lines.add(TestType.line("明确新目标", 60, y + 16, 15, "Hei"));
		paragraph(lines, 30, y + 40, 6, 7);

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).extracting(a -> a.headline().main()).containsExactly("把握历史方位");
		assertThat(articles.get(0).body()).contains("\n明确新目标\n");
	}

	@Test
	void anUnsignedTextUnderAHeadingSetLikeASubheadingIsDoubtedOnASignedPage() {
		SplitArticle signed = new SplitArticle(new Headline(null, "甲", null), null, null, null,
				List.of(new Credit("朱炳元", "")), false, "正文。", 0.95, List.of(), Map.of());
		SplitArticle unsigned = new SplitArticle(new Headline(null, "乙", null), null, null, null,
				List.of(), false, "正文。", 0.95, List.of(), Map.of());

		List<SplitArticle> doubted = UnsignedSections.doubt(List.of(signed, signed, unsigned), List.of(40.0, 30.0, 13.0));
		List<SplitArticle> titled = UnsignedSections.doubt(List.of(signed, signed, unsigned), List.of(40.0, 30.0, 30.0));

		assertThat(doubted.get(2).doubts()).containsExactly(Doubts.UNSIGNED);
		assertThat(doubted.get(0).doubts()).isEmpty();
		// Under a headline like theirs, its author was missed; on a page with news (datelines) it may go unsigned.
		assertThat(titled.get(2).doubts()).containsExactly(Doubts.NO_AUTHOR);
		SplitArticle dated = new SplitArticle(new Headline(null, "丙", null), "本报北京1月2日电", null, null,
				List.of(new Credit("李四", "记者")), false, "正文。", 0.95, List.of(), Map.of());
		List<SplitArticle> news = UnsignedSections.doubt(List.of(signed, signed, dated, unsigned),
				List.of(40.0, 30.0, 30.0, 30.0));
		assertThat(news.get(3).doubts()).isEmpty();
	}

	/**
	 * A long commentary whose section headings are set at the head of its columns, bigger than subheadings set inside
	 * a column and smaller than its title, which spans them; two more signed pieces beside and below it.
	 */
	private static List<TextLine> commentaryWithSectionsAtTheHeadOfItsColumns() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("新征程明确新目标谱写新篇章", 40, 60, 30, "BigHei"));
		lines.add(TestType.line("朱炳元", 210, 90, 11, "Kai"));
		paragraph(lines, 30, 120, 8, 0);
		lines.add(TestType.line("深刻认识重大意义", 260, 140, 20, "Hei"));
		paragraph(lines, 240, 180, 6, 9);
		lines.add(TestType.line("牢牢把握总体方向", 260, 310, 20, "Hei"));
		paragraph(lines, 240, 350, 4, 17);
		lines.add(TestType.line("坚持人民中心", 500, 60, 30, "BigHei"));
		lines.add(TestType.line("钱乘旦", 560, 90, 11, "Kai"));
		paragraph(lines, 480, paragraph(lines, 480, 120, 10, 3), 8, 12);
		lines.add(TestType.line("把握新发展阶段", 40, 520, 30, "BigHei"));
		lines.add(TestType.line("张幼文", 150, 550, 11, "Kai"));
		paragraph(lines, 240, 580, 6, 21);
		paragraph(lines, 30, 580, 6, 5);
		return lines;
	}

	@Test
	void sectionsHeadedUnderASignedTitleWithinItsWidthAreSectionsOfItsText() {
		LayoutSplitter.Result result = LayoutSplitter.split(commentaryWithSectionsAtTheHeadOfItsColumns(), List.of(),
				Set.of());

		assertThat(result.articles()).extracting(a -> a.headline().main())
			.containsExactlyInAnyOrder("新征程明确新目标谱写新篇章", "坚持人民中心", "把握新发展阶段");
		SplitArticle commentary = result.articles().stream()
			.filter(a -> a.headline().main().equals("新征程明确新目标谱写新篇章"))
			.findFirst()
			.orElseThrow();
		assertThat(commentary.reporterNames()).containsExactly("朱炳元");
		assertThat(commentary.body()).startsWith(TEXT.substring(0, 18))
			.contains("\n深刻认识重大意义\n")
			.contains("\n牢牢把握总体方向\n");
		assertThat(commentary.body().indexOf("深刻认识")).isLessThan(commentary.body().indexOf("牢牢把握"));
		assertThat(String.join("\n", result.explanation())).contains(SectionsUnderTitles.REASON);
	}

	@Test
	void anUnsignedPieceUnderASignedTitleStaysAPieceOnAPageOfNews() {
		List<TextLine> dated = commentaryWithSectionsAtTheHeadOfItsColumns();
		// The third piece opens with a dateline: a page of news, where an unsigned brief may stand under a wide title.
		dated.add(TestType.line("本报北京1月2日电", 30, 565, 10, "Song"));

		List<SplitArticle> articles = LayoutSplitter.split(dated, List.of(), Set.of()).articles();

		assertThat(articles).extracting(a -> a.headline().main()).contains("深刻认识重大意义");
	}

	/** Lines set flush in a column 20 glyphs wide, from {@code from} in the text, the last one closing a sentence. */
	private static void flushLines(List<TextLine> lines, double left, double baseline, int count, int from) {
		for (int i = 0; i < count; i++) {
			String text = TEXT.repeat(6).substring(from + i * 20, from + i * 20 + 20);
			lines.add(TestType.line(i == count - 1 ? text.substring(0, 10) + "。" : text, left, baseline + i * 15, 10, "Song"));
		}
	}

	@Test
	void aFirstColumnSetLowerLeftOfTheHeadlineUnderAPictureIsReadFirst() {
		List<TextLine> lines = new ArrayList<>();
		// The title spans the second and third columns; a column logo (a picture, not in the text) stands over the
		// first column, whose text starts lower and ends level with the others.
		lines.add(TestType.line("抓好就业这个最大民生工程", 260, 60, 30, "BigHei"));
		lines.add(TestType.line("莫荣", 420, 90, 11, "Kai"));
		paragraph(lines, 30, 195, 7, 0);
		flushLines(lines, 240, 120, 12, 9);
		flushLines(lines, 450, 120, 12, 21);
		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).hasSize(1);
		SplitArticle article = articles.get(0);
		assertThat(article.headline().main()).isEqualTo("抓好就业这个最大民生工程");
		assertThat(article.reporterNames()).containsExactly("莫荣");
		assertThat(article.body()).startsWith(TEXT.substring(0, 18));
		assertThat(article.doubts()).isEmpty();
	}

	@Test
	void aLastColumnSetHigherBesideTheHeadlineIsReadLastAndAChartsSourceIsLeftOut() {
		List<TextLine> lines = new ArrayList<>();
		// The title spans the first three columns under a chart; the fourth column, right of the title, starts higher
		// (the chart ends sooner there) and ends level with the others. Under the chart, its source note.
		lines.add(TestType.line("数据来源：国家统计局2017年发布的统计公报", 30, 40, 10, "Song"));
		lines.add(TestType.line("走好新时代的长征路", 200, 100, 30, "BigHei"));
		lines.add(TestType.line("张怡恬", 300, 130, 11, "Kai"));
		paragraph(lines, 30, 160, 10, 0);
		flushLines(lines, 240, 160, 10, 9);
		flushLines(lines, 450, 160, 10, 21);
		paragraph(lines, 660, paragraph(lines, 660, 70, 8, 4), 8, 100);
		LayoutSplitter.Result result = LayoutSplitter.split(lines, List.of(), Set.of());

		assertThat(result.articles()).hasSize(1);
		SplitArticle article = result.articles().get(0);
		assertThat(article.headline().main()).isEqualTo("走好新时代的长征路");
		assertThat(article.body()).startsWith(TEXT.substring(0, 18)).endsWith(TEXT.repeat(6).substring(100 + 7 * 20, 100 + 7 * 20 + 10) + "。");
		assertThat(result.banners()).contains("数据来源：国家统计局2017年发布的统计公报");
	}

}
