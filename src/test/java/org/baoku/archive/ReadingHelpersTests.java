package org.baoku.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules behind the reading pages: page order, citations, marks, raw-text spans, calendars, subheadings. */
class ReadingHelpersTests {

	@Test
	void pagesSortBySectionThenNumberAsANumber() {
		List<String> labels = new ArrayList<>(List.of("A10", "B01", "A2", "A01", "第12版", "第3版", "", "专版"));
		labels.sort(PageOrder.LABELS);
		assertThat(labels).containsExactly("第3版", "第12版", "", "专版", "A01", "A2", "A10", "B01");
	}

	private static ArticleView article(List<String> reporters, String headline, String subtitle, String page, String body) {
		return new ArticleView(7, 3, "西宁晚报", LocalDate.of(2023, 7, 22), page, 1, null, headline, subtitle, null, null,
				null, body, 1, List.of(), reporters, List.of());
	}

	@Test
	void aCitationFollowsGbt7714ForNewspapers() {
		assertThat(Citation.gbt7714(article(List.of("施翔"), "盐湖产业提速", null, "A01", "正文。"), "无标题"))
			.isEqualTo("施翔. 盐湖产业提速[N]. 西宁晚报, 2023-07-22(A01).");
		assertThat(Citation.gbt7714(article(List.of("甲", "乙", "丙", "丁"), "标题", "副题", "3", "正文。"), "无标题"))
			.isEqualTo("甲, 乙, 丙, 等. 标题: 副题[N]. 西宁晚报, 2023-07-22(3).");
		assertThat(Citation.gbt7714(article(List.of(), "", null, "", "正文。"), "无标题"))
			.isEqualTo("无标题[N]. 西宁晚报, 2023-07-22.");
	}

	@Test
	void wordsAreMarkedLongestFirstAndTheRestStaysText() {
		MarkedText marked = MarkedText.words("西宁市西宁晚报<b>", List.of("西宁", "西宁晚报"));
		assertThat(marked.pieces()).containsExactly(new MarkedText.Piece("西宁", true), new MarkedText.Piece("市", false),
				new MarkedText.Piece("西宁晚报", true), new MarkedText.Piece("<b>", false));
		assertThat(MarkedText.words("无关", List.of("西宁")).anyMarked()).isFalse();
	}

	@Test
	void anArticleIsFoundInRawTextWrappedAndLetterSpacedDifferently() {
		String raw = "其他稿件的结尾。\n\n本报讯 记者从有关部门获悉，城东区\n举办冬季运动会的消息引起\n市民关注。\n\n城 东 区 举 办 运 动 会\n\n下一篇。";
		List<int[]> spans = RawTextSpans.find(raw,
				List.of("城东区举办运动会", "本报讯记者从有关部门获悉，城东区举办冬季运动会的消息引起市民关注。"));
		assertThat(spans).hasSize(2);
		assertThat(raw.substring(spans.get(0)[0], spans.get(0)[1])).isEqualTo("城 东 区 举 办 运 动 会");
		assertThat(raw.substring(spans.get(1)[0], spans.get(1)[1])).startsWith("本报讯").endsWith("市民关注。");
		assertThat(RawTextSpans.find(raw, List.of("从未印过的句子"))).isEmpty();
	}

	@Test
	void aCalendarMonthStartsOnMondayAndMarksDaysWithAnIssue() {
		IssueSummary issue = new IssueSummary("报", LocalDate.of(2024, 7, 3), 2, 9);
		IssueCalendar calendar = IssueCalendar.of(2024, List.of(issue));
		IssueCalendar.Month july = calendar.months().get(6);
		assertThat(calendar.months()).hasSize(12);
		assertThat(july.issues()).isEqualTo(1);
		// 1 July 2024 is a Monday: no padding before it; 31 July a Wednesday: four empty days after it.
		assertThat(july.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(july.weeks().get(0).get(2).issue()).isEqualTo(issue);
		assertThat(july.weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
		assertThat(july.weeks().get(4).subList(3, 7)).containsOnlyNulls();
		assertThat(calendar.months().get(1).weeks().get(0).get(0)).isNull();
	}

	@Test
	void shortParagraphsBetweenOthersThatEndNoSentenceAreSubheadings() {
		ArticleView a = article(List.of(), "标题", null, "1",
				"第一段讲了开头。\n一、强化源头治理\n第二段接着讲。\n这一段以冒号结束：\n最后一段没有句号");
		assertThat(a.blocks()).extracting(ArticleView.Paragraph::heading).containsExactly(false, true, false, false, false);
	}

	@Test
	void aBodyPrintedWithItsDatelineAndBylineShowsThemOnceAndListsItsFirstSentenceAfterThem() {
		ArticleView printed = new ArticleView(7, 3, "西宁晚报", LocalDate.of(2023, 7, 22), "1", 1, null, "标题", null,
				"本报讯", null, "（记者 张三）", "本报讯（记者 张三）7月21日下午，座谈会在西宁举行。会议认为……", 1, List.of(),
				List.of("张三"), List.of());
		assertThat(printed.datelineInBody()).isTrue();
		assertThat(printed.bylineInBody()).isTrue();
		assertThat(printed.firstLine()).isEqualTo("7月21日下午，座谈会在西宁举行。");

		ArticleView apart = new ArticleView(7, 3, "西宁晚报", LocalDate.of(2023, 7, 22), "1", 1, null, "标题", null,
				"本报讯", null, "张三", "7月21日下午，座谈会在西宁举行。", 1, List.of(), List.of("张三"), List.of());
		assertThat(apart.datelineInBody()).isFalse();
		assertThat(apart.bylineInBody()).isFalse();
		assertThat(apart.firstLine()).isEqualTo("7月21日下午，座谈会在西宁举行。");
	}

}
