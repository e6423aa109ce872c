package org.baoku.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleMatcherTests {

	private static final String A = "城东区举办冬季运动会。本报讯 记者从有关部门获悉，城东区冬季运动会昨日开幕，两千余名市民参加了比赛。";

	private static final String B = "湟水河畔新建三座公园。本报讯 市园林部门介绍，湟水河畔三座新公园将于明年春天建成开放，总面积四十公顷。";

	private static final String C = "市图书馆延长开放时间。本报讯 从下月起，市图书馆每天开放到晚上九点，周末照常开放，读者可凭证入馆。";

	@Test
	void unchangedKeepTheirIdsWhiteSpaceAside() {
		ArticleMatcher.Matches m = ArticleMatcher.match(List.of(new ArticleMatcher.Stored(1, A), new ArticleMatcher.Stored(2, B)),
				List.of(B.replace("。", "。\n"), A));
		assertThat(m.oldIds()).containsExactly(2L, 1L);
		assertThat(m.unchanged()).containsExactly(true, true);
		assertThat(m.removed()).isEmpty();
	}

	@Test
	void aChangedArticleKeepsTheIdOfTheOneItOverlapsMostAndOthersAreRemovedOrAdded() {
		String changedB = B.replace("总面积四十公顷", "总面积约四十五公顷");
		ArticleMatcher.Matches m = ArticleMatcher.match(
				List.of(new ArticleMatcher.Stored(1, A), new ArticleMatcher.Stored(2, B), new ArticleMatcher.Stored(3, C)),
				List.of(changedB, "全新的一篇报道。本报讯 今天上午，全市科技创新大会召开，会议表彰了一批先进集体和个人。"));
		assertThat(m.oldIds()).containsExactly(2L, null);
		assertThat(m.unchanged()).containsExactly(false, false);
		assertThat(m.removed()).containsExactlyInAnyOrder(1L, 3L);
	}

}
