package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** What the whole page's layout says against an article: each rule doubts what it should and names itself. */
class PageDoubtsTests {

	private static final String TEXT = "新时代中国特色社会主义思想是全党全国人民为实现中华民族伟大复兴而奋斗的行动指南必须长期坚持并不断发展";

	private static double paragraph(List<TextLine> lines, double left, double baseline, int count, int from) {
		return TestType.paragraph(lines, TEXT, left, baseline, count, from);
	}

	@Test
	void sectionsInOneStyleUnderATitleWhoseAuthorWasNotReadAreDoubtedOnAPageOfSignedPieces() {
		List<TextLine> lines = new ArrayList<>();
		// A commentary over four columns whose author line is not there to read: its text starts in the first, and
		// the other three open lower with section headings in one style; under it a signed commentary.
		lines.add(TestType.line("新征程明确新目标谱写新篇章奋力前行向未来", 40, 60, 40, "BigHei"));
		paragraph(lines, 30, 120, 20, 0);
		String[] headings = { "明确新目标", "谱写新篇章", "奋力向前行" };
		for (int c = 0; c < 3; c++) {
			lines.add(TestType.line(headings[c], 270 + c * 210, 200, 15, "Hei"));
			paragraph(lines, 240 + c * 210, 230, 14, 5 + c);
		}
		lines.add(TestType.line("把握历史方位", 200, 500, 30, "BigHei"));
		lines.add(TestType.line("钱乘旦", 280, 535, 11, "Kai"));
		paragraph(lines, 30, 560, 10, 9);
		paragraph(lines, 240, 560, 10, 11);

		LayoutSplitter.Result result = LayoutSplitter.split(lines, List.of(), Set.of());

		List<SplitArticle> sections = result.articles().stream()
			.filter(a -> List.of(headings).contains(a.headline().main()))
			.toList();
		assertThat(sections).hasSize(3).allMatch(a -> a.doubts().contains(Doubts.SAME_STYLE_SECTIONS));
		assertThat(result.articles()).filteredOn(a -> a.headline().main().equals("把握历史方位")).singleElement()
			.satisfies(a -> assertThat(a.doubts()).isEmpty());
		assertThat(String.join("\n", result.explanation())).contains("doubted: " + Doubts.SAME_STYLE_SECTIONS);
	}

	private static ColumnBlock block(double left, double top, int lines) {
		ColumnBlock block = new ColumnBlock();
		for (int i = 0; i < lines; i++) {
			block.add(TestType.line(TEXT.substring(i, i + 20), left, top + 10 + i * 15, 10, "Song"));
		}
		return block;
	}

	private static HeadGroup head(String text, double left, double baseline, double size) {
		HeadGroup head = new HeadGroup();
		head.add(TestType.line(text, left, baseline, size, "Hei"));
		return head;
	}

	private static SplitArticle article(String headline) {
		return LayoutSplitter.split(List.of(TestType.line(headline, 30, 40, 20, "Hei"),
				TestType.line(TEXT.substring(0, 20), 30, 80, 10, "Song"), TestType.line(TEXT.substring(20, 30) + "。", 30, 95, 10, "Song")),
				List.of(), Set.of()).articles().get(0);
	}

	@Test
	void textCutFromAboveAndBelowAnotherTitleInOneColumnIsDoubted() {
		// The first article's second column holds text over the second article's title and text under its text.
		Module first = new Module(head("新征程明确新目标谱写新篇章", 30, 40, 20));
		first.add(block(30, 60, 20), "under its headline", false);
		first.add(block(240, 60, 8), "under its headline", false);
		first.add(block(240, 400, 6), "right below text of its module", false);
		Module second = new Module(head("把握历史方位", 240, 200, 20));
		second.add(block(240, 220, 10), "under its headline", false);

		List<SplitArticle> doubted = PageDoubts.doubt(List.of(new PageDoubts.Piece(article("新征程明确新目标谱写新篇章"), first),
				new PageDoubts.Piece(article("把握历史方位"), second)));

		assertThat(doubted.get(0).doubts()).contains(Doubts.ACROSS_TITLE);
		assertThat(doubted.get(1).doubts()).doesNotContain(Doubts.ACROSS_TITLE);
	}

	@Test
	void aColumnThatOpensWithADatelineInsideAnArticleIsDoubtedAsAnotherArticlesStart() {
		assertThat(underOneTitle("新华社电 在湖北大悟县四姑镇同心村，一栋老屋", "新华社电 农历春节，湖北麻城市乘马岗镇红"))
			.singleElement().satisfies(a -> assertThat(a.doubts()).contains(Doubts.INNER_DATELINE));
		// The dateline may wrap onto the column's second line.
		assertThat(underOneTitle("本报北京讯 记者从北京市生态环境局获", "据新华社合肥2月13日", "电 记者12日从安徽省合肥市政府获悉"))
			.singleElement().satisfies(a -> assertThat(a.doubts()).contains(Doubts.INNER_DATELINE));
	}

