package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.split.SplitArticle;
import org.baoku.ingest.split.SplitProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper's section headings' type style, learned from a checked page where they were joined into their article,
 * joins the sections of its next page, where nothing else says they are sections (no author anywhere, news beside).
 */
class SectionStylesTests {

	private static final String TEXT = "县里今年把农村公路建设作为民生实事来抓，新建和改造道路一百多公里，群众出行更加方便，产业发展也有了路";

	private static double paragraph(List<TextLine> lines, double left, double baseline, int count, int from) {
		return TestType.paragraph(lines, TEXT, left, baseline, count, from);
	}

	/** A feature over three columns, its text opening in the first; the other two open lower under a section heading. */
	private static List<TextLine> page(String title, String first, String second) {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line(title, 40, 60, 30, "BigHei"));
		paragraph(lines, 30, 120, 20, 0);
		lines.add(TestType.line(first, 270, 200, 13, "SectionKai"));
		paragraph(lines, 240, 230, 14, 5);
		lines.add(TestType.line(second, 480, 200, 13, "SectionKai"));
		paragraph(lines, 450, 230, 14, 7);
		// A news story under it, with its dateline.
		lines.add(TestType.line("县交通局召开安全生产会议", 40, 480, 20, "Hei"));
		lines.add(TestType.line("本报讯 5月20日，县交通局召开安全生产", 30, 520, 10, "Song"));
		paragraph(lines, 30, 535, 6, 3);
		return lines;
	}

	@Test
	void sectionHeadingsJoinedOnACheckedPageTeachTheirStyleAndItJoinsTheNextPagesSections() throws Exception {
		List<TextLine> next = page("乡村公路通到家门口致富路上好风光", "产业兴起来", "日子好起来");
		List<SplitArticle> byDefault = LayoutSplitter.split(next, List.of(), Set.of()).articles();
		assertThat(byDefault).extracting(a -> a.headline().main()).contains("产业兴起来", "日子好起来");

		JsonNode checked = new ObjectMapper().readTree("""
				{"articles": [
				  {"headline": {"kicker": null, "main": "山路变坦途", "subtitle": null}, "subheadings": ["道路修进村", "游客走进来"]},
				  {"headline": {"kicker": null, "main": "县交通局召开安全生产会议", "subtitle": null}, "subheadings": []}]}""");
		SectionStyles.Votes votes = SectionStyles.of(page("山路变坦途", "道路修进村", "游客走进来"), checked);
		Set<String> styles = SectionStyles.Votes.sectionStyles(List.of(votes));
		assertThat(styles).singleElement().asString().startsWith("SectionKai/");

		SplitProfile profile = new SplitProfile("县报", Map.of(), styles);
		List<SplitArticle> learned = profile.run(() -> LayoutSplitter.split(next, List.of(), Set.of()).articles());
		assertThat(learned).extracting(a -> a.headline().main()).containsExactly("乡村公路通到家门口致富路上好风光",
				"县交通局召开安全生产会议");
		assertThat(learned.get(0).body()).contains("\n产业兴起来\n", "\n日子好起来\n");
		// The news beside keeps its own headline and dateline.
		assertThat(learned.get(1).dateline()).isEqualTo("本报讯");
	}

	@Test
	void aStyleThePaperAlsoSetsTitlesInIsNoSectionStyle() throws Exception {
		JsonNode checked = new ObjectMapper().readTree("""
				{"articles": [
				  {"headline": {"kicker": null, "main": "山路变坦途", "subtitle": null}, "subheadings": ["道路修进村"]},
				  {"headline": {"kicker": null, "main": "游客走进来", "subtitle": null}, "subheadings": []}]}""");
		SectionStyles.Votes votes = SectionStyles.of(page("山路变坦途", "道路修进村", "游客走进来"), checked);
		assertThat(SectionStyles.Votes.sectionStyles(List.of(votes))).isEmpty();
	}

}
