package org.baoku;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.By;

import org.baoku.ingest.ocr.ImageFiles;
import org.baoku.ingest.ocr.ScanImages;
import org.baoku.ingest.split.Doubts;

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
 * A scanned page given as an image through the upload API: read by OCR, its articles stored for review and found by
 * search, the image kept as the image-only PDF a scanner would have made and shown as a PDF page is; the same image
 * again is a duplicate; a decompression bomb and a damaged image are refused with a reason and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + ScannedPagesIT.PASSWORD, "baoku.seed-on-first-start=false" })
class ScannedPagesIT {

	static final String PASSWORD = "scan-secret";

	private static final String PAPER = "人民日报";

	private static byte[] scan;

	private static byte[] rescan;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("scans").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** A real page (人民日报 2018-01-09 p7) as a scanner at 200 dpi leaves it: a grey PNG, no text layer. */
	@BeforeAll
	static void scanThePage() throws IOException {
		try (InputStream in = ScannedPagesIT.class.getResourceAsStream("/realpages/pdf/rmrb_20180109_p07.pdf");
				PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
			BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			scan = out.toByteArray();
		}
		try (InputStream in = ScannedPagesIT.class.getResourceAsStream("/realpages/pdf/rmrb_20180109_p07.pdf")) {
			rescan = ScanImages.scan(in.readAllBytes(), 200, ScanImages.Kind.SCAN, "scanned again");
		}
	}

