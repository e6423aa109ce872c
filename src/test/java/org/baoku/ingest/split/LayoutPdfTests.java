package org.baoku.ingest.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedPage;
import org.baoku.ingest.pdf.ArticleEvidence;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout splitter on the page PDFs of ../shared/layouts (read with PDFBox, split by where each line stands and
 * how it is set). Two pages are fixtures and must split perfectly, with a region for every article; the whole set is
 * scored against its floors by {@link SplitFloorsTests}.
 */
class LayoutPdfTests {

	private static final List<String> FIXTURES = List.of("rmrb_20190201_p05", "rmrb_20190213_p15");

	private static final Path SET = Path.of(System.getProperty("baoku.layouts", "../shared/layouts"));

	private final ObjectMapper json = new ObjectMapper();

	private final PageParser parser = new PageParser();

	@Test
	void fixturePagesSplitPerfectly() throws IOException {
		for (String name : FIXTURES) {
			JsonNode gold;
			byte[] pdf;
			try (InputStream g = getClass().getResourceAsStream("/layouts/gold/" + name + ".json");
					InputStream p = getClass().getResourceAsStream("/layouts/pdf/" + name + ".pdf")) {
				gold = json.readTree(g);
				pdf = p.readAllBytes();
			}
			ParsedPage page = parser.parse(pdf);
			GoldScorer.Score s = GoldScorer.score(gold, page);
			assertThat(s.articleF1()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.headlineAccuracy()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.datelineAccuracy()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.reporterRecall()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.reporterPrecision()).as(name + " " + s).isEqualTo(1.0);
			assertThat(page.layout()).isNotNull();
			assertThat(page.layout().regions()).hasSameSizeAs(page.articles());
			page.layout().regions().forEach(regions -> assertThat(regions).isNotEmpty().allSatisfy(r -> {
				assertThat(r.x()).isBetween(0.0, page.layout().width());
				assertThat(r.y()).isBetween(0.0, page.layout().height());
				assertThat(r.width()).isPositive();
			}));
			assertThat(page.text()).contains(page.articles().get(0).article().headline().main());
			// Each article carries what the article-doubt model weighed it on.
			assertThat(page.articles()).allSatisfy(a -> assertThat(a.article().signals().keySet())
				.containsExactlyInAnyOrderElementsOf(ArticleEvidence.NAMES));
		}
	}

	/**
	 * A real Founder page PDF (../shared/samples) that sets its type at a nominal 3 pt and scales it up with the
	 * page's transformation: read at the printed sizes, its headlines head their articles (two across a photo), the
	 * bold "本报讯（记者…" lead-ins stay text with their bylines, and the captions set in the text face are photo
	 * items with their credits.
	 */
	@Test
	void aFounderPageThatScalesItsTypeIsReadAtItsPrintedSizes() throws IOException {
		Path sample = SET.resolveSibling("samples").resolve("shiyoubao_20241016_p01.pdf");
		Assumptions.assumeTrue(Files.isRegularFile(sample), "skipped: the sample page is not at " + sample.toAbsolutePath());
		ParsedPage page = parser.parse(Files.readAllBytes(sample));
		List<SplitArticle> articles = page.articles().stream().map(a -> a.article()).toList();
		assertThat(articles.stream().map(a -> a.headline().main())).contains("中国海油党组召开2024年下半年巡视动员部署会",
				"中国海油“海能”人工智能模型发布", "我国海上首个多层稠油热采项目陆地完工", "全力以赴跑好年度“最后一棒”",
				"“深海一号”二期完成首船原油外输");
		SplitArticle launch = articles.stream()
			.filter(a -> a.headline().main().equals("中国海油“海能”人工智能模型发布"))
			.findFirst()
			.orElseThrow();
		assertThat(launch.dateline()).isEqualTo("本报讯");
		assertThat(launch.reporterNames()).containsExactly("徐昕联", "田明", "宋宗泽", "姜山");
		assertThat(launch.body()).startsWith("本报讯（记者徐昕联 通讯员田明 宋宗泽 姜山）10月14日，中国海油“海能”人工智能模型发布会在集团总部召开。");
		assertThat(articles.stream().filter(SplitArticle::isPhoto).map(SplitArticle::reporterNames))
			.containsExactlyInAnyOrder(List.of("刘梦涛"), List.of("杜鹏辉"));
		SplitArticle commentary = articles.stream()
			.filter(a -> a.headline().main().equals("奔向人工智能的“海油高地”"))
			.findFirst()
			.orElseThrow();
		assertThat(commentary.reporterNames()).as("the box author over its first column").containsExactly("田昀澍");
		assertThat(commentary.body()).startsWith("产业焕新，AI赋能。").endsWith("作出海油贡献。");
		SplitArticle inspection = articles.stream()
			.filter(a -> a.headline().main().equals("中国海油党组召开2024年下半年巡视动员部署会"))
			.findFirst()
			.orElseThrow();
		assertThat(inspection.reporterNames()).as("the name signed flush right under the text").containsExactly("宗何");
		SplitArticle review = articles.stream()
			.filter(a -> a.headline().main().equals("全力以赴跑好年度“最后一棒”"))
			.findFirst()
			.orElseThrow();
		assertThat(review.doubts()).as("its jump line under the last column").contains(Doubts.CONTINUED);
		assertThat(articles).as("six articles and two photo items").hasSize(8);
	}

}
