package org.baoku.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.baoku.archive.ArticleView;
import org.baoku.config.BaokuProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The query language, ranking and ordering on a tiny real index whose answers are known. */
class SearchQueriesTests {

	@TempDir
	Path dir;

	private ArticleIndex index;

	private ArticleSearcher searcher;

	@BeforeEach
	void index() throws IOException {
		index = new ArticleIndex(new BaokuProperties(dir, dir, false, ""));
		index.add(List.of(article(1, "2024-01-05", "盐湖产业大会召开", "会议讨论了锂电和光伏。", "本报讯", "施翔", "王卫东"),
				article(2, "2024-03-09", "光伏项目签约", "会议提到盐湖资源的开发。", "新华社西宁3月9日电", "莫昌伟", "陈刚"),
				article(3, "2023-11-20", "教育局召开会议", "常委会听取汇报，莫昌伟 田得乾参加。", "本报讯", "田得乾", "王卫东"),
				article(4, "2024-06-01", "西宁锂电企业", "EGO-Park 暨生态创客街区签约381.6亿元。", null, "施翔", null)));
		index.commit();
		searcher = new ArticleSearcher(index);
	}

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	@Test
	void headlineMatchesRankAboveBodyOnlyMatches() {
		assertThat(ids("盐湖")).containsExactly(1L, 2L);
		assertThat(ids("光伏")).containsExactly(2L, 1L);
	}

	@Test
	void andOrNotPhrasesAndGroups() {
		assertThat(ids("会议 光伏")).containsExactlyInAnyOrder(1L, 2L);
		assertThat(ids("教育 OR 锂电")).containsExactlyInAnyOrder(1L, 3L, 4L);
		assertThat(ids("会议 -光伏")).containsExactlyInAnyOrder(3L);
		assertThat(ids("会议 NOT 盐湖")).containsExactlyInAnyOrder(3L);
		assertThat(ids("-会议")).containsExactlyInAnyOrder(4L);
		assertThat(ids("(盐湖 OR 教育) 会议")).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(ids("\"莫昌伟 田得乾\"")).containsExactly(3L);
		// A space between two ideographs is layout: the names are found as printed, spaced or not.
		assertThat(ids("莫昌伟田得乾")).containsExactly(3L);
	}

	@Test
	void fieldPrefixesRestrictWhereAWordMayStand() {
		assertThat(ids("标题:盐湖")).containsExactly(1L);
		assertThat(ids("正文:盐湖")).containsExactly(2L);
		assertThat(ids("记者:施翔")).containsExactlyInAnyOrder(1L, 4L);
		assertThat(ids("reporter:施翔 -官员:王卫东")).containsExactly(4L);
		assertThat(ids("电头:新华社")).containsExactly(2L);
		assertThat(ids("常委")).containsExactly(3L);
		assertThat(ids("教育")).containsExactly(3L);
		assertThat(ids("381.6亿")).containsExactly(4L);
		assertThat(ids("ego-park")).containsExactly(4L);
	}

	@Test
	void everyPrintedWordIsFoundByPlainWordsDatelinesBylinesAndJoinedLinesToo() throws IOException {
		index.add(List.of(new ArticleView(5, 5, "人民日报", LocalDate.parse("2018-01-02"), "A07", 1, null,
				"全面建成小 康社会成功在望", null, "本报重庆1月1日电", null, "本报记者 张弘靓 梅常伟", "正文写到了山城的变化。",
				1.0, List.of(), List.of("张弘靓", "梅常伟"), List.of())));
		index.commit();

		assertThat(ids("本报重庆")).containsExactly(5L);
		assertThat(ids("重庆1月1日电")).containsExactly(5L);
		assertThat(ids("新华社西宁")).containsExactly(2L);
		assertThat(ids("弘靓")).containsExactly(5L);
		assertThat(ids("常伟")).containsExactly(5L);
		assertThat(ids("本报记者 张弘靓")).containsExactly(5L);
		assertThat(ids("全面建成小康社会成功在望")).containsExactly(5L);
		assertThat(ids("小康")).containsExactly(5L);
	}