	@Test
	void aScannedPageImageIsReadStoredForReviewFoundAndShown() {
		ApiClient api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		ApiClient.Answer answer = api.upload(scan, PAPER, "2018-01-09", "7", false);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		long pageId = answer.json().get("pageId").asLong();

		// OCR takes a while: the upload was answered at once with a job, whose pulse was heard every poll.
		List<ApiClient.Pulse> pulses = api.pulses();
		assertThat(pulses).as("the upload's progress as polled").hasSizeGreaterThan(2);
		assertThat(pulses.get(0).afterMillis()).as("first word of the upload, ms after posting").isLessThan(2_000);
		for (int i = 1; i < pulses.size(); i++) {
			assertThat(pulses.get(i).afterMillis() - pulses.get(i - 1).afterMillis()).isLessThan(5_000);
		}
		List<ApiClient.Pulse> running = pulses.stream().filter(p -> !p.progress().get("finished").asBoolean()).toList();
		assertThat(running).extracting(p -> p.progress().get("stage").asText()).contains("READING_LINES");
		assertThat(running).filteredOn(p -> p.progress().get("stage").asText().equals("READING_LINES"))
			.allSatisfy(p -> assertThat(p.progress().get("of").asInt()).isGreaterThan(p.progress().get("done").asInt()));
		// The time left is said once measured, never as nothing while work remains.
		assertThat(running).anySatisfy(p -> assertThat(p.progress().get("secondsLeft").isNull()).isFalse());
		assertThat(running).allSatisfy(p -> assertThat(p.progress().get("secondsLeft").asLong(1)).isPositive());
		long gap = 0;
		for (int i = 1; i < pulses.size(); i++) {
			gap = Math.max(gap, pulses.get(i).afterMillis() - pulses.get(i - 1).afterMillis());
		}
		System.out.printf("upload pulse: first word %d ms, longest gap %d ms, %d polls, stages %s, ended after %d ms%n",
				pulses.get(0).afterMillis(), gap, pulses.size(),
				running.stream().map(p -> p.progress().get("stage").asText()).distinct().toList(),
				pulses.get(pulses.size() - 1).afterMillis());

		List<String> doubts = jdbc.sql("select array_to_string(doubts, '|') from article where page_id = :id")
			.param("id", pageId).query(String.class).list();
		assertThat(doubts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(d -> assertThat(d).contains(Doubts.OCR_READ));
		// The page keeps its printed size: 200 dpi pixels are 72/200 of a point each.
		assertThat(jdbc.sql("select pdf_width from page where id = :id").param("id", pageId).query(Double.class).single())
			.isBetween(1014.0, 1019.0);
		String body = jdbc.sql("select body from article where page_id = :id order by length(body) desc limit 1")
			.param("id", pageId).query(String.class).single();
		String words = body.substring(body.length() / 2, body.length() / 2 + 6).replaceAll("\\s", "");
		assertThat(api.search("\"" + words + "\"").body()).contains("\"date\":\"2018-01-09\",\"page\":\"7\"");
		assertThat(api.get("/pages/" + pageId).body()).contains("class=\"scan\"");

		// The text is marked as OCR's, with how sure OCR was: in the article, its lines, results and exports.
		long longest = jdbc.sql("select id from article where page_id = :id order by length(body) desc limit 1")
			.param("id", pageId).query(Long.class).single();
		JsonNode read = api.get("/api/articles/" + longest).json();
		JsonNode ocr = read.get("ocr");
		// One confidence: the article's, the lower of its split's and OCR's, the same in the API, hits and exports.
		double confidence = read.get("confidence").asDouble();
		assertThat(confidence).isBetween(0.0, 1.0);
		assertThat(ocr.has("confidence")).isFalse();
		assertThat(ocr.get("lines")).hasSizeGreaterThan(10);
		assertThat(ocr.get("lines").get(0).get("text").asText()).isNotBlank();
		assertThat(jdbc.sql("select count(*) from page_ocr_line where page_id = :id").param("id", pageId)
			.query(Long.class).single()).isGreaterThan(100L);
		JsonNode hit = api.search("\"" + words + "\"").json().get("hits").get(0);
		assertThat(hit.get("ocr").asBoolean()).isTrue();
		assertThat(hit.get("confidence").asDouble()).isEqualTo(confidence);
		assertThat(api.get("/search/export.json", Map.of("q", "\"" + words + "\"")).json().get(0).get("confidence")
			.asDouble()).isEqualTo(confidence);
		assertThat(api.get("/search", Map.of("q", "\"" + words + "\"")).body()).contains("class=\"ocr-read\"");
		assertThat(api.get("/articles/" + longest).body()).contains("id=\"ocr-note\"");
		assertThat(api.get("/pages/" + pageId + "/pdf").body()).startsWith("%PDF-");

		ApiClient.Answer again = api.upload(scan, PAPER, "2018-01-09", "7", false);
		assertThat(again.json().get("status").asText()).isEqualTo("DUPLICATE");

		// An editor corrects what OCR read, beside the page image: the headline, the byline and the body.
		long article = jdbc.sql("select id from article where page_id = :id order by length(body) desc limit 1")
			.param("id", pageId).query(Long.class).single();
		String corrected = "【校】" + body;
		AdminSession editor = AdminSession.anonymous("http://127.0.0.1:" + port);
		editor.signIn("admin", PASSWORD);
		assertThat(editor.get("/admin/review/articles/" + article).body()).contains("id=\"body-form\"", "class=\"scan\"");
		assertThat(editor.post("/admin/review/articles/" + article + "/body", Map.of("body", corrected)).location())
			.endsWith("/admin/review");
		assertThat(editor.post("/admin/review/articles/" + article, Map.of("headline", "校对过的标题", "kicker", "",
				"subtitle", "", "dateline", "", "reporters", "李明 记者", "officials", "")).location())
			.endsWith("/admin/review");
		String firstReading = rawText(pageId);

		// The same page scanned again (skewed, blurred, speckled, a JPEG of quality 40): OCR reads it differently,
		// and every correction is in force where its article is printed.
		ApiClient.Answer reread = api.upload(rescan, PAPER, "2018-01-09", "7", true);
		assertThat(reread.json().get("status").asText()).as(reread.body()).isEqualTo("REPLACED");
		assertThat(rawText(pageId)).as("the second reading differs from the first").isNotEqualTo(firstReading);
		assertThat(jdbc.sql("select count(*) from correction where page_id = :id and state <> 'applied'")
			.param("id", pageId).query(Long.class).single()).as("corrections not placed again").isZero();
		System.out.printf("re-read: %d corrections, %d not placed again; OCR lines differing between the readings: %s%n",
				jdbc.sql("select count(*) from correction where page_id = :id").param("id", pageId).query(Long.class).single(),
				jdbc.sql("select count(*) from correction where page_id = :id and state <> 'applied'").param("id", pageId)
					.query(Long.class).single(), differingLines(firstReading, rawText(pageId)));
		long now = jdbc.sql("select article_id from correction where page_id = :id and kind = 'body'")
			.param("id", pageId).query(Long.class).single();
		assertThat(jdbc.sql("select body from article where id = :id").param("id", now).query(String.class).single())
			.isEqualTo(corrected);
		assertThat(jdbc.sql("select headline from article where id = :id").param("id", now).query(String.class).single())
			.isEqualTo("校对过的标题");
		assertThat(jdbc.sql("""
				select r.name from article_reporter ar join reporter r on r.id = ar.reporter_id where ar.article_id = :id""")
			.param("id", now).query(String.class).list()).containsExactly("李明");
		assertThat(api.search("校对过的标题").json().get("total").asInt()).isEqualTo(1);
	}

	/**
	 * In the browser: a scan uploaded on the form is answered within two seconds with its job's page, which says the
	 * stage and line N of M as OCR reads, then shows the result; the article's correction page keeps the page image
	 * beside the fields and shows the article, at 2× too, and the block the body's cursor is in. Screenshots at 1440
	 * and 390 px.
	 */
	@Test
	void theUploadFormFollowsOcrAndTheCorrectionPageFollowsTheCursor() throws Exception {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		java.nio.file.Path file = java.nio.file.Files.createDirectories(TestDataDir.path("scan-upload"))
			.resolve("人民日报_20180110_07.png");
		java.nio.file.Files.write(file, ImageFiles.withNote(scan, "uploaded on the form"));
		WebDriver browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		try {
			((ChromeDriver) browser).executeCdpCommand("Network.enable", Map.of());
			((ChromeDriver) browser).executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
					Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
						.encodeToString(("admin:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
			browser.manage().window().setSize(new Dimension(1440, 1000));
			browser.get("http://127.0.0.1:" + port + "/admin");
			browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
			((JavascriptExecutor) browser).executeScript(
					"document.getElementById('date').value = '2018-01-10'; document.getElementById('page').value = '7';"
							+ "document.getElementById('newspaper').value = '人民日报';");
			long submitted = System.currentTimeMillis();
			browser.findElement(By.cssSelector("form.ingest button[type=submit]")).click();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(50));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-said")));
			// The browser sends the 2 MB scan and loads the page that follows it: the job itself answers at once.
			long toPage = System.currentTimeMillis() - submitted;
			System.out.printf("upload form: the upload's page after %d ms%n", toPage);
			assertThat(toPage).as("ms to the upload's page").isLessThan(3_000);
			WebDriverWait reading = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(200));
			reading.ignoring(WebDriverException.class);
			reading.until(b -> b.findElement(By.id("upload-said")).getText().matches(".*第 \\d+ 行，共 \\d+ 行.*"));
			HeadlessChromium.screenshot(browser, "upload-ocr-1440");
			browser.manage().window().setSize(new Dimension(390, 844));
			HeadlessChromium.screenshot(browser, "upload-ocr-390");
			assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
					"return document.documentElement.scrollWidth <= window.innerWidth")).as("no overflow at 390 px").isTrue();
			WebDriverWait done = new WebDriverWait(browser, Duration.ofMinutes(5), Duration.ofMillis(500));
			done.ignoring(WebDriverException.class);
			done.until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-result")));
			assertThat(browser.findElement(By.id("ingest-result")).getText()).contains("已导入");

			long stored = jdbc.sql("""
					select a.id from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
					where i.issue_date = '2018-01-10' order by length(a.body) desc limit 1""").query(Long.class).single();
			for (int width : new int[] { 1440, 390 }) {
				browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
				browser.get("http://127.0.0.1:" + port + "/admin/review/articles/" + stored);
				browser.findElement(By.id("zoom-2")).click();
				Thread.sleep(300);
				WebElement body = browser.findElement(By.id("body-field"));
				((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(); arguments[0].focus();"
						+ "arguments[0].setSelectionRange(arguments[0].value.length - 2, arguments[0].value.length - 2);"
						+ "arguments[0].dispatchEvent(new Event('click'));", body);
				Thread.sleep(300);
				assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("""
						var view = document.getElementById('scan-view').getBoundingClientRect();
						var shown = document.querySelector('#scan-view .following')
						    || document.querySelector('#scan-view rect.region.current');
						var r = shown.getBoundingClientRect();
						return r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;"""))
					.as("at %d px and 2×, the image shows what the cursor is in", width).isTrue();
				assertThat(body.getSize().getWidth()).as("the body field's width at %d px", width)
					.isGreaterThan(width == 390 ? 300 : 500);
				HeadlessChromium.screenshot(browser, "correct-scan-" + width);
			}
		}
		finally {
			browser.quit();
		}
	}

	/** How many lines of the first reading the second does not have, of how many. */
	private static String differingLines(String first, String second) {
		List<String> before = Arrays.asList(first.split("\\|"));
		java.util.Set<String> after = new java.util.HashSet<>(Arrays.asList(second.split("\\|")));
		return before.stream().filter(l -> !after.contains(l)).count() + " of " + before.size();
	}

	private String rawText(long pageId) {
		return jdbc.sql("select string_agg(text, '|' order by seq) from page_ocr_line where page_id = :id")
			.param("id", pageId).query(String.class).single();
	}

	@Test
	void aDecompressionBombAndADamagedImageAreRefusedWithAReasonAndNothingStored() throws IOException {
		ApiClient api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		long pagesBefore = jdbc.sql("select count(*) from page").query(Long.class).single();

		// A scan of two pages on the single upload is said of the scan, with how to load a whole issue.
		java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(200, 300, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
		ApiClient.Answer twoPages = api.upload(ImageFiles.tiff(List.of(blank, blank), "LZW", false, 200), PAPER,
				"2018-01-11", "7", false);
		assertThat(twoPages.status()).as(twoPages.body()).isEqualTo(422);
		assertThat(twoPages.json().get("reason").get("code").asText()).isEqualTo("scanPages");
		assertThat(twoPages.json().get("message").asText()).contains("the scan holds 2 pages").doesNotContain("PDF has");
		ApiClient.Answer bomb = api.upload(ImageFiles.pngClaiming(100_000, 100_000), PAPER, "2018-01-10", "7", false);
		assertThat(bomb.status()).isEqualTo(422);
		assertThat(bomb.json().get("reason").get("code").asText()).isEqualTo("imageTooLarge");

		ApiClient.Answer cut = api.upload(Arrays.copyOf(scan, scan.length / 2), PAPER, "2018-01-11", "7", false);
		assertThat(cut.status()).isEqualTo(422);
		assertThat(cut.json().get("reason").get("code").asText()).isEqualTo("imageUnreadable");
		assertThat(cut.body()).doesNotContain("Exception");

		assertThat(jdbc.sql("select count(*) from page").query(Long.class).single()).isEqualTo(pagesBefore);
	}

}