	/** One title over two columns: the first opening with its line, the second with its lines, text under each. */
	private static List<SplitArticle> underOneTitle(String first, String... second) {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("新征程明确新目标谱写新篇章", 40, 60, 30, "BigHei"));
		lines.add(TestType.line(first, 30, 120, 10, "Song"));
		paragraph(lines, 30, 135, 12, 0);
		for (int i = 0; i < second.length; i++) {
			lines.add(TestType.line(second[i], 240, 120 + 15 * i, 10, "Song"));
		}
		paragraph(lines, 240, 120 + 15 * second.length, 12, 3);
		return LayoutSplitter.split(lines, List.of(), Set.of()).articles();
	}

	/** A headed article of the given text (and kicker), read from lines of 20 characters under its headline. */
	private static SplitArticle article(String headline, String kicker, String text) {
		List<TextLine> lines = new ArrayList<>();
		if (kicker != null) {
			lines.add(TestType.line(kicker, 30, 30, 12, "Kai"));
		}
		lines.add(TestType.line(headline, 30, 55, 20, "Hei"));
		for (int i = 0; i * 20 < text.length(); i++) {
			lines.add(TestType.line(text.substring(i * 20, Math.min(text.length(), i * 20 + 20)), 30, 80 + i * 15, 10, "Song"));
		}
		return LayoutSplitter.split(lines, List.of(), Set.of()).articles().get(0);
	}

	private static final String HOSPITAL = "江苏省援黄石医疗支援队全部奔赴救治一线医疗队员在病房里救治病人。";

	private static final String PARTIES = "近日一些国家政党政要致电致函表示愿与中国共产党加强合作携手抗击疫情。";

	private static Module headed(String headline, double left, String... columns) {
		Module module = new Module(head(headline, left, 40, 20));
		for (int c = 0; c < columns.length; c++) {
			ColumnBlock block = new ColumnBlock();
			String text = columns[c];
			for (int at = 0; at < text.length(); at += 20) {
				block.add(TestType.line(text.substring(at, Math.min(text.length(), at + 20)), left + c * 210, 70 + at * 0.75,
						10, "Song"));
			}
			module.add(block, "under its headline", false);
		}
		return module;
	}

	private static List<SplitArticle> doubtLeadPage(String... secondColumns) {
		Module first = headed("四线作战抗疫情", 30, HOSPITAL + HOSPITAL);
		Module second = headed("外国政党政要高度评价", 240, secondColumns);
		Module third = headed("春节假期延长", 660, TEXT + "医疗队员在病房");
		return PageDoubts.doubt(List.of(
				new PageDoubts.Piece(article("四线作战抗疫情", null, HOSPITAL + HOSPITAL), first),
				new PageDoubts.Piece(article("外国政党政要高度评价", null, String.join("", secondColumns)), second),
				new PageDoubts.Piece(article("春节假期延长", null, TEXT + "医疗队员在病房"), third)));
	}

	@Test
	void textBeforeAnotherArticlesDatelineDoubtsTheArticleItReadsLike() {
		// The second headline's text opens with a column that goes on the first article (no dateline, the hospital's
		// story) and only then a column opening with its own dateline.
		List<SplitArticle> doubted = doubtLeadPage(HOSPITAL, "新华社北京2月14日电 " + PARTIES);

		assertThat(doubted.get(0).doubts()).contains(Doubts.LEAD_ELSEWHERE);
		assertThat(doubted.get(1).doubts()).contains(Doubts.INNER_DATELINE).doesNotContain(Doubts.LEAD_ELSEWHERE);
		assertThat(doubted.get(2).doubts()).as("shares a word or two, not the most").doesNotContain(Doubts.LEAD_ELSEWHERE);
	}

	@Test
	void textBeforeADatelineStaysWhereItIsWhenItIsTheArticlesOwnOrNoText() {
		// Its own first column opens with a dateline: the text before the second dateline is its own.
		assertThat(doubtLeadPage("本报讯 " + HOSPITAL, "新华社北京2月14日电 " + PARTIES).get(0).doubts())
			.doesNotContain(Doubts.LEAD_ELSEWHERE);
		// A byline set apart over the dateline's column holds no sentence.
		assertThat(doubtLeadPage("江苏黄石医疗支援队", "新华社北京2月14日电 " + PARTIES).get(0).doubts())
			.doesNotContain(Doubts.LEAD_ELSEWHERE);
		// The text before the dateline reads more like the text after it than like any other article.
		assertThat(doubtLeadPage(PARTIES + "医疗支援队全部奔赴一线。", "新华社北京2月14日电 " + PARTIES).get(0).doubts())
			.doesNotContain(Doubts.LEAD_ELSEWHERE);
	}

	@Test
	void aKickerThatSharesNothingWithItsTextAndMuchWithAnothersIsDoubted() {
		Module first = new Module(head("改革要常讲常新", 30, 40, 20));
		first.add(block(30, 60, 8), "under its headline", false);
		Module second = new Module(head("（来自一线的报道）", 240, 40, 20));
		second.add(block(240, 60, 8), "under its headline", false);

		List<SplitArticle> doubted = PageDoubts.doubt(List.of(
				new PageDoubts.Piece(article("改革要常讲常新", "黄石医疗支援队奔赴一线", TEXT), first),
				new PageDoubts.Piece(article("（来自一线的报道）", null, HOSPITAL), second)));

		assertThat(doubted.get(0).headline().kicker()).isEqualTo("黄石医疗支援队奔赴一线");
		assertThat(doubted.get(0).doubts()).contains(Doubts.KICKER_FITS_OTHER);
		assertThat(doubted.get(1).doubts()).doesNotContain(Doubts.KICKER_FITS_OTHER);
		// A kicker that shares some of its words with its own text stays.
		List<SplitArticle> own = PageDoubts.doubt(List.of(
				new PageDoubts.Piece(article("改革要常讲常新", "黄石医疗支援队奔赴一线", HOSPITAL + TEXT), first),
				new PageDoubts.Piece(article("（来自一线的报道）", null, HOSPITAL), second)));
		assertThat(own.get(0).doubts()).doesNotContain(Doubts.KICKER_FITS_OTHER);
		// Nor does one that shares little with any text.
		List<SplitArticle> none = PageDoubts.doubt(List.of(
				new PageDoubts.Piece(article("改革要常讲常新", "中央纪委国家监委通报", TEXT), first),
				new PageDoubts.Piece(article("（来自一线的报道）", null, HOSPITAL), second)));
		assertThat(none.get(0).doubts()).doesNotContain(Doubts.KICKER_FITS_OTHER);
	}

	/** A text of the given column with the parties' column joined to it for {@code reason}, beside {@code other}. */
	private static List<SplitArticle> placedOn(String ownText, String reason, Module other) {
		Module module = headed("那些身影定格了美", 450, ownText);
		ColumnBlock placed = new ColumnBlock();
		placed.add(TestType.line(PARTIES.substring(0, 20), 240, 400, 10, "Song"));
		placed.add(TestType.line(PARTIES.substring(20), 240, 415, 10, "Song"));
		module.add(placed, reason, false);
		String otherBody = other.blocks.stream().map(ColumnBlock::text).reduce("", String::concat);
		return PageDoubts.doubt(List.of(new PageDoubts.Piece(article("那些身影定格了美", null, ownText + PARTIES), module),
				new PageDoubts.Piece(article(other.head.text(), null, otherBody), other)));
	}

	@Test
	void aColumnPlacedByWhereItStandsThatReadsLikeAnotherTextDoubtsBoth() {
		// A photo feature's text with another report's end set lower under its picture, beside its first column.
		Module report = headed("严重违纪违法被开除党籍", 30, PARTIES + PARTIES);
		assertThat(placedOn(TEXT, ModuleAssembler.FIRST_COLUMN_SET_LOWER, report))
			.allSatisfy(a -> assertThat(a.doubts()).contains(Doubts.PLACED_ELSEWHERE));

		// Twice as alike another text as the rest of its own (2.6 times here) is enough; 1.7 times is not.
		assertThat(placedOn(TEXT + PARTIES.substring(0, 18), ModuleAssembler.LAST_COLUMN_SET_HIGHER, report).get(0)
			.doubts()).contains(Doubts.PLACED_ELSEWHERE);
		assertThat(placedOn(TEXT + PARTIES.substring(0, 30), ModuleAssembler.LAST_COLUMN_SET_HIGHER, report).get(0)
			.doubts()).doesNotContain(Doubts.PLACED_ELSEWHERE);
		// A column joined by another rule adds no doubt.
		assertThat(placedOn(TEXT, "under its headline", report)).allSatisfy(a -> assertThat(a.doubts())
			.doesNotContain(Doubts.PLACED_ELSEWHERE));
		// Nor does a word or two in common with another text when it shares none with its own.
		Module weak = headed("春节假期延长", 30, TEXT + "中国人民");
		assertThat(placedOn(HOSPITAL, ModuleAssembler.FIRST_COLUMN_SET_LOWER, weak)).allSatisfy(a -> assertThat(a.doubts())
			.doesNotContain(Doubts.PLACED_ELSEWHERE));
	}

}
