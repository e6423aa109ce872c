package org.baoku.ingest.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headline lines stacked close together form one group, each line under the group it stands under most fully. */
class HeadGroupsTests {

	@Test
	void aWideTitleGoesUnderTheKickerItIsCentredUnderNotTheNeighbourItAlsoReachesUnder() {
		TextLine kickerOfThis = line("贵州", 992.7, 108, 12);
		TextLine kickerOfTheNext = line("世界卫生组织——", 812, 109, 10.5);
		TextLine wideTitle = line("超市不断货不涨价（统筹抓好改革发展稳定各项工作）", 860.7, 122.5, 12);
		TextLine otherTitle = line("新型冠状病毒感染肺炎", 784, 124.5, 14);
		List<HeadGroup> groups = HeadGroups.build(List.of(kickerOfThis, kickerOfTheNext, wideTitle, otherTitle));
		assertThat(groups).extracting(HeadGroup::lines)
			.containsExactlyInAnyOrder(List.of(kickerOfThis, wideTitle), List.of(kickerOfTheNext, otherTitle));
	}

	@Test
	void underTwoKickersAsFullyTheTitleGoesWithTheOneItIsFlushWith() {
		TextLine kickerOfThis = line("贵州", 734.2, 108, 12);
		TextLine kickerOfTheNext = line("世界卫生组织——", 910.3, 109, 10.5);
		TextLine wideTitle = line("超市不断货不涨价（统筹抓好改革发展稳定各项工作）", 734.2, 122.5, 12);
		List<HeadGroup> groups = HeadGroups.build(List.of(kickerOfThis, kickerOfTheNext, wideTitle));
		assertThat(groups).extracting(HeadGroup::lines)
			.containsExactlyInAnyOrder(List.of(kickerOfThis, wideTitle), List.of(kickerOfTheNext));
	}

	@Test
	void aSubtitleOpeningWithADashJoinsItsTitleFartherOffThanAnotherLineWould() {
		TextLine title = line("推进建设构建共同体", 20, 140, 50);
		// 1.6 of the subtitle's ems under the title: farther than the lines of one headline stand.
		TextLine subtitle = line("——深入学习重要论述", 60, 160 + 32, 20);
		TextLine plain = line("深入学习重要论述", 60, 160 + 32, 20);
		assertThat(HeadGroups.build(List.of(title, subtitle))).extracting(HeadGroup::lines)
			.containsExactly(List.of(title, subtitle));
		assertThat(HeadGroups.build(List.of(title, plain))).hasSize(2);
	}

	private static TextLine line(String text, double left, double baseline, double size) {
		return TestType.line(text, left, baseline, size, "Kai");
	}

}
