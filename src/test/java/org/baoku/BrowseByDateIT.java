package org.baoku;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsing by date, the article page and the search fixes of issue 10, on twelve years of a synthetic newspaper. */
class BrowseByDateIT extends SyntheticArchiveTest {

	private static final String PAPER = SyntheticArchive.NEWSPAPER;

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private List<SyntheticArchive.Issue> issuesOf(int year, Integer month) {
		return SyntheticArchive.issues()
			.stream()
			.filter(i -> i.date().getYear() == year && (month == null || i.date().getMonthValue() == month))
			.toList();
	}

	@Test
	void issuesOfAYearOrMonthAreListedWithTheirPageCounts() {
		JsonNode year = api.get("/api/issues?year=2016&newspaper=" + enc(PAPER)).json();
		List<SyntheticArchive.Issue> expected = issuesOf(2016, null);
		assertThat(year.get("issues")).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(year.get("issues").get(i).get("date").asText()).isEqualTo(expected.get(i).date().toString());
			assertThat(year.get("issues").get(i).get("pages").asInt()).isEqualTo(expected.get(i).pages().size());
			assertThat(year.get("issues").get(i).get("articles").asInt()).isEqualTo(3 * expected.get(i).pages().size());
		}
		JsonNode march = api.get("/api/issues?year=2016&month=3&newspaper=" + enc(PAPER)).json();
		assertThat(march.get("issues")).hasSize(issuesOf(2016, 3).size());
		assertThat(api.get("/api/issues?year=2016&month=13").status()).isEqualTo(400);
		assertThat(api.get("/api/issues?year=abc").status()).isEqualTo(400);
		assertThat(api.get("/api/issues").status()).isEqualTo(400);
		assertThat(api.get("/api/issues?year=1850").json().get("issues")).isEmpty();
	}

	@Test
	void anIssueListsItsPagesInPageOrderWithTheirArticlesAndItsNeighbours() {
		List<SyntheticArchive.Issue> all = SyntheticArchive.issues();
		int at = -1;
		for (int i = 1; i < all.size() - 1 && at < 0; i++) {
			if (all.get(i).pages().contains("A10")) {
				at = i;
			}
		}
		SyntheticArchive.Issue issue = all.get(at);
		JsonNode json = api.get("/api/issues/" + enc(PAPER) + "/" + issue.date()).json();
		assertThat(json.get("pages")).extracting(p -> p.get("page").asText()).containsExactly("A01", "A02", "A10");
		for (JsonNode page : json.get("pages")) {
			assertThat(page.get("articles")).extracting(a -> a.get("position").asInt()).containsExactly(1, 2, 3);
			assertThat(page.get("articles").get(0).get("reporters")).hasSize(1);
			assertThat(page.get("articles").get(0).get("firstLine").asText()).contains("记者从有关部门获悉").endsWith("。");
		}
		assertThat(json.get("previous").asText()).isEqualTo(all.get(at - 1).date().toString());
		assertThat(json.get("next").asText()).isEqualTo(all.get(at + 1).date().toString());
		String html = api.get("/issues/" + enc(PAPER) + "/" + issue.date()).body();
		assertThat(html.indexOf("A01版")).isLessThan(html.indexOf("A02版"));
		assertThat(html.indexOf("A02版")).isLessThan(html.indexOf("A10版"));
		assertThat(html).contains("id=\"previous-issue\"").contains("id=\"next-issue\"").contains("id=\"past-years\"");
		assertThat(api.get("/api/issues/" + enc(PAPER) + "/1999-01-01").status()).isEqualTo(404);
		assertThat(api.get("/api/issues/" + enc(PAPER) + "/2020-13-45").status()).isEqualTo(400);
		assertThat(api.get("/issues/" + enc(PAPER) + "/not-a-date").status()).isEqualTo(400);
	}

	@Test
	void theCalendarLinksDaysWithAnIssueAndShowsTheOthersMissing() {
		String html = api.get("/issues?newspaper=" + enc(PAPER) + "&year=2016").body();
		assertThat(count(html, "class=\"has\"")).isEqualTo(issuesOf(2016, null).size());
		assertThat(count(html, "<section class=\"month")).isEqualTo(12);
		assertThat(count(html, "class=\"month empty\"")).isEqualTo(
				(int) java.util.stream.IntStream.rangeClosed(1, 12).filter(m -> issuesOf(2016, m).isEmpty()).count());
		for (int y = SyntheticArchive.FIRST_YEAR; y < SyntheticArchive.FIRST_YEAR + SyntheticArchive.YEARS; y++) {
			assertThat(html).contains("year=" + y);
		}
		SyntheticArchive.Issue first = issuesOf(2016, null).get(0);
		LocalDate missing = first.date().minusDays(1);
		String jump = api.get("/issues?newspaper=" + enc(PAPER) + "&date=" + missing).body();
		assertThat(jump).contains("id=\"missing-date\"").contains(first.date().toString());
		HttpResponse<Void> found = noRedirect("/issues?newspaper=" + enc(PAPER) + "&date=" + first.date());
		assertThat(found.statusCode()).isEqualTo(302);
		assertThat(found.headers().firstValue("Location").orElseThrow()).endsWith("/" + first.date());
		assertThat(api.get("/issues?date=yesterday").status()).isEqualTo(400);
	}

	@Test
	void theHomePageCountsFollowEveryIngest() {
		long articles = jdbc.sql("select count(*) from article").query(Long.class).single();
		assertThat(api.get("/").body()).contains("、" + String.format("%,d", articles) + " 篇文章");
		LocalDate day = LocalDate.of(2031, 3, 9);
		ingest.ingest(new org.baoku.ingest.RawPage("概览测试报", day, "1", "overview.txt", SyntheticArchive.page(day, "1")),
				false);
		String home = api.get("/").body();
		assertThat(home).contains("、" + String.format("%,d", articles + 3) + " 篇文章").contains("至 2031-03-09");
	}

	@Test
	void formerPageLinksLeadToThePageForGood() {
		long page = jdbc.sql("select min(id) from page").query(Long.class).single();
		HttpResponse<Void> moved = noRedirect("/issues/" + page);
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/pages/" + page);
		assertThat(api.get("/pages/" + page).status()).isEqualTo(200);
		assertThat(api.get("/pages/99999999").status()).isEqualTo(404);
	}

	@Test
	void anArticleIsCitedAsGbt7714AndLeadsToItsNeighboursInTheIssue() {
		Map<String, Object> row = jdbc.sql("""
				select a.id, a.headline, i.issue_date::text as day, r.name from article a join page p on p.id = a.page_id
				join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				join article_reporter ar on ar.article_id = a.id join reporter r on r.id = ar.reporter_id
				where n.name = :paper and p.page_label = 'A02' and a.position = 1 order by i.issue_date limit 1
				""").param("paper", PAPER).query().singleRow();
		String html = api.get("/articles/" + row.get("id")).body();
		assertThat(html).contains(row.get("name") + ". " + row.get("headline") + "[N]. " + PAPER + ", " + row.get("day") + "(A02).");
		long lastOfA01 = jdbc.sql("""
				select a.id from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				where i.issue_date = cast(:day as date) and p.page_label = 'A01' and i.newspaper_id = (select id from newspaper
				where name = :paper) order by a.position desc limit 1
				""").param("day", row.get("day")).param("paper", PAPER).query(Long.class).single();
		assertThat(html).containsPattern("id=\"previous-article\" rel=\"prev\" href=\"/articles/" + lastOfA01 + "\"");
		assertThat(html).contains("/pages/").contains("/text?article=" + row.get("id"));
		String raw = api.get("/pages/" + jdbc.sql("select page_id from article where id = :id").param("id", row.get("id"))
			.query(Long.class).single() + "/text?article=" + row.get("id")).body();
		assertThat(raw).contains("<mark>").doesNotContain("id=\"back-to-article\" href=\"/articles/0\"");
	}

	@Test
	void comingFromASearchMarksItsWordsAndLeadsBack() {
		JsonNode hits = api.get("/api/search", Map.of("q", "湟水河畔")).json().get("hits");
		long id = hits.get(0).get("id").asLong();
		String html = api.get("/articles/" + id + "?q=" + enc("湟水河畔") + "&back=" + enc("/search?q=湟水河畔&page=2")).body();
		assertThat(html).contains("<mark>湟水河畔</mark>").contains("id=\"back-to-results\" href=\"/search?q=湟水河畔&amp;page=2\"");
		String foreign = api.get("/articles/" + id + "?back=" + enc("https://evil.example/search?q=x")).body();
		assertThat(foreign).doesNotContain("back-to-results");
	}

	@Test
	void aReportersNameFindsEveryArticleWithThatByline() {
		String reporter = SyntheticArchive.REPORTERS.get(1);
		long bylines = jdbc.sql("""
				select count(*) from article_reporter ar join reporter r on r.id = ar.reporter_id where r.name = :name
				""").param("name", reporter).query(Long.class).single();
		assertThat(bylines).isGreaterThan(50);
		assertThat(api.get("/api/search", Map.of("q", reporter)).json().get("total").asLong()).isEqualTo(bylines);
		String two = SyntheticArchive.REPORTERS.get(0) + " " + reporter;
		long both = jdbc.sql("""
				select count(*) from article a where exists (select 1 from article_reporter ar join reporter r on r.id = ar.reporter_id
				where ar.article_id = a.id and r.name = :a) and (exists (select 1 from article_reporter ar join reporter r
				on r.id = ar.reporter_id where ar.article_id = a.id and r.name = :b) or strpos(a.headline || a.body, :b) > 0)
				""").param("a", SyntheticArchive.REPORTERS.get(0)).param("b", reporter).query(Long.class).single();
		assertThat(api.get("/api/search", Map.of("q", two)).json().get("total").asLong()).isEqualTo(both);
		assertThat(api.get("/search?q=" + enc(reporter)).body()).contains("<mark>" + reporter + "</mark>");
	}

	@Test
	void pagingEdgesAreAnsweredWithTheLastPageOrTheFirst() {
		JsonNode all = api.get("/api/search?size=10").json();
		long total = all.get("total").asLong();
		int last = (int) ((total + 9) / 10);
		JsonNode past = api.get("/api/search?size=10&page=9999").json();
		assertThat(past.get("page").asInt()).isEqualTo(last);
		assertThat(past.get("hits")).isNotEmpty();
		assertThat(past.get("notices").get(0).asText()).contains("last page");
		assertThat(api.get("/api/search?page=0").json().get("page").asInt()).isEqualTo(1);
		assertThat(api.get("/api/search?page=abc").json().get("page").asInt()).isEqualTo(1);
		String html = api.get("/search?page=9999").body();
		assertThat(html).contains("id=\"notice-PAST_LAST_PAGE\"").contains("aria-current=\"page\">" + last + "<");
		String middle = api.get("/search?page=20").body();
		assertThat(middle).contains("href=\"/search\" title=").contains("href=\"/search?page=" + last + "\"")
			.contains("href=\"/search?page=19\"").contains("href=\"/search?page=21\"").contains("…");
	}

	@Test
	void aReversedDateRangeIsReadTheRightWayRoundAndSaysSo() {
		JsonNode right = api.get("/api/search?from=2015-01-01&to=2016-12-31").json();
		JsonNode reversed = api.get("/api/search?from=2016-12-31&to=2015-01-01").json();
		assertThat(right.get("total").asLong()).isPositive();
		assertThat(reversed.get("total").asLong()).isEqualTo(right.get("total").asLong());
		assertThat(reversed.get("notices").get(0).asText()).contains("other way round");
	}

	@Test
	void severalYearsCanBeChosenTogether() {
		long expected = jdbc.sql("""
				select count(*) from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				where extract(year from i.issue_date) in (2014, 2017)
				""").query(Long.class).single();
		JsonNode both = api.get("/api/search?year=2014&year=2017").json();
		assertThat(both.get("total").asLong()).isEqualTo(expected);
		// The year facet still offers the other years, to add another.
		assertThat(both.get("facets").get("year").size()).isGreaterThan(2);
		String html = api.get("/search?year=2014&year=2017").body();
		assertThat(count(html, "class=\"chip\"")).isEqualTo(2);
	}

	@Test
	void theHistogramHasAnEvenTimeAxisWithEmptyMonthsAsZero() {
		String html = api.get("/search?year=2015").body();
		Matcher bars = Pattern.compile("data-month=\"(\\d{4}-\\d{2})\"").matcher(html);
		List<String> months = bars.results().map(m -> m.group(1)).toList();
		assertThat(months).first().isEqualTo(months.get(0));
		for (int i = 1; i < months.size(); i++) {
			assertThat(java.time.YearMonth.parse(months.get(i)))
				.isEqualTo(java.time.YearMonth.parse(months.get(i - 1)).plusMonths(1));
		}
		boolean gapIn2015 = java.util.stream.IntStream.rangeClosed(2, 11).anyMatch(m -> issuesOf(2015, m).isEmpty());
		if (gapIn2015) {
			assertThat(html).contains("data-count=\"0\"");
		}
		assertThat(html).contains("class=\"tick\">2015<");
	}

	@Test
	void theSortControlTellsTheTruthWithoutWords() {
		String html = api.get("/search").body();
		assertThat(html).containsPattern("class=\"current\"[^>]*>最新<").doesNotContain(">相关度<");
		assertThat(api.get("/search?q=" + enc("公园")).body()).containsPattern("class=\"current\"[^>]*>相关度<");
	}

	@Test
	void peoplePagesArePaged() {
		String reporter = SyntheticArchive.REPORTERS.get(0);
		String first = api.get("/reporters/" + enc(reporter)).body();
		assertThat(first).contains("id=\"paging\"").contains("<ol class=\"hits\" start=\"1\"");
		assertThat(count(first, "<li class=\"hit\"")).isEqualTo(50);
		assertThat(api.get("/reporters/" + enc(reporter) + "?page=2").body()).contains("start=\"51\"");
		assertThat(api.get("/reporters/" + enc(reporter) + "?page=9999").body()).contains("id=\"past-last-page\"");
		assertThat(first).contains("id=\"histogram\"");
	}

	@Test
	void englishIsChosenByParameterRememberedByCookieOrAskedForByTheBrowser() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		assertThat(get(http, "/issues", null)).contains("按日期浏览");
		assertThat(get(http, "/issues?lang=en", null)).contains("Browse by date").contains("lang=\"en\"");
		assertThat(get(http, "/search", null)).contains("Search").doesNotContain("按日期浏览");
		assertThat(get(http, "/issues/" + enc(PAPER) + "/1999-01-01", null)).contains("Browse by date")
			.contains("id=\"lang-switch\"");
		assertThat(get(http, "/search?lang=zh-CN", null)).contains("按日期浏览");
		HttpClient fresh = HttpClient.newHttpClient();
		assertThat(get(fresh, "/", "en-US,en;q=0.9")).contains("Latest issues");
		assertThat(get(fresh, "/", "zh-CN,zh;q=0.9,en;q=0.8")).contains("最新各期");
		assertThat(get(fresh, "/", "fr-FR")).contains("最新各期");
	}

	private String get(HttpClient http, String path, String acceptLanguage) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private HttpResponse<Void> noRedirect(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}

}
