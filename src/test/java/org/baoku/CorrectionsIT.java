package org.baoku;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.baoku.account.Accounts;
import org.baoku.account.Role;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.pdf.RenamedFonts;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An editor works the review queue through the real stack: corrects a doubtful article's headline and byline
 * (search finds the corrected headline at once), marks a page as checked, and sees the correction survive a
 * re-ingest of the page that leaves the article as it was, and listed as stale after one that changes it. An admin
 * deletes a page and an issue; their links then answer 410. A paper's checked page PDFs teach its profile the type
 * it is set in, and once applied a page of the paper in other type goes to review as a whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + CorrectionsIT.PASSWORD, "baoku.seed-on-first-start=false" })
class CorrectionsIT {

	static final String PASSWORD = "corrections-secret";

	private static final String PAPER = "改正报";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("corrections").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IngestService ingest;

	@Autowired
	Accounts accounts;

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private IngestResult ingest(LocalDate date, String text, boolean replace) {
		return ingest.ingest(new RawPage(PAPER, date, "01", "page.txt", text.getBytes(StandardCharsets.UTF_8)), replace);
	}

	/** The splitter's doubt, as the queue sees it: the page's articles read with low confidence. */
	private void doubt(long pageId) {
		jdbc.sql("update article set confidence = 0.3 where page_id = :page").param("page", pageId).update();
	}

