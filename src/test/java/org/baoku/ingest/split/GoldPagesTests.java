package org.baoku.ingest.split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The splitter on the seed pages that have gold annotations, scored as shared/tools/score-seeds.sh scores them:
 * every article, headline, dateline and reporter right.
 */
class GoldPagesTests {

	private static final List<String> GOLD_PAGES = List.of("000_5a3c390b5288e55a", "001_cab6fc9a5d5706d6",
			"002_f32e70f33cc132e1", "003_c5a39f68c5f996b4", "004_bd747f9e484e0bad");

	private final PageParser parser = new PageParser();

	@Test
	void goldPagesAreSplitExactly() throws IOException {
		GoldScorer.Score total = null;
		for (String page : GOLD_PAGES) {
			GoldScorer.Score score = GoldScorer.score(GoldFiles.gold(page), parse(page));
			total = total == null ? score : total.plus(score);
		}
		System.out.println("gold pages: " + total);
		assertThat(total.articleF1()).isEqualTo(1.0);
		assertThat(total.headlineAccuracy()).isEqualTo(1.0);
		assertThat(total.datelineAccuracy()).isEqualTo(1.0);
		assertThat(total.reporterRecall()).isEqualTo(1.0);
		assertThat(total.reporterPrecision()).isEqualTo(1.0);
	}

	@Test
	void xinhuaArticlesKeepKickerDatelineAndReporter() throws IOException {
		ParsedPage page = parse("000_5a3c390b5288e55a");
		SplitArticle first = page.articles().get(0).article();
		assertThat(first.dateline()).isEqualTo("新华社北京7月21日电");
		assertThat(first.reporterNames()).containsExactly("梅常伟");
		assertThat(first.headline().kicker()).isEqualTo("习近平对全军党的建设会议作出重要指示强调");
		assertThat(first.body()).startsWith("新华社北京7月21日电（记者梅常伟）全军党的建设会议7月20日至21日在京召开");
	}

	@Test
	void headlinesPrintedAfterTheirBodiesInAnotherOrderFindTheirBodies() throws IOException {
		ParsedPage page = parse("000_5a3c390b5288e55a");
		assertThat(page.articles()).anySatisfy(a -> {
			assertThat(a.article().headline().full()).contains("西宁市与白俄罗斯明斯克市列宁区", "举办专场对接座谈会");
			assertThat(a.article().body()).startsWith("本报讯（记者 一丁）7月21日下午，西宁市与白俄罗斯明斯克市列宁区");
		});
		assertThat(page.articles()).anySatisfy(a -> {
			assertThat(a.article().headline().main()).isEqualTo("黄南州签约招商引资项目20个");
			assertThat(a.article().reporterNames()).containsExactly("小蕊");
		});
	}

	@Test
	void letterSpacedWrappedBylineWithPhotoCredit() throws IOException {
		ParsedPage page = parse("002_f32e70f33cc132e1");
		assertThat(page.articles()).anySatisfy(a -> {
			assertThat(a.article().dateline()).isEqualTo("本报南京讯");
			assertThat(a.article().reporterNames()).containsExactly("张艳艳");
			assertThat(a.article().photoCredit()).isTrue();
			assertThat(a.article().body()).startsWith("本报南京讯（记者 张艳艳摄影报道）5月7日，由西宁市精心策划的");
		});
	}

	@Test
	void namesGluedByALineBreakAreSplitIntoReporters() throws IOException {
		ParsedPage page = parse("004_bd747f9e484e0bad");
		assertThat(page.articles()).anySatisfy(a -> {
			assertThat(a.article().dateline()).isEqualTo("新华社澳门12月19日电");
			assertThat(a.article().reporterNames()).containsExactly("朱基钗", "杨依军", "赵博");
		});
		assertThat(page.articles()).anySatisfy(
				a -> assertThat(a.article().reporterNames()).containsExactly("莫昌伟", "田得乾", "石成砚"));
	}

	@Test
	void kickerPrintedOverAnotherArticlesTitleIsCutOffIt() throws IOException {
		// "…时强调" leads on, but here it heads one body and the lines below it another
		ParsedPage page = parse("003_c5a39f68c5f996b4");
		assertThat(page.articles()).anySatisfy(a -> {
			assertThat(a.article().headline().full()).doesNotContain("我省20余家企业参展");
			assertThat(a.article().headline().full()).contains("吴晓军在西宁市调研基层党建和学习教育时强调");
		});
		assertThat(page.articles()).anySatisfy(a -> {
			assertThat(a.article().headline().full()).contains("我省20余家企业参展");
			assertThat(a.article().body()).startsWith("本报讯（记者 小蕊）5月22日，第七届中国西部国际投资贸易洽谈会在重庆开幕");
		});
	}

	@Test
	void sectionHeadingSetLikeTheArticlesOtherHeadingsKeepsItsFirstSection() throws IOException {
		ParsedPage page = parse("001_cab6fc9a5d5706d6");
		assertThat(page.articles()).anySatisfy(a -> {
			assertThat(a.article().headline().full()).contains("牢记嘱托", "专题研讨会引发热烈反响");
			assertThat(a.article().body()).startsWith("7月7日，市委召开").contains("坚定不移沿着习近平总书记指引的道路奋勇前进")
				.endsWith("宣传部部长郭帅表示。（记者 施翔）");
		});
	}

	@Test
	void everyArticleHasBodyAndAConfidence() throws IOException {
		for (String page : List.of("001_cab6fc9a5d5706d6", "003_c5a39f68c5f996b4")) {
			ParsedPage parsed = parse(page);
			assertThat(parsed.articles()).hasSizeGreaterThanOrEqualTo(4);
			assertThat(parsed.articles()).allSatisfy(a -> {
				assertThat(a.article().body()).isNotBlank();
				assertThat(a.article().confidence()).isBetween(0.0, 1.0);
			});
		}
	}

	private ParsedPage parse(String page) throws IOException {
		return parser.parse(Files.readAllBytes(Path.of("seeds", page + ".txt")));
	}

}