	@Test
	void aHitSaysWhereItWasPrintedNewspaperDateAndPage() throws IOException {
		index.add(List.of(printed(6, "新三门", "2011-05-24", "2", "科普宣传上街", "科普宣传活动走上街头。", List.of())));
		index.commit();

		SearchHit hit = searcher.search(SearchRequest.of("科普宣传", 1, 10)).hits().get(0);
		assertThat(hit.newspaper()).isEqualTo("新三门");
		assertThat(hit.date()).isEqualTo("2011-05-24");
		assertThat(hit.page()).isEqualTo("2");
		List<ExportRow> rows = new ArrayList<>();
		searcher.forEachHit(SearchRequest.of("科普宣传", 1, 10), rows::add);
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.newspaper()).isEqualTo("新三门");
			assertThat(r.page()).isEqualTo("2");
		});
	}

	@Test
	void theNewspaperFacetCountsEachPaperAndItsFilterDrillsSideways() throws IOException {
		index.add(List.of(printed(7, "新三门", "2011-05-24", "2", "会议在三门召开", "县里召开会议。", List.of("施翔")),
				printed(8, "人民日报", "2018-01-02", "7", "会议精神", "学习会议精神。", List.of("莫昌伟"))));
		index.commit();

		SearchResult all = searcher.search(SearchRequest.of("会议", 1, 10));
		assertThat(all.facets().newspaper()).containsExactlyInAnyOrder(new SearchFacets.FacetCount("测试报", 3),
				new SearchFacets.FacetCount("新三门", 1), new SearchFacets.FacetCount("人民日报", 1));

		SearchRequest one = new SearchRequest("会议", List.of("新三门"), null, null, null, null, null, null, null, null, 1,
				10, 0);
		SearchResult chosen = searcher.search(one);
		assertThat(chosen.hits()).extracting(SearchHit::id).containsExactly(7L);
		// Drilled sideways: the other papers keep their counts, to add to an OR; other facets follow the choice.
		assertThat(chosen.facets().newspaper()).hasSize(3);
		assertThat(chosen.facets().reporter()).containsExactly(new SearchFacets.FacetCount("施翔", 1));
		SearchRequest two = new SearchRequest("会议", List.of("新三门", "人民日报"), null, null, null, null, null, null, null,
				null, 1, 10, 0);
		assertThat(searcher.search(two).hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(7L, 8L);
		List<ExportRow> exported = new ArrayList<>();
		searcher.forEachHit(one, exported::add);
		assertThat(exported).extracting(ExportRow::id).containsExactly(7L);
	}

	@Test
	void malformedQueryIsAnsweredAsPlainWordsWithANotice() {
		SearchResult result = searcher.search(SearchRequest.of("会议 (光伏", 1, 10));
		assertThat(result.plainWords()).isTrue();
		assertThat(result.understood()).isEqualTo("会议 光伏");
		assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void newestAndOldestOrdersAreChosenNotMixedIn() {
		assertThat(ids("会议", SearchRequest.Order.NEWEST)).containsExactly(2L, 1L, 3L);
		assertThat(ids("会议", SearchRequest.Order.OLDEST)).containsExactly(3L, 1L, 2L);
	}

	@Test
	void snippetsAreEscapedAndMarked() {
		SearchHit hit = searcher.search(SearchRequest.of("签约", 1, 10)).hits().get(0);
		assertThat(hit.snippetHtml() + hit.headlineHtml()).contains("<mark>签约</mark>");
	}

	@Test
	void theWordsAskedForAreMarkedWhereTheyWereAskedForAndExcludedOnesNowhere() {
		SearchHit anywhere = searcher.search(SearchRequest.of("盐湖 会议", 1, 10)).hits().get(0);
		assertThat(anywhere.headlineHtml()).contains("<mark>盐湖</mark>");
		assertThat(anywhere.snippetHtml()).contains("<mark>会议</mark>");
		SearchHit inHeadline = searcher.search(SearchRequest.of("标题:光伏", 1, 10)).hits().get(0);
		assertThat(inHeadline.headlineHtml()).contains("<mark>光伏</mark>");
		assertThat(inHeadline.snippetHtml()).doesNotContain("<mark>");
		SearchHit inBody = searcher.search(SearchRequest.of("正文:盐湖", 1, 10)).hits().get(0);
		assertThat(inBody.snippetHtml()).contains("<mark>盐湖</mark>");
		assertThat(inBody.headlineHtml()).doesNotContain("<mark>");
		SearchHit excluding = searcher.search(SearchRequest.of("会议 -光伏", 1, 10)).hits().get(0);
		assertThat(excluding.headlineHtml() + excluding.snippetHtml()).contains("<mark>会议</mark>")
			.doesNotContain("<mark>光伏</mark>");
		// People asked for by field are found, not marked in the text.
		assertThat(searcher.search(SearchRequest.of("记者:施翔", 1, 10)).hits())
			.allSatisfy(h -> assertThat(h.snippetHtml() + h.headlineHtml()).doesNotContain("<mark>"));
	}

	@Test
	void relatedArticlesPutSharedOfficialsAndNearbyDaysFirst() {
		ArticleView meeting = article(1, "2024-01-05", "盐湖产业大会召开", "会议讨论了锂电和光伏。", "本报讯", "施翔", "王卫东");
		List<ExportRow> related = new RelatedArticles(index).like(meeting, 3);
		assertThat(related).extracting(ExportRow::id).doesNotContain(1L);
		assertThat(related).isNotEmpty();
		assertThat(related.get(0).officials()).contains("王卫东");
	}

	private List<Long> ids(String query) {
		return ids(query, SearchRequest.Order.RELEVANCE);
	}

	private List<Long> ids(String query, SearchRequest.Order order) {
		List<Long> ids = new ArrayList<>();
		searcher.forEachHit(new SearchRequest(query, null, null, null, null, null, null, null, null, order, 1, 10, 0),
				row -> ids.add(row.id()));
		return ids;
	}

	/** An article of a named paper and page, with no dateline, byline or official. */
	private static ArticleView printed(long id, String newspaper, String date, String page, String headline, String body,
			List<String> reporters) {
		return new ArticleView(id, id, newspaper, LocalDate.parse(date), page, 1, null, headline, null, null, null, null,
				body, 1.0, List.of(), reporters, List.of());
	}

	private static ArticleView article(long id, String date, String headline, String body, String dateline,
			String reporter, String official) {
		return new ArticleView(id, id, "测试报", LocalDate.parse(date), "1", 1, null, headline, null, dateline, null, null,
				body, 1.0, List.of(), List.of(reporter),
				official == null ? List.of() : List.of(new ArticleView.OfficialTitle(official, "")));
	}

}
