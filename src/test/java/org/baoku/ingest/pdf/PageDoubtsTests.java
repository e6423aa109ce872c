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
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("新征程明确新目标谱写新篇章", 40, 60, 30, "BigHei"));
		lines.add(TestType.line("新华社电 在湖北大悟县四姑镇同心村，一栋老屋", 30, 120, 10, "Song"));
		paragraph(lines, 30, 135, 12, 0);
		lines.add(TestType.line("新华社电 农历春节，湖北麻城市乘马岗镇红", 240, 120, 10, "Song"));
		paragraph(lines, 240, 135, 12, 3);

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).singleElement().satisfies(a -> assertThat(a.doubts()).contains(Doubts.INNER_DATELINE));
	}

}
