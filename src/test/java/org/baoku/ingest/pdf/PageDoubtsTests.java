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
		for (int i = 0; i < count; i++) {
			String text = TEXT.repeat(12).substring(from + i * 20, from + i * 20 + (i == 0 ? 18 : 20));
			if (i == count - 1) {
				text = text.substring(0, 10) + "。";
			}
			lines.add(TestType.line(text, i == 0 ? left + 20 : left, baseline, 10, "Song"));
			baseline += 15;
		}
		return baseline;
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
