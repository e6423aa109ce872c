package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.split.SplitArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's lines read into articles. */
class LayoutSplitterTests {

	private static void column(List<TextLine> lines, String text, double left) {
		for (int i = 0; i < 10; i++) {
			int from = (i * 20) % text.length();
			lines.add(TestType.line((text + text).substring(from, from + 20), left, 100 + i * 15, 10, "Song"));
		}
	}

	private static TextLine guessed(TextLine line, String role, double probability) {
		return line.withRole(new LineRoles.Guess(role, probability, "body", 1 - probability));
	}

	@Test
	void aLineTheRoleModelIsSureIsPageFurnitureIsThePagesNotAnArticle() {
		List<TextLine> lines = new ArrayList<>();
		TextLine header = TestType.line("第2版 综合", 30, 40, 10, "Song");
		lines.add(header);
		lines.add(TestType.line("文明进社区我们在行动", 30, 62, 18, "Hei"));
		column(lines, "本报讯（记者 邱宇）5月18日广润社区在该社区开展省级文明城市复评宣传活动。", 30);
		List<TextLine> sure = new ArrayList<>(lines);
		sure.set(0, guessed(header, "page_furniture", 0.97));
		List<TextLine> unsure = new ArrayList<>(lines);
		unsure.set(0, guessed(header, "page_furniture", 0.6));

		LayoutSplitter.Result read = LayoutSplitter.split(sure, List.of(), Set.of());
		LayoutSplitter.Result notSure = LayoutSplitter.split(unsure, List.of(), Set.of());

		assertThat(read.banners()).contains("第2版 综合");
		assertThat(read.articles()).noneMatch(a -> (a.headline().main() + a.body()).contains("综合"));
		// Below the sure probability the rules decide alone: they do not know this header.
		assertThat(notSure.banners()).doesNotContain("第2版 综合");
	}

	@Test
	void aHeadingTheRoleModelIsSureIsABylineIsNotTheArticlesHeadline() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("中东部有大范围雨雪", 30, 40, 18, "Hei"));
		// A byline set in its own face, its letter-spaced name read by no rule as a name: the model says byline.
		lines.add(guessed(TestType.line("特约 撰稿 刘 毅 文", 30, 70, 12, "Kai"), "byline", 0.95));
		column(lines, "本报北京2月9日电 中央气象台9日发布暴雪蓝色预警中东部地区将有大范围雨雪天气。", 30);

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).singleElement().satisfies(a -> {
			assertThat(a.headline().main()).isEqualTo("中东部有大范围雨雪");
			// Its words are kept, as the byline's.
			assertThat(a.byline()).contains("特约 撰稿 刘 毅 文");
		});
	}

	@Test
	void aPhotosCreditWithNoCaptionInsideAnArticlesColumnsCreditsThatArticle() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("文明进社区我们在行动", 30, 62, 18, "Hei"));
		column(lines, "本报讯（记者 邱宇）5月18日广润社区在该社区开展省级文明城市复评宣传活动。", 30);
		// A photo beside the column, its credit at its foot, and the column going on under it.
		String more = "社区志愿者向居民发放文明城市复评宣传资料并开展问卷调查，居民纷纷表示支持";
		for (int i = 0; i < 3; i++) {
			lines.add(TestType.line(more.substring(i, i + 20), 240, 100 + i * 15, 10, "Song"));
		}
		lines.add(TestType.line("陈维连/摄", 390, 230, 8, "Hei"));
		for (int i = 0; i < 3; i++) {
			lines.add(TestType.line(i == 2 ? "居民纷纷表示支持。" : more.substring(i + 3, i + 23), 240, 250 + i * 15, 10, "Song"));
		}

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).noneMatch(a -> a.isPhoto() && a.body().isBlank());
		assertThat(articles).filteredOn(a -> a.reporterNames().contains("陈维连")).singleElement()
			.satisfies(a -> assertThat(a.reporterNames()).containsExactly("邱宇", "陈维连"));
	}

	@Test
	void aBylineInTheTextFaceSetFlushRightUnderANarrowHeadlineIsThatArticlesByline() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("我国新指定七处国际重要", 30, 62, 18, "Hei"));
		column(lines, "记者从国家林业和草原局获悉日前我国新指定七处国际重要湿地名录已经公布。", 30);
		lines.add(TestType.line("河北搭建网", 240, 42, 18, "Hei"));
		lines.add(TestType.line("上学习平台", 240, 62, 18, "Hei"));
		lines.add(TestType.line("本报记者 史自强", 360, 85, 10, "Song"));
		lines.add(TestType.line("本报石家庄2月2日电 记者从河北省教育", 240, 100, 10, "Song"));
		for (int i = 1; i < 10; i++) {
			lines.add(TestType.line("厅获悉河北省各级教育行政部门将建立线上学习平台。".substring(0, 20), 240, 100 + i * 15, 10,
					"Song"));
		}

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		SplitArticle hebei = articles.stream()
			.filter(a -> a.headline().main().contains("河北"))
			.findFirst()
			.orElseThrow();
		assertThat(hebei.reporterNames()).containsExactly("史自强");
		assertThat(hebei.dateline()).isEqualTo("本报石家庄2月2日电");
		assertThat(hebei.body()).startsWith("本报石家庄2月2日电 记者从河北省教育");
		assertThat(articles).filteredOn(a -> a.headline().main().contains("湿地") || a.headline().main().contains("七处"))
			.singleElement()
			.satisfies(a -> assertThat(a.body()).doesNotContain("河北"));
	}

	@Test
	void aOneLineKickerInTheTextFaceRightOverAHeadlineIsThatHeadlinesKicker() {
		List<TextLine> lines = new ArrayList<>();
		lines.add(TestType.line("我国新指定七处国际重要", 30, 62, 18, "Hei"));
		column(lines, "记者从国家林业和草原局获悉日前我国新指定七处国际重要湿地名录已经公布，", 30);
		// A kicker in the text's size and face, its line's bottom two points above the title's top (78 - 15.8).
		lines.add(TestType.line("广东加强农村环境整治", 240, 60, 10, "Song"));
		lines.add(TestType.line("珠三角村庄力争达标", 240, 78, 18, "Hei"));
		lines.add(TestType.line("本报广州2月19日电 记者近日从广东省", 240, 100, 10, "Song"));
		for (int i = 1; i < 10; i++) {
			lines.add(TestType.line("农业农村厅获悉珠三角村庄今年底将全部达到干净整洁标准。".substring(0, 20), 240,
					100 + i * 15, 10, "Song"));
		}

		List<SplitArticle> articles = LayoutSplitter.split(lines, List.of(), Set.of()).articles();

		assertThat(articles).hasSize(2);
		SplitArticle village = articles.stream()
			.filter(a -> a.headline().main().contains("珠三角"))
			.findFirst()
			.orElseThrow();
		assertThat(village.headline().kicker()).isEqualTo("广东加强农村环境整治");
		assertThat(articles).allSatisfy(a -> assertThat(a.body()).doesNotContain("整治"));
	}

}
