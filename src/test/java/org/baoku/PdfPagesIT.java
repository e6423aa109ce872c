package org.baoku;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
 * A page PDF through the real stack: ingested with its articles' regions, the file kept once, the page image
 * rendered and served, the page view with every region clickable and the article page with its own outlined (and,
 * where Chromium is installed, photographed into target/screenshots/); a bad PDF refused with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + PdfPagesIT.PASSWORD, "baoku.seed-on-first-start=false" })
class PdfPagesIT {

	static final String PASSWORD = "pdf-secret";

	private static final String PAGE = "rmrb_20190201_p05";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("pdf").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	long pageId;

	@BeforeEach
	void ingestOnce() throws IOException {
		api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		ApiClient.Answer answer = api.upload(fixture(), "人民日报", "2019-02-01", "5", false);
		assertThat(answer.status()).as(answer.body()).isIn(201, 200);
		pageId = answer.json().get("pageId").asLong();
	}

	private static byte[] fixture() throws IOException {
		try (InputStream in = PdfPagesIT.class.getResourceAsStream("/layouts/pdf/" + PAGE + ".pdf")) {
			return in.readAllBytes();
		}
	}

	/**
	 * A page PDF whose text layer gives common ideographs as radicals (as browsers and office suites print Noto and
	 * Source Han fonts): stored with the ideographs, its printed headline found by its printed words, its datelines
	 * read, its page header no article.
	 */
	@Test
	void aPagePrintedWithRadicalsInItsTextLayerIsFoundByItsPrintedWords() throws IOException {
		java.util.Optional<byte[]> pdf = org.baoku.ingest.pdf.RadicalsPdf.page();
		assumeTrue(pdf.isPresent(), org.baoku.ingest.pdf.RadicalsPdf.MISSING);
		ApiClient.Answer answer = api.upload(pdf.get(), "人民日报", "2024-02-27", "7", false);
		assertThat(answer.status()).as(answer.body()).isIn(201, 200);
		long radicals = answer.json().get("pageId").asLong();
		List<Map<String, Object>> articles = jdbc.sql("select headline, dateline, body from article where page_id = :id order by position")
			.param("id", radicals).query().listOfRows();
		assertThat(articles).extracting(a -> a.get("headline")).containsExactly(org.baoku.ingest.pdf.RadicalsPdf.HEADLINE,
				"春耕备耕有序展开");
		assertThat(articles).extracting(a -> a.get("dateline")).containsExactly(org.baoku.ingest.pdf.RadicalsPdf.DATELINE,
				"本报石家庄2月26日电");
		assertThat(articles).extracting(a -> (String) a.get("body"))
			.allSatisfy(body -> assertThat(body.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF)).isEmpty());
		assertThat(api.search("十位杰出女性").json().get("total").asInt()).isEqualTo(1);
		// A query typed with the radicals finds it too.
		assertThat(api.search("⼗位杰出⼥性").json().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void aPagePdfIsStoredWithItsRegionsAndShownAsAnImage() throws Exception {
		assertThat(jdbc.sql("select count(*) from article where page_id = :id").param("id", pageId).query(Long.class)
			.single()).isEqualTo(5);
		long withRegions = jdbc.sql("""
				select count(distinct r.article_id) from article_region r join article a on a.id = r.article_id
				where a.page_id = :id
				""").param("id", pageId).query(Long.class).single();
		assertThat(withRegions).isEqualTo(5);
		assertThat(jdbc.sql("select pdf_width from page where id = :id").param("id", pageId).query(Double.class).single())
			.isEqualTo(842.0);

		ApiClient.Answer again = api.upload(fixture(), "人民日报", "2019-02-01", "5", false);
		assertThat(again.json().get("status").asText()).isEqualTo("DUPLICATE");

		String html = api.get("/pages/" + pageId).body();
		assertThat(html).contains("class=\"scan\"").contains("/pages/" + pageId + "/image.png");
		assertThat(html.split("class=\"region\"", -1).length - 1).isGreaterThanOrEqualTo(5);
		long article = jdbc.sql("select id from article where page_id = :id and headline like '%中柬%'")
			.param("id", pageId).query(Long.class).single();
		String articleHtml = api.get("/articles/" + article).body();
		assertThat(articleHtml).contains("region current").contains("data-article=\"" + article + "\"");
		// The correction form shows the page as printed: this article's regions drawn, the others' faintly.
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);
		String form = editor.get("/admin/review/articles/" + article).body();
		assertThat(form).contains("id=\"correct-form\"", "class=\"scan\"", "region current", "region other", "id=\"zoom-4\"");

		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(base() + "/pages/" + pageId + "/image.png"))
			.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("content-type")).hasValue("image/png");
		assertThat(png.body()).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		// Enlarged to read body type: twice as wide, and four times as wide as the pixel budget lets a broadsheet page
		// be (about 3.6 times); no other enlargement.
		int screen = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body())).getWidth();
		for (int zoom : new int[] { 2, 4 }) {
			HttpResponse<byte[]> big = http.send(HttpRequest.newBuilder(URI.create(base() + "/pages/" + pageId
					+ "/image.png?zoom=" + zoom)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(big.statusCode()).isEqualTo(200);
			var picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(big.body()));
			assertThat(picture.getWidth()).isBetween(zoom == 2 ? 2 * screen - 2 : 3 * screen, zoom * screen + zoom);
			assertThat((double) picture.getWidth() * picture.getHeight()).isLessThanOrEqualTo(16_000_000);
		}
		assertThat(api.get("/pages/" + pageId + "/image.png?zoom=3").status()).isEqualTo(400);
		HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base() + "/pages/" + pageId + "/pdf"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.body()).isEqualTo(fixture());
		assertThat(api.get("/pages/999999/image.png").status()).isEqualTo(404);
	}

	@Test
	void aPageOfAnySizeIsDrawnWithinThePixelBudgetAndReadersAtOnceNeverBreakTheServer() throws Exception {
		// The fixture's page blown up to 14,400 pt a side with a UserUnit of 10: 1.6 billion pixels at screen size.
		byte[] huge;
		try (var doc = org.apache.pdfbox.Loader.loadPDF(fixture()); var out = new java.io.ByteArrayOutputStream()) {
			var page = doc.getPage(0);
			var box = new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400);
			page.setMediaBox(box);
			page.setCropBox(box);
			page.getCOSObject().setFloat(org.apache.pdfbox.cos.COSName.getPDFName("UserUnit"), 10f);
			doc.save(out);
			huge = out.toByteArray();
		}
		ApiClient.Answer stored = api.upload(huge, "人民日报", "2019-02-01", "6", false);
		assertThat(stored.status()).as(stored.body()).isIn(201, 200);
		long hugeId = stored.json().get("pageId").asLong();

		HttpClient http = HttpClient.newHttpClient();
		URI image = URI.create(base() + "/pages/" + hugeId + "/image.png");
		var readers = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<HttpResponse<byte[]>>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers.add(readers.submit(() -> http.send(HttpRequest.newBuilder(image).timeout(Duration.ofSeconds(90))
					.build(), HttpResponse.BodyHandlers.ofByteArray())));
			}
			int drawn = 0;
			for (var answer : answers) {
				HttpResponse<byte[]> png = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
				// drawn, or told to come back while every renderer was busy: never a server error
				assertThat(png.statusCode()).isIn(200, 503);
				if (png.statusCode() == 503) {
					assertThat(png.headers().firstValue("retry-after")).isPresent();
					continue;
				}
				drawn++;
				var picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
				assertThat((double) picture.getWidth() * picture.getHeight()).isLessThanOrEqualTo(16_000_000);
			}
			assertThat(drawn).isPositive();
		}
		finally {
			readers.shutdownNow();
		}
		// the server still answers, and the image is served from the cache
		assertThat(api.get("/pages/" + hugeId).status()).isEqualTo(200);
		assertThat(http.send(HttpRequest.newBuilder(image).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aBadPdfIsRefusedWithItsReasonAndNothingIsStored() throws IOException {
		long pages = jdbc.sql("select count(*) from page").query(Long.class).single();
		byte[] twoPages;
		try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.save(out);
			twoPages = out.toByteArray();
		}
		ApiClient.Answer refused = api.upload(twoPages, "人民日报", "2019-02-02", "1", false);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("reason").get("code").asText()).isEqualTo("pdfPages");
		assertThat(refused.json().get("message").asText()).contains("2 pages");
		assertThat(jdbc.sql("select count(*) from page").query(Long.class).single()).isEqualTo(pages);
	}

	@Test
	void theBrowserShowsThePageWithClickableRegions() throws IOException {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		WebDriver browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		try {
			browser.manage().window().setSize(new Dimension(1440, 1800));
			browser.get(base() + "/pages/" + pageId);
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".scan svg")));
			HeadlessChromium.screenshot(browser, "pdf-page");
			// A person clicks inside an outlined region; the middle of a link whose article stands in two places apart can
			// fall between them, on the page image.
			browser.findElement(By.cssSelector(".scan a.region-link rect.region")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".scan rect.current")));
			assertThat(browser.getCurrentUrl()).contains("/articles/");
			HeadlessChromium.screenshot(browser, "pdf-article");
			// Enlarged four times to read the body type: the page grows inside its view, which pans, at 1440 and 390 px.
			for (int width : new int[] { 1440, 390 }) {
				browser.manage().window().setSize(new Dimension(width, 900));
				browser.findElement(By.id("zoom-4")).click();
				JavascriptExecutor js = (JavascriptExecutor) browser;
				wait.until(d -> String.valueOf(js.executeScript(
						"return document.querySelector('.scan image').getAttribute('href');")).contains("zoom=4"));
				WebElement view = browser.findElement(By.id("scan-view"));
				Number wide = (Number) js.executeScript("return arguments[0].scrollWidth / arguments[0].clientWidth;", view);
				assertThat(wide.doubleValue()).as("zoomed view at %d px", width).isGreaterThan(3.5);
				js.executeScript(
						"arguments[0].scrollLeft = arguments[0].scrollWidth / 3; arguments[0].scrollTop = arguments[0].scrollHeight / 3;", view);
				HeadlessChromium.screenshot(browser, "pdf-article-zoom4-" + width);
				browser.findElement(By.id("zoom-1")).click();
			}
		}
		finally {
			browser.quit();
		}
	}

	/** A block of an article's text on its page image, as stored. */
	record Block(long article, int seq, String text) {

		/** A run of the block's printed characters from its middle, to search for and to look for in a body. */
		String fragment() {
			String printed = text.replaceAll("\\s", "");
			return printed.substring(printed.length() / 2, printed.length() / 2 + 12);
		}

	}

	private List<Block> blocks(long page) {
		return jdbc.sql("""
				select r.article_id, r.seq, r.text from article_region r join article a on a.id = r.article_id
				where a.page_id = :page and r.text is not null order by a.position, r.seq
				""").param("page", page).query((rs, n) -> new Block(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
	}

	private String body(long article) {
		return jdbc.sql("select body from article where id = :id").param("id", article).query(String.class).single()
			.replaceAll("\\s", "");
	}

	/** A real 人民日报 理论 page PDF (2018-01-09 第7版), its bytes made to differ for each use by a trailing comment. */
	private static byte[] realPage(String variant) throws IOException {
		try (InputStream in = PdfPagesIT.class.getResourceAsStream("/realpages/pdf/rmrb_20180109_p07.pdf")) {
			byte[] pdf = in.readAllBytes();
			byte[] tail = ("\n%" + variant + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			byte[] out = java.util.Arrays.copyOf(pdf, pdf.length + tail.length);
			System.arraycopy(tail, 0, out, pdf.length, tail.length);
			return out;
		}
	}

	@Test
	void anEditorGivesBlocksOfARealPageToAnotherArticleToANewOneOrToNoneAndTheMovesOutliveAReingest() throws IOException {
		ApiClient.Answer stored = api.upload(realPage("moves"), "人民日报", "2018-01-09", "7", false);
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		long page = stored.json().get("pageId").asLong();
		List<Block> blocks = blocks(page);
		// The page's long lead article is printed in several blocks; the one after it in its own.
		long lead = blocks.get(0).article();
		List<Block> leads = blocks.stream().filter(b -> b.article() == lead).toList();
		assertThat(leads).as("blocks of the lead article").hasSizeGreaterThanOrEqualTo(3);
		long other = blocks.stream().filter(b -> b.article() != lead).findFirst().orElseThrow().article();
		Block given = leads.get(leads.size() - 1);
		Block started = leads.get(leads.size() - 2);
		AdminSession editor = AdminSession.anonymous(base());
		editor.signIn("admin", PASSWORD);
		String form = editor.get("/admin/review/articles/" + lead).body();
		assertThat(form).contains("id=\"blocks\"", "id=\"block-" + given.seq() + "\"", "id=\"block-number-" + given.seq() + "\"");

		// The lead article's last block to the next article: its text leaves one body for the other, and search follows.
		AdminSession.Answer moved = editor.post("/admin/review/articles/" + lead + "/blocks/" + given.seq(),
				Map.of("to", String.valueOf(other)));
		assertThat(moved.location()).endsWith("/admin/review/articles/" + other);
		assertThat(body(other)).contains(given.fragment());
		assertThat(body(lead)).doesNotContain(given.fragment());
		assertThat(blocks(page)).filteredOn(b -> b.text().equals(given.text())).extracting(Block::article).containsExactly(other);
		ApiClient.Answer found = onTheDay("\"" + given.fragment() + "\"");
		assertThat(found.json().get("total").asInt()).isEqualTo(1);
		assertThat(found.json().get("hits").get(0).get("id").asLong()).isEqualTo(other);

		// The block before it starts an article of its own, under the headline the editor gives it.
		AdminSession.Answer created = editor.post("/admin/review/articles/" + lead + "/blocks/" + started.seq(),
				Map.of("to", "new", "headline", "另起一篇的一栏"));
		long fresh = Long.parseLong(created.location().replaceAll(".*/", ""));
		assertThat(fresh).isNotIn(lead, other);
		assertThat(body(fresh)).contains(started.fragment());
		assertThat(body(lead)).doesNotContain(started.fragment());
		assertThat(onTheDay("另起一篇的一栏").json().get("hits").get(0).get("id").asLong()).isEqualTo(fresh);

		// Refused with a reason, nothing changed: a new article without a headline, a block that is not there, an
		// article of another page, an article's only block.
		String before = body(lead);
		Block next = blocks(page).stream().filter(b -> b.article() == lead).toList().get(1);
		// The form says why, in the reader's language.
		Map<Map<String, String>, String> refusals = Map.of(Map.of("to", "new", "headline", " "), "新文章需要一个标题",
				Map.of("to", String.valueOf(pageIdArticle())), "只能给同一版面上的另一篇文章");
		for (var bad : refusals.entrySet()) {
			AdminSession.Answer refused = editor.post("/admin/review/articles/" + lead + "/blocks/" + next.seq(), bad.getKey());
			assertThat(refused.location()).endsWith("/admin/review/articles/" + lead);
			assertThat(editor.get("/admin/review/articles/" + lead).body()).contains("id=\"correct-refused\"", bad.getValue());
		}
		assertThat(editor.post("/admin/review/articles/" + lead + "/blocks/999", Map.of("to", "none")).location())
			.endsWith("/admin/review/articles/" + lead);
		assertThat(editor.get("/admin/review/articles/" + lead).body()).contains("在版面图上没有第 999 块正文");
		assertThat(editor.post("/admin/review/articles/" + lead + "/blocks/" + next.seq(), Map.of("to", "x")).status())
			.isEqualTo(400);
		assertThat(editor.post("/admin/review/articles/" + fresh + "/blocks/" + blocks(page).stream()
			.filter(b -> b.article() == fresh).findFirst().orElseThrow().seq(), Map.of("to", "none")).location())
			.endsWith("/admin/review/articles/" + fresh);
		assertThat(body(lead)).isEqualTo(before);
		assertThat(body(fresh)).contains(started.fragment());

		// The same page from another file: split afresh, both moves made again on the new split.
		ApiClient.Answer again = api.upload(realPage("moves again"), "人民日报", "2018-01-09", "7", true);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		List<Long> bodies = jdbc.sql("select id from article where page_id = :page order by position").param("page", page)
			.query(Long.class).list();
		assertThat(bodies.stream().filter(id -> body(id).contains(given.fragment()))).containsExactly(other);
		assertThat(bodies.stream().filter(id -> body(id).contains(started.fragment()))).hasSize(1)
			.allSatisfy(id -> assertThat(id).isNotEqualTo(lead));
		assertThat(jdbc.sql("select count(*) from correction where page_id = :page and kind = 'block' and state = 'applied'")
			.param("page", page).query(Long.class).single()).isEqualTo(2);
		assertThat(onTheDay("\"" + given.fragment() + "\"").json().get("hits").get(0).get("id").asLong()).isEqualTo(other);

		// The given block, taken out of the article it went to as no article's text: search no longer finds it.
		Block inOther = blocks(page).stream().filter(b -> b.article() == other && b.text().equals(given.text()))
			.findFirst().orElseThrow();
		AdminSession.Answer out = editor.post("/admin/review/articles/" + other + "/blocks/" + inOther.seq(),
				Map.of("to", "none"));
		assertThat(out.location()).endsWith("/admin/review/articles/" + other);
		assertThat(body(other)).doesNotContain(given.fragment());
		assertThat(onTheDay("\"" + given.fragment() + "\"").json().get("total").asInt()).isZero();
	}

	@Test
	void inTheBrowserAnEditorFixesAGarbledBodyAndGivesABlockToAnotherArticleOnARealPage() throws IOException {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		ApiClient.Answer stored = api.upload(realPage("browser"), "人民日报", "2018-01-11", "7", false);
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		long page = stored.json().get("pageId").asLong();
		List<Block> blocks = blocks(page);
		long lead = blocks.get(0).article();
		Block given = blocks.stream().filter(b -> b.article() == lead).reduce((a, b) -> b).orElseThrow();
		long other = blocks.stream().filter(b -> b.article() != lead).findFirst().orElseThrow().article();
		// Digits set in another font and lost by the reader, as on the county paper's page: the body reads "5月1来".
		String sentence = jdbc.sql("select body from article where id = :id").param("id", lead).query(String.class)
			.single().lines().filter(l -> l.length() > 30).findFirst().orElseThrow().substring(0, 20);
		String garbled = sentence.substring(0, 8) + "5月1来" + sentence.substring(12);
		jdbc.sql("update article set body = replace(body, :sentence, :garbled) where id = :id").param("sentence", sentence)
			.param("garbled", garbled).param("id", lead).update();
		WebDriver browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		try {
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
			JavascriptExecutor js = (JavascriptExecutor) browser;
			browser.manage().window().setSize(new Dimension(1440, 1400));
			browser.get(base() + "/login");
			browser.findElement(By.id("username")).sendKeys("admin");
			browser.findElement(By.id("password")).sendKeys(PASSWORD);
			browser.findElement(By.id("login-submit")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account")));
			browser.get(base() + "/admin/review/articles/" + lead);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("block-number-" + given.seq())));
			HeadlessChromium.screenshot(browser, "correct-pdf-1440");
			browser.manage().window().setSize(new Dimension(390, 900));
			HeadlessChromium.screenshot(browser, "correct-pdf-390");
			// On a phone the block's form stays usable: its list and button are not squeezed a character a line.
			Number button = (Number) js.executeScript(
					"return document.getElementById(arguments[0]).getBoundingClientRect().width;", "block-submit-" + given.seq());
			assertThat(button.doubleValue()).as("the move button at 390 px").isGreaterThan(30);
			browser.manage().window().setSize(new Dimension(1440, 1400));

			// The garbled line fixed in the body field, against the page beside it.
			WebElement field = browser.findElement(By.id("body-field"));
			js.executeScript("arguments[0].value = arguments[0].value.replace(arguments[1], arguments[2]);", field, garbled,
					sentence);
			browser.findElement(By.id("body-submit")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-corrected")));
			assertThat(body(lead)).contains(sentence.replaceAll("\\s", "")).doesNotContain("5月1来");

			// The last block of the lead article given to the next one on the page.
			browser.get(base() + "/admin/review/articles/" + lead);
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("block-to-" + given.seq())))
				.selectByValue(String.valueOf(other));
			browser.findElement(By.id("block-submit-" + given.seq())).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correct-moved")));
			assertThat(browser.getCurrentUrl()).endsWith("/admin/review/articles/" + other);
			HeadlessChromium.screenshot(browser, "correct-pdf-block-moved");
			assertThat(body(other)).contains(given.fragment());
			assertThat(body(lead)).doesNotContain(given.fragment());
			// The receiving article's regions now include the block, drawn as its own.
			assertThat(browser.findElements(By.cssSelector("a[data-article='" + other + "'] rect.current")).size())
				.isGreaterThanOrEqualTo(2);
		}
		finally {
			browser.quit();
		}
	}

	/** A search of the articles of 2018-01-09 (the browser test stores the same page under another day). */
	private ApiClient.Answer onTheDay(String q) {
		return api.get("/api/search", Map.of("q", q, "from", "2018-01-09", "to", "2018-01-09"));
	}

	/** An article of the typeset page each test stores first, which is on another page than the real one. */
	private long pageIdArticle() {
		return jdbc.sql("select min(id) from article where page_id = :id").param("id", pageId).query(Long.class).single();
	}


	private String base() {
		return "http://127.0.0.1:" + port;
	}

}
