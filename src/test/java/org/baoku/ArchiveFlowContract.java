package org.baoku;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The archive end to end over real HTTP: seeds ingested into PostgreSQL on first start, indexed in Lucene,
 * searched and read through the pages and the JSON API, and pages uploaded by an admin. Run against the embedded
 * PostgreSQL and, where one is configured, an external server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = "baoku.admin-password=" + ArchiveFlowContract.ADMIN_PASSWORD)
abstract class ArchiveFlowContract {

	static final String ADMIN_PASSWORD = "test-admin-secret";

	private static final String SEED_PAPER = "西宁晚报";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ApplicationRunner> startupRunners;

	@Autowired
	MockMvc mvc;

	@Test
	void controllersRenderTheirViews() throws Exception {
		mvc.perform(get("/search").param("q", "盐湖"))
			.andExpect(status().isOk())
			.andExpect(view().name("search/results"))
			.andExpect(model().attributeExists("result"));
		long id = jdbc.sql("select min(id) from article").query(Long.class).single();
		mvc.perform(get("/articles/{id}", id)).andExpect(status().isOk()).andExpect(view().name("articles/detail"));
		mvc.perform(get("/issues")).andExpect(status().isOk()).andExpect(view().name("issues/calendar"));
		mvc.perform(get("/search/help")).andExpect(status().isOk()).andExpect(view().name("search/help"));
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(view().name("home"));
		mvc.perform(get("/admin/review").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/review"));
		mvc.perform(get("/articles/not-a-number")).andExpect(status().isBadRequest());
	}

	@Test
	void ingestFormRejectsMissingFieldsAndRedirectsAfterUpload() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "p.txt", "text/plain",
				"本报讯（记者 王五）5月6日，表单导入测试举行。\n\n表单导入测试举行\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/admin/ingest").file(file)
			.param("newspaper", "测试报")
			.with(httpBasic("admin", ADMIN_PASSWORD))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/ingest"))
			.andExpect(model().attributeHasFieldErrors("form", "date"));
		var uploaded = mvc.perform(multipart("/admin/ingest").file(file)
			.param("newspaper", "测试报")
			.param("date", "2021-05-06")
			.param("page", "5")
			.with(httpBasic("admin", ADMIN_PASSWORD))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attributeExists("result"))
			// The form comes back with the paper and the day of the last upload, for the next page of it.
			.andExpect(flash().attribute("form", org.hamcrest.Matchers.hasToString(
					org.hamcrest.Matchers.containsString("newspaper=测试报, date=2021-05-06"))))
			.andReturn();
		// The page it answers with links to the page just stored.
		mvc.perform(get("/admin").flashAttrs(uploaded.getFlashMap()).with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"ingest-page\" href=\"/pages/")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"测试报\"")));
		assertThat(json("/api/search?q={q}", "表单导入测试").get("total").asLong()).isEqualTo(1);

		// A file chosen that holds nothing is said to be empty, not "choose a file".
		mvc.perform(multipart("/admin/ingest").file(new MockMultipartFile("file", "空白.txt", "text/plain", new byte[0]))
			.param("newspaper", "测试报")
			.param("date", "2021-05-07")
			.with(httpBasic("admin", ADMIN_PASSWORD))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("文件 空白.txt 是空的")));
		// A page refused is recorded as refused, though the form answers with a redirect, and the form keeps its page.
		mvc.perform(multipart("/admin/ingest")
			.file(new MockMultipartFile("file", "p.txt", "text/plain", "no Chinese prose here".getBytes(StandardCharsets.UTF_8)))
			.param("newspaper", "测试报")
			.param("date", "2021-05-08")
			.param("page", "6")
			.with(httpBasic("admin", ADMIN_PASSWORD))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("form", org.hamcrest.Matchers.hasToString(
					org.hamcrest.Matchers.containsString("page=6"))));
		assertThat(jdbc.sql("select result from audit_event where action = 'POST /admin/ingest' order by id desc limit 1")
			.query(String.class).single()).isEqualTo("refused 302");
	}

	@Test
	void seedPagesAreIngestedOnFirstStart() {
		long pages = jdbc.sql("select count(*) from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id where n.name = :p")
			.param("p", SEED_PAPER)
			.query(Long.class)
			.single();
		assertThat(pages).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from app_state where key = 'seeds_ingested_at'").query(Long.class).single())
			.isEqualTo(1);
		long articles = jdbc.sql("select count(*) from article").query(Long.class).single();
		assertThat(articles).isGreaterThanOrEqualTo(20);
	}

	@Test
	void seedsAreNotIngestedAgainOnALaterStart() throws Exception {
		long before = jdbc.sql("select count(*) from article").query(Long.class).single();
		for (ApplicationRunner runner : startupRunners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void searchForSaltLakeReturnsTheDecemberArticlesHighlighted() {
		JsonNode result = json("/api/search?q={q}", "盐湖");
		assertThat(result.get("total").asLong()).isGreaterThan(0);
		Set<String> dates = new HashSet<>();
		result.get("hits").forEach(h -> dates.add(h.get("date").asText()));
		assertThat(dates).contains("2024-12-20");
		result.get("hits").forEach(h -> assertThat(h.get("snippet").asText()).contains("<mark>盐湖</mark>"));
	}

	@Test
	void searchForANameFindsEveryArticleThatNamesIt() {
		for (String name : List.of("王卫东", "陈刚", "施翔")) {
			// Printed in the article, or the name of its reporter or of an official it names (施翔 only signs).
			Set<Long> expected = new HashSet<>(jdbc.sql("""
					select a.id from article a
					where strpos(coalesce(a.kicker, '') || a.headline || coalesce(a.subtitle, '') || a.body, :name) > 0
					   or exists (select 1 from article_reporter ar join reporter r on r.id = ar.reporter_id
					              where ar.article_id = a.id and r.name = :name)
					   or exists (select 1 from article_official ao join official o on o.id = ao.official_id
					              where ao.article_id = a.id and o.name = :name)
					""").param("name", name).query(Long.class).list());
			assertThat(expected).as("articles naming " + name).isNotEmpty();
			JsonNode result = json("/api/search?q={q}&size=100", name);
			Set<Long> found = new HashSet<>();
			result.get("hits").forEach(h -> found.add(h.get("id").asLong()));
			assertThat(found).as("articles naming " + name).isEqualTo(expected);
			assertThat(result.get("total").asLong()).isEqualTo(expected.size());
		}
	}

	@Test
	void searchPageShowsCountAndHighlightedSnippets() {
		String page = http.getForObject("/search?q={q}", String.class, "盐湖");
		assertThat(page).contains("<mark>盐湖</mark>").contains("id=\"result-count\"");
	}

	@Test
	void emptyQueryListsAllArticlesNewestFirstInPages() {
		JsonNode first = json("/api/search?q=&page=1&size=5");
		JsonNode second = json("/api/search?q=&page=2&size=5");
		long total = jdbc.sql("select count(*) from article").query(Long.class).single();
		assertThat(first.get("total").asLong()).isEqualTo(total);
		assertThat(first.get("hits")).hasSize(5);
		String previous = "9999-12-31";
		for (JsonNode hit : first.get("hits")) {
			assertThat(hit.get("date").asText()).isLessThanOrEqualTo(previous);
			previous = hit.get("date").asText();
		}
		assertThat(second.get("hits").get(0).get("id").asLong()).isNotEqualTo(first.get("hits").get(0).get("id").asLong());
	}

	@Test
	void articleApiAndPageGiveTheWholeArticle() {
		long id = jdbc.sql("select a.id from article a where a.dateline like '新华社%' order by a.id limit 1")
			.query(Long.class)
			.single();
		JsonNode article = json("/api/articles/" + id);
		assertThat(article.get("headline").get("main").asText()).isNotBlank();
		assertThat(article.get("dateline").asText()).startsWith("新华社");
		assertThat(article.get("body").asText()).isNotBlank();
		assertThat(article.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		String page = http.getForObject("/articles/" + id, String.class);
		assertThat(page).contains(article.get("headline").get("main").asText());
		assertThat(page).contains("id=\"related\"");
	}

	@Test
	void doubtsAndEventDatesAreStoredWithTheArticles() {
		long withDates = jdbc.sql("select count(*) from article where event_date is not null").query(Long.class).single();
		assertThat(withDates).isGreaterThan(10);
		// A page whose body has no headline at all is stored, with the doubt, for an admin to review.
		String text = "本报讯（记者 赵六）3月5日，复核测试的正文在这里，没有印出标题。这一段正文足够长，可以单独成为一篇文章的正文。\n";
		upload(text.getBytes(StandardCharsets.UTF_8), "测试报", LocalDate.of(2020, 3, 5), "9", false);
		Map<String, Object> row = jdbc.sql("""
				select a.id, array_to_string(a.doubts, '|') as doubts from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				where i.issue_date = '2020-03-05'
				""").query().singleRow();
		assertThat((String) row.get("doubts")).contains("未找到这篇正文的标题");
		assertThat(http.withBasicAuth("admin", ADMIN_PASSWORD).getForObject("/admin/review", String.class))
			.contains("/articles/" + row.get("id"))
			.contains("未找到这篇正文的标题");
		// The splitter's doubts are for editors, not for readers of the public article page or API.
		assertThat(http.getForObject("/articles/" + row.get("id"), String.class)).doesNotContain("未找到这篇正文的标题");
		assertThat(http.getForObject("/api/articles/" + row.get("id"), String.class)).doesNotContain("doubts");
	}

	@Test
	void facetCountsFollowQueryAndFiltersAsPostgresCountsThem() {
		String text = "coalesce(a.kicker, '') || a.headline || coalesce(a.subtitle, '') || a.body";
		// Query 会议 and official 王卫东: the reporter facet counts articles per reporter under both.
		JsonNode result = json("/api/search?q={q}&official={o}&fsize=200", "会议", "王卫东");
		Map<String, Long> expected = new HashMap<>();
		jdbc.sql("""
				select r.name, count(distinct a.id) from article a
				join article_reporter ar on ar.article_id = a.id join reporter r on r.id = ar.reporter_id
				join article_official ao on ao.article_id = a.id join official o on o.id = ao.official_id
				where o.name = '王卫东' and strpos(%s, '会议') > 0 group by r.name
				""".formatted(text)).query((rs, n) -> expected.put(rs.getString(1), rs.getLong(2))).list();
		assertThat(counts(result.get("facets").get("reporter"))).isEqualTo(expected);
		long total = jdbc.sql("""
				select count(distinct a.id) from article a join article_official ao on ao.article_id = a.id
				join official o on o.id = ao.official_id where o.name = '王卫东' and strpos(%s, '会议') > 0
				""".formatted(text)).query(Long.class).single();
		assertThat(result.get("total").asLong()).isEqualTo(total);

		// The chosen facet keeps its other values' counts (drill sideways): they count the query without it.
		Map<String, Long> officialsSideways = new HashMap<>();
		jdbc.sql("""
				select o.name, count(distinct a.id) from article a
				join article_official ao on ao.article_id = a.id join official o on o.id = ao.official_id
				where strpos(%s, '会议') > 0 group by o.name
				""".formatted(text)).query((rs, n) -> officialsSideways.put(rs.getString(1), rs.getLong(2))).list();
		assertThat(counts(result.get("facets").get("official"))).isEqualTo(officialsSideways);
	}

	@Test
	void severalValuesOfOneFacetCombineWithOrAndExclusionsAndDatesNarrow() {
		long either = jdbc.sql("""
				select count(distinct ar.article_id) from article_reporter ar join reporter r on r.id = ar.reporter_id
				where r.name in ('施翔', '莫昌伟')
				""").query(Long.class).single();
		assertThat(json("/api/search?reporter={a}&reporter={b}", "施翔", "莫昌伟").get("total").asLong()).isEqualTo(either);

		long withoutShixiang = jdbc.sql("""
				select count(*) from article a where not exists (select 1 from article_reporter ar
				join reporter r on r.id = ar.reporter_id where ar.article_id = a.id and r.name = '施翔')
				""").query(Long.class).single();
		assertThat(json("/api/search?xreporter={a}", "施翔").get("total").asLong()).isEqualTo(withoutShixiang);

		long inDecember = jdbc.sql("""
				select count(*) from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				where i.issue_date between '2024-12-01' and '2024-12-31'
				""").query(Long.class).single();
		JsonNode december = json("/api/search?from=2024-12-01&to=2024-12-31");
		assertThat(december.get("total").asLong()).isEqualTo(inDecember);
		assertThat(december.get("facets").get("month")).hasSize(1);
		assertThat(december.get("facets").get("month").get(0).get("value").asText()).isEqualTo("2024-12");
		assertThat(json("/api/search?from=not-a-date").get("total").asLong())
			.isEqualTo(jdbc.sql("select count(*) from article").query(Long.class).single());
	}

	@Test
	void theNewspaperFacetCountsEveryPaperAndNewspaperFiltersDrillSideways() {
		Map<String, Long> perPaper = new HashMap<>();
		jdbc.sql("""
				select n.name, count(*) from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				join newspaper n on n.id = i.newspaper_id group by n.name
				""").query((rs, n) -> perPaper.put(rs.getString(1), rs.getLong(2))).list();
		assertThat(perPaper).containsKey("西宁晚报");
		JsonNode all = json("/api/search?fsize=200");
		assertThat(counts(all.get("facets").get("newspaper"))).isEqualTo(perPaper);

		JsonNode xining = json("/api/search?newspaper={n}&fsize=200", "西宁晚报");
		assertThat(xining.get("total").asLong()).isEqualTo(perPaper.get("西宁晚报"));
		xining.get("hits").forEach(h -> assertThat(h.get("newspaper").asText()).isEqualTo("西宁晚报"));
		// Its own counts ignore the choice, so another paper can be added to an OR.
		assertThat(counts(xining.get("facets").get("newspaper"))).isEqualTo(perPaper);
		assertThat(json("/api/search?newspaper={n}", "没有这份报纸").get("total").asLong()).isZero();
		String csv = http.getForObject("/search/export.csv?newspaper={n}", String.class, "西宁晚报");
		assertThat(csv.lines().skip(1).count()).isEqualTo(perPaper.get("西宁晚报"));
		String page = http.getForObject("/search?newspaper={n}", String.class, "西宁晚报");
		assertThat(page).contains("id=\"facet-newspaper\"").contains("西宁晚报 ×").contains("name=\"newspaper\" value=\"西宁晚报\"");
	}

	@Test
	void everySearchHasAnAtomFeedOfItsNewestArticles() throws Exception {
		ResponseEntity<String> response = http.getForEntity("/search.atom?q={q}&newspaper={n}", String.class, "发展", "西宁晚报");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_ATOM_XML)).isTrue();
		com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput()
			.build(new java.io.StringReader(response.getBody()));
		long total = json("/api/search?q={q}&newspaper={n}", "发展", "西宁晚报").get("total").asLong();
		assertThat(total).isPositive();
		List<com.rometools.rome.feed.atom.Entry> entries = feed.getEntries();
		assertThat(entries).hasSize((int) Math.min(50, total));
		for (int i = 1; i < entries.size(); i++) {
			assertThat(entries.get(i).getUpdated()).isBeforeOrEqualTo(entries.get(i - 1).getUpdated());
		}
		com.rometools.rome.feed.atom.Entry first = entries.get(0);
		assertThat(first.getAlternateLinks().get(0).getHref()).matches("http://localhost:\\d+/articles/\\d+");
		assertThat(first.getTitle()).isNotBlank();
		assertThat(first.getSummary().getValue()).contains("西宁晚报").containsPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(feed.getOtherLinks().get(0).getHref()).contains("/search.atom?q=");
		// A hostile query is text in the feed, which stays well-formed XML.
		String hostile = http.getForObject("/search.atom?q={q}", String.class, "<script>alert(1)</script>");
		com.rometools.rome.feed.atom.Feed escaped = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput()
			.build(new java.io.StringReader(hostile));
		assertThat(escaped.getTitle()).contains("<script>alert(1)</script>");
		assertThat(http.getForObject("/search?q={q}", String.class, "发展")).contains("application/atom+xml");
	}

	@Test
	void aSignedInUserSavesASearchAndSeesWhatWasStoredSinceTheLastLook() {
		String search = "/search?q=" + encode("收藏检索") + "&newspaper=" + encode("测试报");
		AdminSession anonymous = AdminSession.anonymous(http.getRootUri());
		assertThat(anonymous.get("/account/searches").status()).isEqualTo(302);
		assertThat(anonymous.get(search).body()).doesNotContain("id=\"save-search\"");

		AdminSession browser = AdminSession.anonymous(http.getRootUri());
		browser.signIn("admin", ADMIN_PASSWORD);
		assertThat(browser.get(search).body()).contains("id=\"save-search\"", "id=\"nav-saved\"");
		assertThat(browser.post("/account/searches", Map.of("query", search)).status()).isEqualTo(302);
		String list = browser.get("/account/searches").body();
		assertThat(list).contains(">收藏检索</a>", "0 篇", "已保存");
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("id=\"saved-(\\d+)\"").matcher(list);
		assertThat(row.find()).isTrue();
		String id = row.group(1);
		// Saving it again keeps it once.
		browser.post("/account/searches", Map.of("query", search, "name", "又一次"));
		assertThat(browser.get("/account/searches").body()).contains("已经保存过").doesNotContain("又一次");

		String page = "本报讯（记者 测试员）3月9日，收藏检索测试会议召开，与会者讨论了检索。\n\n收藏检索测试会议召开\n";
		assertThat(upload(page.getBytes(StandardCharsets.UTF_8), "测试报", LocalDate.of(2020, 3, 9), "6", false)
			.getBody().get("status").asText()).isEqualTo("INGESTED");
		// The same words in another paper are not new for a search of this paper.
		upload(page.replace("测试员", "测试者").getBytes(StandardCharsets.UTF_8), "另一报", LocalDate.of(2020, 3, 9), "1",
				false);
		assertThat(browser.get("/account/searches").body()).contains("1 篇");

		AdminSession.Answer open = browser.get("/account/searches/" + id);
		assertThat(open.status()).isEqualTo(302);
		assertThat(open.location()).endsWith(search);
		assertThat(browser.get("/account/searches").body()).contains("0 篇").doesNotContain("1 篇");

		AdminSession.Answer elsewhere = browser.post("/account/searches", Map.of("query", "https://example.org/search?q=1"));
		assertThat(elsewhere.status()).isEqualTo(400);
		assertThat(elsewhere.body()).contains("address of a results page");
		assertThat(browser.post("/account/searches", Map.of("query", "/search?q=%zz")).status()).isEqualTo(400);
		assertThat(browser.get("/account/searches/" + (Long.parseLong(id) + 1000)).status()).isEqualTo(404);
		assertThat(browser.post("/account/searches/" + id + "/delete", Map.of()).status()).isEqualTo(302);
		assertThat(browser.get("/account/searches").body()).contains("id=\"no-saved\"");
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void officialAndReporterPagesShowTitlesAndArticles() {
		long articles = jdbc.sql("""
				select count(*) from article_official ao join official o on o.id = ao.official_id where o.name = '王卫东'
				""").query(Long.class).single();
		String page = http.getForObject("/officials/{n}", String.class, "王卫东");
		assertThat(page).contains("省委常委、市委书记").contains(Long.toString(articles));
		assertThat(http.getForObject("/reporters/{n}", String.class, "施翔")).contains("施翔");
		assertThat(http.getForEntity("/officials/{n}", String.class, "无此人").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private static Map<String, Long> counts(JsonNode facet) {
		Map<String, Long> counts = new HashMap<>();
		facet.forEach(f -> counts.put(f.get("value").asText(), f.get("count").asLong()));
		return counts;
	}

	@Test
	void exportsHoldEveryHitWithPermalinks() throws Exception {
		long total = json("/api/search?q={q}", "发展").get("total").asLong();
		assertThat(total).isGreaterThan(10);
		String csv = http.getForObject("/search/export.csv?q={q}", String.class, "发展");
		List<String> rows = csv.lines().toList();
		assertThat(rows.get(0)).endsWith("id,newspaper,date,page,headline,reporters,officials,permalink,ocr,confidence");
		assertThat(rows).hasSize((int) total + 1);
		// Where each hit was printed: newspaper, date, page (the seeds are 西宁晚报 pages), and no OCR confidence:
		// the seeds' text is printed text.
		assertThat(rows.get(1)).matches("\\d+,[^,]+,\\d{4}-\\d{2}-\\d{2},[^,]*,.*,http://localhost:\\d+/articles/\\d+,false,");
		assertThat(rows).anyMatch(r -> r.contains(",西宁晚报,"));
		JsonNode hit = json("/api/search?q={q}", "发展").get("hits").get(0);
		assertThat(hit.get("newspaper").asText()).isNotBlank();
		assertThat(hit.has("page")).isTrue();
		JsonNode exported = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(http.getForObject("/search/export.json?q={q}&reporter={r}", String.class, "发展", "施翔"));
		assertThat(exported.size()).isEqualTo(json("/api/search?q={q}&reporter={r}", "发展", "施翔").get("total").asInt());
		exported.forEach(e -> assertThat(e.get("reporters").toString()).contains("施翔"));
		assertThat(exported.get(0).get("permalink").asText()).contains("/articles/");
		assertThat(exported.get(0).get("ocr").asBoolean()).isFalse();
		assertThat(exported.get(0).get("confidence").isNull()).isTrue();
	}

	@Test
	void zeroResultsSayWhatWasSearchedAndOfferTheQueryWithoutFilters() {
		String page = http.getForObject("/search?q={q}&reporter={r}", String.class, "盐湖 OR 锂电", "无此记者");
		assertThat(page).contains("id=\"no-results\"").contains("盐湖 OR 锂电").contains("id=\"without-filters\"");
		String malformed = http.getForObject("/search?q={q}", String.class, "盐湖 (王卫东");
		assertThat(malformed).contains("id=\"query-notice\"");
		assertThat(json("/api/search?q={q}", "盐湖 (王卫东").get("total").asLong())
			.isEqualTo(json("/api/search?q={q}", "盐湖 王卫东").get("total").asLong());
	}

	@Test
	void unknownArticleIsANotFoundPage() {
		ResponseEntity<String> page = http.getForEntity("/articles/987654321", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getBody()).doesNotContain("Exception").contains("找不到");
		assertThat(http.getForEntity("/api/articles/987654321", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void uploadedPageIsStoredIndexedAndEscapedOnDisplay() {
		String text = """
				本报讯（记者 测试员）1月2日，检索测试会议召开。正文里有一段<script>alert(1)</script>代码，
				用来检查页面是否转义。

				检索测试会议召开
				""";
		ResponseEntity<JsonNode> first = upload(text.getBytes(StandardCharsets.UTF_8), "测试报", LocalDate.of(2020, 1, 2),
				"1", false);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(first.getBody().get("status").asText()).isEqualTo("INGESTED");
		JsonNode found = json("/api/search?q={q}", "检索测试");
		assertThat(found.get("total").asLong()).isEqualTo(1);
		String page = http.getForObject("/search?q={q}", String.class, "检索测试");
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");

		ResponseEntity<JsonNode> again = upload(text.getBytes(StandardCharsets.UTF_8), "测试报", LocalDate.of(2020, 1, 2),
				"1", false);
		assertThat(again.getBody().get("status").asText()).isEqualTo("DUPLICATE");
		assertThat(json("/api/search?q={q}", "检索测试").get("total").asLong()).isEqualTo(1);

		byte[] changed = text.replace("检索测试会议召开", "检索复测会议召开").getBytes(StandardCharsets.UTF_8);
		ResponseEntity<JsonNode> conflict = upload(changed, "测试报", LocalDate.of(2020, 1, 2), "1", false);
		assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(json("/api/search?q={q}", "检索复测").get("total").asLong()).isZero();

		ResponseEntity<JsonNode> replaced = upload(changed, "测试报", LocalDate.of(2020, 1, 2), "1", true);
		assertThat(replaced.getBody().get("status").asText()).isEqualTo("REPLACED");
		assertThat(json("/api/search?q={q}", "检索复测").get("total").asLong()).isEqualTo(1);
		assertThat(json("/api/search?q={q}", "检索测试会议").get("total").asLong()).isZero();
	}

	@Test
	void unreadableFilesAreRejectedAndChangeNothing() {
		long before = jdbc.sql("select count(*) from page").query(Long.class).single();
		byte[] latin1 = "Caf\u00e9 \u00e0 la cr\u00e8me, d\u00e9j\u00e0 vu".getBytes(Charset.forName("ISO-8859-1"));
		for (byte[] bad : List.of(new byte[0], latin1, new byte[] { 0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0 },
				"   \n\n  ".getBytes(StandardCharsets.UTF_8))) {
			ResponseEntity<JsonNode> response = upload(bad, "测试报", LocalDate.of(2020, 2, 3), "2", true);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(response.getBody().get("message").asText()).contains("nothing was stored");
		}
		assertThat(jdbc.sql("select count(*) from page").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyTheAdminIngests() {
		long before = jdbc.sql("select count(*) from page").query(Long.class).single();
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource("本报讯 未授权的上传。".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "page.txt";
			}
		});
		form.add("date", "2020-04-04");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		assertThat(http.postForEntity("/api/admin/pages", new HttpEntity<>(form, headers), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("admin", "wrong")
			.postForEntity("/api/admin/pages", new HttpEntity<>(form, headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		// A reader who opens an admin page is sent to the login page.
		assertThat(http.getForEntity("/admin", String.class).getBody()).contains("id=\"login-form\"");
		assertThat(jdbc.sql("select count(*) from page").query(Long.class).single()).isEqualTo(before);
		assertThat(http.getForEntity("/search?q={q}", String.class, "盐湖").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void gb18030PagesAreReadAsChinese() {
		String text = "本报讯（记者 李四）3月4日，编码测试会议在西宁召开。\n\n编码测试会议召开\n";
		ResponseEntity<JsonNode> response = upload(text.getBytes(Charset.forName("GB18030")), "测试报",
				LocalDate.of(2020, 3, 4), "3", false);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(json("/api/search?q={q}", "编码测试").get("total").asLong()).isEqualTo(1);
	}

	private JsonNode json(String url, Object... vars) {
		ResponseEntity<JsonNode> response = http.getForEntity(url, JsonNode.class, vars);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private ResponseEntity<JsonNode> upload(byte[] bytes, String newspaper, LocalDate date, String page,
			boolean replace) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return "page.txt";
			}
		});
		form.add("newspaper", newspaper);
		form.add("date", date.toString());
		form.add("page", page);
		form.add("replace", Boolean.toString(replace));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return http.withBasicAuth("admin", ADMIN_PASSWORD)
			.postForEntity("/api/admin/pages", new HttpEntity<>(form, headers), JsonNode.class, Map.of());
	}

}