	private long articleWith(long pageId, String bodyPart) {
		return jdbc.sql("select id from article where page_id = :page and body like :part")
			.param("page", pageId)
			.param("part", "%" + bodyPart + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void anEditorCorrectsAHeadlineThatSearchFindsAndThatOutlivesAReingestOfTheSamePage() {
		accounts.create("editor2", "editor2-secret", Role.EDITOR);
		String page = new String(TestPages.page("改正甲", "", 3), StandardCharsets.UTF_8);
		LocalDate day = LocalDate.of(2021, 3, 4);
		long pageId = ingest(day, page, false).pageId();
		doubt(pageId);
		long articleId = articleWith(pageId, "第2篇");
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("editor2", "editor2-secret");

		// Its own day only: other tests leave pages of this paper in the queue.
		String queue = editor.get("/admin/review?newspaper=" + PAPER + "&from=2021-03-04&to=2021-03-04").body();
		assertThat(queue).contains("1 个版面、3 篇文章待复核", "id=\"review-" + articleId + "\"");
		// The article page leads an editor to the form; a reader sees no such link.
		assertThat(editor.get("/articles/" + articleId).body()).contains("id=\"correct-article\"",
				"href=\"/admin/review/articles/" + articleId + "\"");
		assertThat(AdminSession.anonymous(base()).get("/articles/" + articleId).body()).doesNotContain("correct-article");
		String form = editor.get("/admin/review/articles/" + articleId).body();
		assertThat(form).contains("id=\"correct-form\"", "李明 记者");
		AdminSession.Answer saved = editor.post("/admin/review/articles/" + articleId,
				Map.of("headline", "湟水河畔三座新公园开园", "kicker", "", "subtitle", "", "dateline", "本报讯",
						"reporters", "李明 记者\n王芳 通讯员", "officials", ""));
		assertThat(saved.location()).endsWith("/admin/review");
		assertThat(editor.get("/admin/review?newspaper=" + PAPER + "&from=2021-03-04&to=2021-03-04").body())
			.contains("1 个版面、2 篇文章待复核", "文章 " + articleId + " 已改正");

		ApiClient.Answer found = new ApiClient(base(), PASSWORD).search("湟水河畔三座新公园开园");
		assertThat(found.json().get("total").asInt()).isEqualTo(1);
		assertThat(found.json().get("hits").get(0).get("id").asLong()).isEqualTo(articleId);
		assertThat(new ApiClient(base(), PASSWORD).search("王芳").json().get("total").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where actor = 'editor2' and action = :action")
			.param("action", "POST /admin/review/articles/{id}")
			.query(Long.class)
			.single()).isEqualTo(1);

		// The same page again from another file (its bytes differ, its articles do not): split afresh, corrected again.
		IngestResult again = ingest(day, page + "\n\n", true);
		assertThat(again.status()).isEqualTo(IngestResult.Status.REPLACED);
		assertThat(jdbc.sql("select headline from article where id = :id").param("id", articleId).query(String.class)
			.single()).isEqualTo("湟水河畔三座新公园开园");
		assertThat(jdbc.sql("select state from correction where article_id = :id").param("id", articleId)
			.query(String.class).single()).isEqualTo("applied");
		assertThat(new ApiClient(base(), PASSWORD).search("湟水河畔三座新公园开园").json().get("total").asInt())
			.isEqualTo(1);

		// A page the editor marks as checked leaves the queue.
		doubt(pageId);
		editor.get("/admin/review");
		editor.post("/admin/review/pages/" + pageId + "/checked", Map.of());
		assertThat(editor.get("/admin/review?newspaper=" + PAPER + "&from=2021-03-04&to=2021-03-04").body())
			.contains("0 个版面、0 篇文章待复核");
		assertThat(editor.post("/admin/review/pages/999999/checked", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void theQueueListsItsReasonsWithCountsAndShowsTheArticlesOfOne() {
		// A paper of its own: the other tests count the queue of theirs.
		String paper = "存疑原因报";
		long pageId = ingest.ingest(new RawPage(paper, LocalDate.of(2021, 3, 12), "01", "page.txt",
				TestPages.page("原因甲", "", 3)), false).pageId();
		long first = articleWith(pageId, "第1篇");
		long second = articleWith(pageId, "第2篇");
		long third = articleWith(pageId, "第3篇");
		String weak = "标题与正文用词重合少（0.12），标题可能配错";
		doubted(first, 0.7, Doubts.UNLIKE_KNOWN, weak);
		doubted(second, 0.9, Doubts.UNLIKE_KNOWN, Doubts.UNLIKE_PROFILE);
		doubted(third, 0.95);
		AdminSession admin = AdminSession.anonymous(base());
		admin.signIn("admin", PASSWORD);
		String day12 = "/admin/review?newspaper=" + java.net.URLEncoder.encode(paper, StandardCharsets.UTF_8)
				+ "&from=2021-03-12&to=2021-03-12";

		// Every reason of the queue, with how many of its articles it doubts; a figure in a reason stands as "…".
		String all = admin.get(day12).body();
		assertThat(all).contains("1 个版面、2 篇文章待复核", "id=\"review-" + first + "\"", "id=\"review-" + second + "\"",
				"<option value=\"unlikeKnown\">" + Doubts.UNLIKE_KNOWN + "（2 篇）</option>",
				"<option value=\"weakHeadline\">标题与正文用词重合少（…），标题可能配错（1 篇）</option>")
			.doesNotContain("id=\"review-" + third + "\"");

		// One reason: its articles only, and it stays chosen; the counts of the others are still shown.
		String weakOnly = admin.get(day12 + "&reason=weakHeadline").body();
		assertThat(weakOnly).contains("1 个版面、1 篇文章待复核", "id=\"review-" + first + "\"",
				"<option value=\"weakHeadline\" selected=\"selected\">", "（2 篇）")
			.doesNotContain("id=\"review-" + second + "\"");
		assertThat(admin.get(day12 + "&reason=unlikeKnown").body()).contains("1 个版面、2 篇文章待复核");
		// A reason none of the queue's articles has stays listed and chosen, so filtering again keeps it.
		assertThat(admin.get(day12 + "&reason=acrossTitle").body()).contains("0 个版面、0 篇文章待复核",
				"<option value=\"acrossTitle\" selected=\"selected\">" + Doubts.ACROSS_TITLE + "（0 篇）</option>");

		AdminSession.Answer unknown = admin.get(day12 + "&reason=noSuchReason");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("noSuchReason");
		// The language stays chosen for the session: English last.
		// A reason's message is shown as written, its apostrophes too (no figure to put in, no formatting).
		assertThat(admin.get(day12 + "&lang=en").body()).contains("(2 articles)", "(1 article)",
				"unlike its paper&#39;s checked pages");

		// Oldest page first, in page order; or the article the reader was least sure of first.
		doubted(second, 0.5, Doubts.UNLIKE_KNOWN, Doubts.UNLIKE_PROFILE);
		String byPage = admin.get(day12).body();
		assertThat(byPage.indexOf("id=\"review-" + first + "\"")).isLessThan(byPage.indexOf("id=\"review-" + second + "\""));
		String byDoubt = admin.get(day12 + "&order=doubt").body();
		assertThat(byDoubt.indexOf("id=\"review-" + second + "\"")).isPositive()
			.isLessThan(byDoubt.indexOf("id=\"review-" + first + "\""));
		assertThat(byDoubt).contains("<option value=\"doubt\" selected=\"selected\">");
		AdminSession.Answer badOrder = admin.get(day12 + "&order=newest");
		assertThat(badOrder.status()).isEqualTo(400);
		assertThat(badOrder.body()).contains("newest");

		// The list as the editor left it goes along to an article's form and is where saving leads back to.
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("href=\"(/admin/review/articles/" + second + "\\?queue=[^\"]+)\"")
			.matcher(admin.get(day12 + "&reason=unlikeKnown&order=doubt").body());
		assertThat(link.find()).isTrue();
		String queue = "newspaper=" + java.net.URLEncoder.encode(paper, StandardCharsets.UTF_8)
				+ "&from=2021-03-12&to=2021-03-12&reason=unlikeKnown&order=doubt";
		String form = admin.get(link.group(1).replace("&amp;", "&")).body();
		assertThat(form).contains("<input type=\"hidden\" name=\"queue\" value=\"" + queue.replace("&", "&amp;") + "\">",
				"id=\"correct-queue\" href=\"/admin/review?" + queue.replace("&", "&amp;") + "\"");
		AdminSession.Answer saved = admin.post("/admin/review/articles/" + second + "/body",
				Map.of("body", "存疑原因报第2篇的正文，改过了。", "queue", queue));
		assertThat(saved.location()).endsWith("/admin/review?" + queue);
		// (The session's language is English since the check above.)
		assertThat(admin.get("/admin/review?" + queue).body()).contains("Article " + second + " has been corrected",
				"<option value=\"doubt\" selected=\"selected\">");
		// Only the list's own parameters are kept: the path is always the list's.
		assertThat(admin.post("/admin/review/articles/" + second + "/body",
				Map.of("body", "存疑原因报第2篇的正文，又改了。", "queue", "order=doubt&next=//example.com")).location())
			.endsWith("/admin/review?order=doubt");
	}

	/** Sets what the splitter thought of an article: its confidence and its doubts as stored. */
	private void doubted(long articleId, double confidence, String... doubts) {
		jdbc.sql("update article set confidence = :confidence, doubts = :doubts::text[] where id = :id")
			.param("confidence", confidence)
			.param("doubts", doubts)
			.param("id", articleId)
			.update();
	}

	@Test
	void aCorrectionTheNewSplitReadsDifferentlyIsListedNotForced() {
		String page = new String(TestPages.page("改正乙", "", 3), StandardCharsets.UTF_8);
		LocalDate day = LocalDate.of(2021, 3, 5);
		long pageId = ingest(day, page, false).pageId();
		long articleId = articleWith(pageId, "第1篇");
		AdminSession admin = AdminSession.anonymous(base());
		admin.signIn("admin", PASSWORD);
		admin.get("/admin/review/articles/" + articleId);
		admin.post("/admin/review/articles/" + articleId, Map.of("headline", "冬运会开幕", "kicker", "", "subtitle", "",
				"dateline", "本报讯", "reporters", "李明 记者", "officials", ""));

		// The new file prints the first article under another headline: neither the one before nor the correction.
		String changed = page.replaceFirst(TestPages.STORIES.get(0) + "\n", "城东区冬季运动会隆重开幕\n");
		assertThat(changed).isNotEqualTo(page);
		ingest(day, changed, true);
		assertThat(jdbc.sql("select state from correction where article_id = :id").param("id", articleId)
			.query(String.class).single()).isEqualTo("stale");
		assertThat(jdbc.sql("select headline from article where id = :id").param("id", articleId).query(String.class)
			.single()).isEqualTo("城东区冬季运动会隆重开幕");
		String queue = admin.get("/admin/review").body();
		// What was corrected and why it no longer applies, in the reader's language (English kept for the log).
		assertThat(queue).contains("id=\"stale\"", "冬运会开幕", "主题", "新拆分读出的这些字段和改正前、改正后都不一样")
			.doesNotContain("differently");
		assertThat(admin.get("/admin/review?lang=en").body()).contains("headline",
				"the new split reads these fields differently");
		assertThat(jdbc.sql("select stale_reason from correction where article_id = :id").param("id", articleId)
			.query(String.class).single()).isEqualTo(
					"after a re-ingest the split reads headline differently from both before and after the correction");

		// Shown on the article too, beside the new reading; the editor keeps it: the headline is the editor's again.
		long correction = jdbc.sql("select id from correction where article_id = :id").param("id", articleId)
			.query(Long.class).single();
		assertThat(admin.get("/admin/review/articles/" + articleId).body()).contains("id=\"correct-stale\"",
				"id=\"stale-" + correction + "\"", "冬运会开幕", "城东区冬季运动会隆重开幕");
		assertThat(queue.indexOf("id=\"stale\"")).as("at the top of the review list").isLessThan(queue.indexOf("id=\"review-counts\""));
		assertThat(admin.post("/admin/review/corrections/" + correction + "/keep", Map.of("back", "article")).location())
			.endsWith("/admin/review/articles/" + articleId);
		assertThat(jdbc.sql("select headline from article where id = :id").param("id", articleId).query(String.class)
			.single()).isEqualTo("冬运会开幕");
		assertThat(jdbc.sql("select state from correction where id = :id").param("id", correction).query(String.class)
			.single()).isEqualTo("applied");
		assertThat(admin.get("/admin/review").body()).doesNotContain("id=\"stale-" + correction + "\"");
		// Settled once: a second keep is refused with the reason.
		assertThat(admin.post("/admin/review/corrections/" + correction + "/keep", Map.of()).location())
			.endsWith("/admin/review");
		assertThat(admin.get("/admin/review").body()).contains("id=\"review-refused\"", "is in force or was settled already");

		// A third reading of the page: the kept correction is in force where it still reads so; dropped, it stays on
		// record and out of the list.
		ingest(day, changed.replace("城东区冬季运动会隆重开幕", "城东区冬运会今天开幕了") + "\n", true);
		assertThat(jdbc.sql("select state from correction where id = :id").param("id", correction).query(String.class)
			.single()).isEqualTo("stale");
		assertThat(admin.post("/admin/review/corrections/" + correction + "/drop", Map.of()).location())
			.endsWith("/admin/review");
		assertThat(jdbc.sql("select state || ' ' || settled_by from correction where id = :id").param("id", correction)
			.query(String.class).single()).isEqualTo("dropped admin");
		assertThat(admin.get("/admin/review").body()).doesNotContain("id=\"stale-" + correction + "\"");
	}

	@Test
	void inTheBrowserAnEditorSignsInCorrectsAHeadlineFindsItAndSignsOut() throws IOException {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		accounts.create("editor3", "editor3-secret", Role.EDITOR);
		LocalDate day = LocalDate.of(2021, 3, 6);
		long pageId = ingest(day, new String(TestPages.page("改正丙", "", 2), StandardCharsets.UTF_8), false).pageId();
		doubt(pageId);
		long articleId = articleWith(pageId, "第1篇");
		// The longest reason there is, for the list of reasons to fit the window with.
		doubted(articleId, 0.3, Doubts.UNLIKE_KNOWN);
		WebDriver browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		try {
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
			browser.manage().window().setSize(new Dimension(1280, 1000));
			browser.get(base() + "/login");
			browser.findElement(By.id("username")).sendKeys("editor3");
			browser.findElement(By.id("password")).sendKeys("editor3-secret");
			browser.findElement(By.id("login-submit")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account")));
			browser.get(base() + "/admin/review?newspaper=" + PAPER);
			HeadlessChromium.screenshot(browser, "review-queue");
			// Readable on a desktop and on a phone: no action wrapped a character a line, no headline squeezed so.
			for (int width : new int[] { 1440, 390 }) {
				browser.manage().window().setSize(new Dimension(width, 1000));
				HeadlessChromium.screenshot(browser, "review-queue-" + width);
				// An inline element has one box a line it takes (whatever fonts the machine has).
				JavascriptExecutor js = (JavascriptExecutor) browser;
				String lines = "return document.querySelector(arguments[0]).getClientRects().length;";
				assertThat((Long) js.executeScript(lines, "#review-" + articleId + " a.correct"))
					.as("改正 on one line at %d px", width).isEqualTo(1);
				assertThat((Long) js.executeScript(lines, "#review-" + articleId + " td:nth-child(2) a"))
					.as("the headline on one line at %d px", width).isEqualTo(1);
				// The list of reasons (each a sentence) is no wider than the window.
				String right = "return document.getElementById('review-reason').getBoundingClientRect().right"
						+ " <= document.documentElement.clientWidth;";
				assertThat((Boolean) js.executeScript(right)).as("the reasons fit at %d px", width).isTrue();
			}
			browser.manage().window().setSize(new Dimension(1280, 1000));
			browser.findElement(By.cssSelector("#review-" + articleId + " a.correct")).click();
			WebElement headline = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headline-field")));
			headline.clear();
			headline.sendKeys("城东区冬季运动会圆满落幕");
			HeadlessChromium.screenshot(browser, "correct-headline");
			browser.findElement(By.id("correct-submit")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-corrected")));
			assertThat(browser.findElements(By.id("review-" + articleId))).isEmpty();
			WebElement q = browser.findElement(By.id("q"));
			q.sendKeys("圆满落幕");
			browser.findElement(By.id("search-button")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
			assertThat(browser.findElement(By.cssSelector("li.hit")).getText()).contains("城东区冬季运动会圆满落幕");
			browser.findElement(By.id("logout")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-out")));
			browser.get(base() + "/admin/review");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void anAdminDeletesAPageAndAnIssueWhoseLinksThenAnswerGoneAndAnEditorCannot() {
		LocalDate day = LocalDate.of(2021, 3, 7);
		long first = ingest(day, new String(TestPages.page("删除甲", "", 2), StandardCharsets.UTF_8), false).pageId();
		long second = ingest.ingest(new RawPage(PAPER, day, "02", "p2.txt",
				TestPages.page("删除乙", "", 2)), false).pageId();
		long article = articleWith(first, "删除甲第1篇");
		ApiClient reader = new ApiClient(base(), PASSWORD);
		assertThat(reader.search("删除甲").json().get("total").asInt()).isEqualTo(2);

		accounts.create("editor4", "editor4-secret", Role.EDITOR);
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("editor4", "editor4-secret");
		assertThat(editor.get("/pages/" + first).body()).doesNotContain("id=\"delete-page\"");
		assertThat(editor.post("/admin/pages/" + first + "/delete", Map.of()).status()).isEqualTo(403);

		AdminSession admin = AdminSession.anonymous(base());
		admin.signIn("admin", PASSWORD);
		assertThat(admin.get("/pages/" + first).body()).contains("id=\"delete-page\"", "data-confirm");
		assertThat(admin.post("/admin/pages/" + first + "/delete", Map.of()).location()).endsWith("/issues");
		assertThat(admin.get("/pages/" + first).status()).isEqualTo(410);
		AdminSession.Answer goneArticle = admin.get("/articles/" + article);
		assertThat(goneArticle.status()).isEqualTo(410);
		assertThat(goneArticle.body()).contains("这篇文章所在的版面（" + PAPER + " " + day + " 第").contains("版）已被管理员删除")
			.doesNotContain("重新导入");
		assertThat(reader.search("删除甲").json().get("total").asInt()).isEqualTo(0);
		assertThat(reader.search("删除乙").json().get("total").asInt()).isEqualTo(2);
		assertThat(admin.post("/admin/pages/" + first + "/delete", Map.of()).status()).isEqualTo(404);

		String issue = "/issues/" + java.net.URLEncoder.encode(PAPER, StandardCharsets.UTF_8) + "/" + day;
		assertThat(admin.get(issue).status()).isEqualTo(200);
		admin.post("/admin/issues/" + java.net.URLEncoder.encode(PAPER, StandardCharsets.UTF_8) + "/" + day + "/delete",
				Map.of());
		assertThat(admin.get(issue).status()).isEqualTo(410);
		assertThat(admin.get("/pages/" + second).status()).isEqualTo(410);
		assertThat(reader.search("删除乙").json().get("total").asInt()).isEqualTo(0);
		assertThat(jdbc.sql("select count(*) from audit_event where actor = 'admin' and action like '%delete' and result = 'ok 302'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit_event where actor = 'editor4' and result = 'refused 403'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anEditorFixesAGarbledBodyThatSearchFindsAndThatOutlivesAReingestOrIsListedWhenTheTextChanged() {
		LocalDate day = LocalDate.of(2021, 3, 10);
		// The page as the extractor garbled it: "月底前" printed "月底1前", a digit out of its line.
		String page = new String(TestPages.page("正文甲", "", 2), StandardCharsets.UTF_8).replace("预计月底前完成",
				"预计月底1前完成");
		long pageId = ingest(day, page, false).pageId();
		long articleId = articleWith(pageId, "正文甲第1篇");
		String garbled = body(articleId);
		assertThat(garbled).contains("月底1前");
		String fixed = garbled.replace("月底1前", "月底前");
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);
		assertThat(editor.get("/admin/review/articles/" + articleId).body()).contains("id=\"body-form\"", "月底1前");
		// Typed as an editor types: a blank line and spaces around a paragraph are not the text.
		AdminSession.Answer saved = editor.post("/admin/review/articles/" + articleId + "/body",
				Map.of("body", "  " + fixed.replace("\n", "\r\n\r\n") + "  "));
		assertThat(saved.location()).endsWith("/admin/review");
		assertThat(body(articleId)).isEqualTo(fixed);
		ApiClient reader = new ApiClient(base(), PASSWORD);
		assertThat(reader.search("预计月底前完成 正文甲第1篇").json().get("total").asInt()).isEqualTo(1);
		// The second article, not corrected, still prints it so.
		assertThat(reader.search("月底1前").json().get("total").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from correction where article_id = :id and kind = 'body' and editor = 'admin'")
			.param("id", articleId).query(Long.class).single()).isEqualTo(1);
		assertThat(editor.post("/admin/review/articles/" + articleId + "/body", Map.of("body", " \n ")).location())
			.endsWith("/admin/review/articles/" + articleId);
		assertThat(body(articleId)).isEqualTo(fixed);

		// The same garbled page again: the edit is made again.
		ingest(day, page + "\n\n", true);
		assertThat(body(articleId)).isEqualTo(fixed);
		assertThat(jdbc.sql("select state from correction where article_id = :id and kind = 'body'")
			.param("id", articleId).query(String.class).single()).isEqualTo("applied");
		// A page whose text now reads some third way: the edit is not forced on it, it is listed.
		ingest(day, page.replace("预计月底1前完成", "预计月底2前完成") + "\n\n\n", true);
		assertThat(body(articleId)).contains("月底2前");
		assertThat(jdbc.sql("select state from correction where article_id = :id and kind = 'body'")
			.param("id", articleId).query(String.class).single()).isEqualTo("stale");
		assertThat(editor.get("/admin/review").body()).contains("id=\"stale\"", "正文", "新拆分的正文和改正前、改正后都不一样");
	}

	@Test
	void whatAnEditorMarksAsNoArticleLeavesSearchSaysSoAtItsLinkAndStaysOutAfterAReingest() {
		LocalDate day = LocalDate.of(2021, 3, 11);
		String page = new String(TestPages.page("非文章甲", "", 3), StandardCharsets.UTF_8);
		long pageId = ingest(day, page, false).pageId();
		long advert = articleWith(pageId, "非文章甲第2篇");
		long kept = articleWith(pageId, "非文章甲第3篇");
		ApiClient reader = new ApiClient(base(), PASSWORD);
		assertThat(reader.search("非文章甲").json().get("total").asInt()).isEqualTo(3);
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);
		assertThat(editor.get("/admin/review/articles/" + advert).body()).contains("id=\"drop-form\"", "data-confirm");
		assertThat(editor.post("/admin/review/articles/" + advert + "/drop", Map.of()).location()).endsWith("/admin/review");

		assertThat(reader.search("非文章甲").json().get("total").asInt()).isEqualTo(2);
		AdminSession.Answer gone = editor.get("/articles/" + advert);
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.body()).contains("编辑已判定这段文字不是文章", "href=\"/pages/" + pageId + "\"");
		assertThat(editor.get("/articles/" + kept).status()).isEqualTo(200);

		// The same page again: the text comes back from the split and is dropped again; the others keep their links.
		ingest(day, page + "\n\n", true);
		assertThat(reader.search("非文章甲").json().get("total").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from article where page_id = :page").param("page", pageId)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(editor.get("/articles/" + kept).status()).isEqualTo(200);
	}

	/** A piece the splitter cut off that is only its author's name: merged, the name is the byline, not body text. */
	@Test
	void aMergedPieceThatIsABylineGoesToTheByline() {
		String page = new String(TestPages.page("署名合", "", 2), StandardCharsets.UTF_8);
		LocalDate day = LocalDate.of(2021, 4, 19);
		long pageId = ingest(day, page, false).pageId();
		long first = articleWith(pageId, "署名合第1篇");
		long second = articleWith(pageId, "署名合第2篇");
		// As the splitter left a signature printed below a commentary: an article of its own, the name alone.
		jdbc.sql("update article set body = '卫兴华', headline = '' where id = :id").param("id", second).update();
		String before = body(first);
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);
		editor.get("/admin/review/articles/" + first);
		editor.post("/admin/review/articles/" + first + "/merge", Map.of("through", String.valueOf(second)));
		assertThat(body(first)).isEqualTo(before);
		assertThat(jdbc.sql("""
				select r.name from article_reporter ar join reporter r on r.id = ar.reporter_id where ar.article_id = :id
				order by ar.position""").param("id", first).query(String.class).list()).contains("卫兴华");
	}

	/** A commentary cut into four pieces is joined in one action, and joined again after a re-ingest. */
	@Test
	void severalPiecesAreMergedInOneActionAndAgainAfterAReingest() {
		String page = new String(TestPages.page("多合", "", 4), StandardCharsets.UTF_8);
		LocalDate day = LocalDate.of(2021, 4, 17);
		long pageId = ingest(day, page, false).pageId();
		long first = articleWith(pageId, "多合第1篇");
		long second = articleWith(pageId, "多合第2篇");
		long third = articleWith(pageId, "多合第3篇");
		long fourth = articleWith(pageId, "多合第4篇");
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);

		String form = editor.get("/admin/review/articles/" + first).body();
		assertThat(form).contains("id=\"merge-form-through\"", "value=\"" + second + "\"", "value=\"" + fourth + "\"");
		assertThat(editor.get("/admin/review/articles/" + fourth).body()).as("the last article has nothing after it")
			.doesNotContain("id=\"merge-form-through\"");
		AdminSession.Answer backwards = editor.post("/admin/review/articles/" + third + "/merge",
				Map.of("through", String.valueOf(first)));
		assertThat(backwards.location()).endsWith("/admin/review/articles/" + third);
		assertThat(editor.get("/admin/review/articles/" + third).body()).contains("这一篇之后");
		assertThat(editor.get("/articles/" + first).status()).as("nothing merged backwards").isEqualTo(200);

		editor.get("/admin/review/articles/" + first);
		AdminSession.Answer merged = editor.post("/admin/review/articles/" + first + "/merge",
				Map.of("through", String.valueOf(fourth)));
		assertThat(merged.location()).endsWith("/admin/review/articles/" + first);
		assertThat(editor.get("/admin/review/articles/" + first).body()).contains("已把 3 篇文章并入这一篇");
		assertThat(body(first)).contains("多合第1篇", "多合第2篇", "多合第3篇", "多合第4篇");
		for (long gone : List.of(second, third, fourth)) {
			assertThat(editor.get("/articles/" + gone).status()).isEqualTo(410);
		}
		assertThat(jdbc.sql("select count(*) from correction where page_id = :page and kind = 'merge'")
			.param("page", pageId)
			.query(Long.class)
			.single()).as("one correction per piece joined").isEqualTo(3);

		ingest(day, page + "\n\n", true);
		List<String> bodies = jdbc.sql("select body from article where page_id = :page order by position")
			.param("page", pageId)
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains("多合第1篇", "多合第4篇");
	}

	@Test
	void mergeAndSplitKeepTheOtherArticlesLinksAndAreMadeAgainAfterAReingest() {
		// Paragraphs indented as printed, so each body has two.
		String page = new String(TestPages.page("合并甲", "", 3), StandardCharsets.UTF_8).replace("\n本报讯", "\n　　本报讯")
			.replace("\n市民王女士说", "\n　　市民王女士说");
		LocalDate day = LocalDate.of(2021, 3, 8);
		long pageId = ingest(day, page, false).pageId();
		long first = articleWith(pageId, "合并甲第1篇");
		long second = articleWith(pageId, "合并甲第2篇");
		long third = articleWith(pageId, "合并甲第3篇");
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);

		editor.get("/admin/review/articles/" + second);
		editor.post("/admin/review/articles/" + second + "/merge", Map.of());
		AdminSession.Answer merged = editor.get("/articles/" + third);
		assertThat(merged.status()).isEqualTo(410);
		// The gone page says what happened, in the reader's language, and leads to the article it went into.
		assertThat(merged.body()).contains("编辑已把这篇文章并入另一篇文章（第 " + second + " 号）",
				"href=\"/articles/" + second + "\"", "查看合并后的文章").doesNotContain("merged into");
		assertThat(editor.get("/articles/" + first).status()).isEqualTo(200);
		assertThat(body(second)).contains("合并甲第2篇", "合并甲第3篇");

		editor.get("/admin/review/articles/" + first);
		AdminSession.Answer split = editor.post("/admin/review/articles/" + first + "/split",
				Map.of("at", "1", "headline", "市民点赞好事实事"));
		assertThat(split.location()).contains("/admin/review/articles/");
		long created = Long.parseLong(split.location().replaceAll(".*/", ""));
		assertThat(body(first)).contains("合并甲第1篇").doesNotContain("王女士");
		assertThat(body(created)).startsWith("市民王女士说");
		assertThat(new ApiClient(base(), PASSWORD).search("市民点赞好事实事").json().get("total").asInt()).isEqualTo(1);
		assertThat(editor.post("/admin/review/articles/" + first + "/split", Map.of("at", "0", "headline", "x")).location())
			.endsWith("/admin/review/articles/" + first);

		// The same page from another file: both are made again on the new split.
		ingest(day, page + "\n\n", true);
		List<String> bodies = jdbc.sql("select body from article where page_id = :page order by position")
			.param("page", pageId)
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(3);
		assertThat(bodies.get(0)).contains("合并甲第1篇").doesNotContain("王女士");
		assertThat(bodies.get(1)).startsWith("市民王女士说");
		assertThat(bodies.get(2)).contains("合并甲第2篇", "合并甲第3篇");
		assertThat(jdbc.sql("select count(*) from correction where page_id = :page and state = 'applied'")
			.param("page", pageId)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(editor.get("/articles/" + first).status()).isEqualTo(200);
	}

	@Test
	void editorsFitAPapersProfileFromItsCheckedPagesSeeWhatItWouldChangeAndApplyItToTheOthers() throws IOException {
		String paper = "学习报";
		List<Long> pages = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			pages.add(ingest.ingest(new RawPage(paper, LocalDate.of(2021, 4, 1 + i), "01", "page.txt",
					TestPages.page("学习" + i, "", 3)), false).pageId());
		}
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);
		String at = "/admin/review/profiles?newspaper=" + java.net.URLEncoder.encode(paper, StandardCharsets.UTF_8);
		assertThat(editor.get("/admin/review").body()).contains("id=\"review-profiles\"");
		editor.post("/admin/review/pages/" + pages.get(0) + "/checked", Map.of());
		editor.post("/admin/review/pages/" + pages.get(1) + "/checked", Map.of());
		// Two checked pages leave nothing to check a fit on: refused with the reason, nothing proposed.
		assertThat(editor.post("/admin/review/profiles/refit", Map.of("newspaper", paper)).location()).endsWith(at);
		assertThat(editor.get(at).body()).contains("id=\"profiles-refused\"", "拟合至少需要 3 个");
		editor.post("/admin/review/pages/" + pages.get(2) + "/checked", Map.of());

		editor.post("/admin/review/profiles/refit", Map.of("newspaper", paper));
		String fitted = editor.get(at).body();
		assertThat(fitted).contains("id=\"profiles-fitted\"", "id=\"profile-report\"", "在 2 个已核对的版面上拟合",
				"在另外 1 个版面上检验", "默认参数最合适", "id=\"profile-preview\"", "id=\"apply-form\"", "data-confirm")
			.doesNotContain("fit on", "checked on");
		List<Long> ids = jdbc.sql("select id from article where page_id = :page order by position")
			.param("page", pages.get(4)).query(Long.class).list();
		long revision = jdbc.sql("select revision from page where id = :id").param("id", pages.get(4))
			.query(Long.class).single();

		assertThat(editor.post("/admin/review/profiles/apply", Map.of("newspaper", paper)).location()).endsWith(at);
		assertThat(editor.get(at).body()).contains("id=\"profiles-applied\"", "2 个未核对的版面已重新拆分");
		// The unchecked pages were split again: a new revision each, their articles' ids kept.
		assertThat(jdbc.sql("select revision from page where id = :id").param("id", pages.get(4)).query(Long.class)
			.single()).isGreaterThan(revision);
		assertThat(jdbc.sql("select id from article where page_id = :page order by position").param("page", pages.get(4))
			.query(Long.class).list()).isEqualTo(ids);
		assertThat(jdbc.sql("select checked_at is not null from page where id = :id").param("id", pages.get(0))
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'POST /admin/review/profiles/apply'")
			.query(Long.class).single()).isEqualTo(1);
		// The audit page names the action and its object in words, the route and path kept as the cell's title.
		String auditPage = editor.get("/admin/audit").body();
		assertThat(auditPage).contains("应用版面参数", "整版已核对", "版面 #" + pages.get(0),
				"title=\"POST /admin/review/pages/{id}/checked\"");

		if (HeadlessChromium.installed()) {
			WebDriver browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
			try {
				WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
				browser.manage().window().setSize(new Dimension(1440, 1000));
				browser.get(base() + "/login");
				browser.findElement(By.id("username")).sendKeys("admin");
				browser.findElement(By.id("password")).sendKeys(PASSWORD);
				browser.findElement(By.id("login-submit")).click();
				wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account")));
				// The editor fits the profile again and applies it, answering the question the apply button asks.
				browser.get(base() + "/admin/review/profiles");
				browser.findElement(By.id("refit-" + paper)).click();
				wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profiles-fitted")));
				HeadlessChromium.screenshot(browser, "profiles-1440");
				browser.manage().window().setSize(new Dimension(390, 1000));
				HeadlessChromium.screenshot(browser, "profiles-390");
				browser.manage().window().setSize(new Dimension(1440, 1000));
				browser.findElement(By.id("apply-submit")).click();
				wait.until(ExpectedConditions.alertIsPresent()).accept();
				wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profiles-applied")));
				HeadlessChromium.screenshot(browser, "profiles-applied");
				// The audit log says what was done to what, and fits the window at 1440 and 390 px.
				browser.get(base() + "/admin/audit");
				wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
				assertThat(browser.findElement(By.id("audit")).getText()).contains("应用版面参数", "本机");
				for (int width : new int[] { 1440, 390 }) {
					browser.manage().window().setSize(new Dimension(width, 1000));
					HeadlessChromium.screenshot(browser, "audit-" + width);
					Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
							"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
					assertThat(overflow.intValue()).as("the audit page's overflow at %d px", width).isLessThanOrEqualTo(0);
				}
			}
			finally {
				browser.quit();
			}
		}
	}

	/** A page PDF's bytes with a comment after its end: the same page to a reader, another file to the archive. */
	/** An editor signed in, after three copies of the page PDF were stored for the paper and marked checked. */
	private AdminSession editorWithCheckedPages(String paper, byte[] pdf, LocalDate from) {
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);
		editor.get("/admin/review");
		for (int i = 0; i < 3; i++) {
			long checked = ingest.ingest(new RawPage(paper, from.plusDays(i), "05", "p05.pdf", another(pdf, i)), false)
				.pageId();
			editor.post("/admin/review/pages/" + checked + "/checked", Map.of());
		}
		return editor;
	}

	private static byte[] another(byte[] pdf, int copy) {
		byte[] comment = ("\n% copy " + copy + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = java.util.Arrays.copyOf(pdf, pdf.length + comment.length);
		System.arraycopy(comment, 0, bytes, pdf.length, comment.length);
		return bytes;
	}

	@Test
	void aPapersCheckedPagePdfsTeachItsTypeAndAPageSetInOtherTypeGoesToReviewAsAWhole() throws IOException {
		// The paper's checked pages: a typeset page (quick to split, as a fit splits them many times over). The page
		// in other type: a real 人民日报 理论 page.
		String paper = "排版报";
		byte[] typeset = Files.readAllBytes(Path.of("src/test/resources/layouts/pdf/rmrb_20190201_p05.pdf"));
		byte[] theory = Files.readAllBytes(Path.of("src/test/resources/realpages/pdf/rmrb_20180109_p07.pdf"));
		AdminSession editor = editorWithCheckedPages(paper, typeset, LocalDate.of(2019, 2, 1));
		long other = ingest.ingest(new RawPage(paper, LocalDate.of(2019, 2, 9), "05", "p05.pdf", theory), false)
			.pageId();
		String doubts = "select array_to_string(doubts, '|') from article where page_id = :page";
		assertThat(jdbc.sql(doubts).param("page", other).query(String.class).list())
			.noneMatch(d -> d.contains(Doubts.UNLIKE_PROFILE));

		String at = "/admin/review/profiles?newspaper=" + java.net.URLEncoder.encode(paper, StandardCharsets.UTF_8);
		editor.post("/admin/review/profiles/refit", Map.of("newspaper", paper));
		// The fit names the type its checked pages are set in.
		assertThat(editor.get(at).body()).contains("id=\"profile-type\"", "正文 UMingCN-0/10.5", "WenQuanYiZenHei-0",
				"id=\"profile-preview-unlike\"", "未核对的版面中有 1 个的字体与已核对的版面不同，会整版送审");
		assertThat(editor.post("/admin/review/profiles/apply", Map.of("newspaper", paper)).location()).endsWith(at);
		// Split again with the paper's profile, the page set in other type has every article in the review queue.
		List<String> after = jdbc.sql(doubts).param("page", other).query(String.class).list();
		assertThat(after).isNotEmpty().allMatch(d -> d.contains(Doubts.UNLIKE_PROFILE));
		assertThat(jdbc.sql("select count(*) from article where page_id = :page and confidence >= :review")
			.param("page", other).param("review", SplitArticle.REVIEW_THRESHOLD).query(Long.class).single()).isZero();
		assertThat(editor.get("/admin/review").body()).contains("本版的字体字号与本报已核对的版面不同");
	}

	/**
	 * A paper new to the archive, its page PDFs set in type no rule was checked on: every page goes to review as a
	 * whole, saying why. Three pages checked, the fit learns the paper's type, the preview says how many unchecked pages
	 * are in that review now, and applied, the paper's own type is the measure: the unchecked page is no longer doubted
	 * for its type.
	 */
	@Test
	void aNewPapersPagesInTypeNoRuleWasCheckedOnGoToReviewUntilItsProfileIsApplied() throws IOException {
		String paper = "新字体报";
		byte[] page = RenamedFonts.of(Files.readAllBytes(Path.of("src/test/resources/layouts/pdf/rmrb_20190201_p05.pdf")));
		AdminSession editor = editorWithCheckedPages(paper, page, LocalDate.of(2019, 3, 1));
		long unchecked = ingest.ingest(new RawPage(paper, LocalDate.of(2019, 3, 9), "05", "p05.pdf", another(page, 9)),
				false).pageId();
		String doubts = "select array_to_string(doubts, '|') from article where page_id = :page";
		assertThat(jdbc.sql(doubts).param("page", unchecked).query(String.class).list()).isNotEmpty()
			.allMatch(d -> d.contains(Doubts.UNLIKE_KNOWN));
		assertThat(editor.get("/admin/review?newspaper=" + java.net.URLEncoder.encode(paper, StandardCharsets.UTF_8))
			.body()).contains("本版的字体与拆分规则核对过的版面都不同");

		String at = "/admin/review/profiles?newspaper=" + java.net.URLEncoder.encode(paper, StandardCharsets.UTF_8);
		editor.post("/admin/review/profiles/refit", Map.of("newspaper", paper));
		// The fit learned the paper's own line roles from its checked pages' lines, and says so.
		assertThat(editor.get(at).body()).contains("id=\"profile-line-roles\"", "本报自己的行角色：在已核对版面的各行上学了");
		assertThat(editor.get(at).body()).contains("id=\"profile-type\"", "OtherUMingCN-0",
				"id=\"profile-preview-unknown\"", "未核对的版面中有 1 个现在因字体与拆分规则核对过的版面都不同而整版送审",
				"应用后改按本报已核对版面的字体来比")
			.doesNotContain("id=\"profile-preview-unlike\"", "id=\"profile-refusal\"");
		assertThat(editor.get("/admin/review/profiles").body()).doesNotContain("type-in-force-" + paper);
		assertThat(editor.post("/admin/review/profiles/apply", Map.of("newspaper", paper)).location()).endsWith(at);
		assertThat(jdbc.sql(doubts).param("page", unchecked).query(String.class).list()).isNotEmpty()
			.noneMatch(d -> d.contains(Doubts.UNLIKE_KNOWN) || d.contains(Doubts.UNLIKE_PROFILE));
		// The table of papers and the paper's own section say which type is in force now.
		assertThat(editor.get("/admin/review/profiles").body()).contains("id=\"type-in-force-" + paper + "\"",
				"在用的字体：正文 OtherUMingCN-0");
		assertThat(editor.get(at).body()).contains("id=\"profile-applied-type\"", "id=\"profile-applied-line-roles\"");
	}

	@Test
	void aRebuildFromTheAdminPageRunsInTheBackgroundWithProgress() throws InterruptedException {
		ingest(LocalDate.of(2021, 3, 9), new String(TestPages.page("重建甲", "", 2), StandardCharsets.UTF_8), false);
		AdminSession admin = AdminSession.anonymous(base());
		admin.signIn("admin", PASSWORD);
		// The rebuild the app made at its start is in the log, not reported on the page as if an admin had asked.
		assertThat(admin.get("/admin").body()).contains("data-confirm=", "/admin/reindex").doesNotContain("rebuild-done");
		assertThat(admin.post("/admin/reindex", Map.of()).location()).endsWith("/admin");
		String progress = "";
		for (int i = 0; i < 300 && !progress.contains("\"DONE\""); i++) {
			Thread.sleep(100);
			progress = admin.get("/admin/reindex/progress").body();
		}
		assertThat(progress).contains("\"state\":\"DONE\"");
		long pages = jdbc.sql("select count(*) from page").query(Long.class).single();
		assertThat(progress).contains("\"pagesDone\":" + pages, "\"pagesTotal\":" + pages);
		assertThat(admin.get("/admin").body()).contains("id=\"rebuild-done\"");
		assertThat(new ApiClient(base(), PASSWORD).search("重建甲").json().get("total").asInt()).isEqualTo(2);
		System.out.println("audited actions (CorrectionsIT, so far): " + jdbc.sql(
				"select string_agg(distinct action || ' → ' || result, '; ') from audit_event").query(String.class).single());
	}

	private String body(long articleId) {
		return jdbc.sql("select body from article where id = :id").param("id", articleId).query(String.class).single();
	}

}
