package org.baoku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.baoku.config.BaokuProperties;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.bulk.BulkJob;
import org.baoku.ingest.bulk.BulkJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Bulk uploads on the admin pages through the real stack: a dry run shows the split and stores nothing, its commit
 * stores it; bad files are reported one by one; a job the app stopped in is found again and runs; and in the
 * browser a zip is uploaded and its progress bar followed to 100 % (photographed into target/screenshots/).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + BulkJobsIT.PASSWORD, "baoku.seed-on-first-start=false" })
class BulkJobsIT {

	static final String PASSWORD = "bulk-secret";

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("bulk").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IngestService ingest;

	@Autowired
	BaokuProperties properties;

	@Autowired
	org.baoku.ingest.bulk.NewspaperAliases aliases;

	@Test
	void aDryRunShowsTheSplitStoresNothingAndItsCommitStoresIt() {
		AdminSession admin = session();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("week.zip", zip(Map.of("pages/批量报_2024-05-01_A01.txt", TestPages.page("批量甲", "", 3),
				"pages/批量报_2024-05-02_A01.txt", TestPages.page("批量乙", "", 2), "pages/notes.md",
				"not a page".getBytes(StandardCharsets.UTF_8))));
		files.put("20240503_02.txt", TestPages.page("批量丙", "", 2));
		AdminSession.Answer started = admin.upload("/admin/jobs",
				Map.of("newspaper", "批量报", "dryRun", "true"), files);
		assertThat(started.status()).as(started.body()).isEqualTo(302);
		String dryRun = jobId(started);

		JsonNode done = waitUntilFinished(admin, dryRun);
		assertThat(done.get("state").asText()).isEqualTo("DONE");
		assertThat(done.get("counts").get("SPLIT").asInt()).isEqualTo(3);
		assertThat(storedArticles("批量报")).isZero();
		String page = admin.get("/admin/jobs/" + dryRun).body();
		assertThat(page).contains("week.zip!/pages/批量报_2024-05-01_A01.txt", "20240503_02.txt", "已试拆",
				TestPages.STORIES.get(0), "署名：李明", "不是版面文件，已跳过", "notes.md", "id=\"job-commit\"");

		AdminSession.Answer committed = admin.post("/admin/jobs/" + dryRun + "/commit", Map.of());
		assertThat(committed.status()).isEqualTo(302);
		String real = jobId(committed);
		assertThat(real).isNotEqualTo(dryRun);
		JsonNode stored = waitUntilFinished(admin, real);
		assertThat(stored.get("counts").get("INGESTED").asInt()).isEqualTo(3);
		assertThat(storedArticles("批量报")).isEqualTo(7);
		assertThat(admin.get("/admin/jobs/" + dryRun).body()).contains("已作为任务 " + real + " 导入");
		assertThat(new ApiClient(base(), PASSWORD).search("批量丙").json().get("total").asInt()).isEqualTo(2);
		assertThat(admin.post("/admin/jobs/" + dryRun + "/commit", Map.of()).status()).isEqualTo(409);
		assertThat(uploads()).as("a real run's files go once it is done").isEmpty();
	}

	@Test
	void aDryRunTakesTwoAndZeroTwoForOnePage() {
		AdminSession admin = session();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("同号报_2024-06-03_2.txt", TestPages.page("同号甲", "", 2));
		files.put("同号报_2024-06-03_02.txt", TestPages.page("同号乙", "", 3));
		files.put("同号报_2024-06-03_第3版.txt", TestPages.page("同号丙", "", 1));
		AdminSession.Answer started = admin.upload("/admin/jobs", Map.of("newspaper", "同号报", "dryRun", "true"), files);
		assertThat(started.status()).as(started.body()).isEqualTo(302);
		String dryRun = jobId(started);
		JsonNode done = waitUntilFinished(admin, dryRun);
		assertThat(done.get("counts").get("SPLIT").asInt()).isEqualTo(2);
		assertThat(done.get("counts").get("CONFLICT").asInt()).as("02 is page 2 again").isEqualTo(1);
		assertThat(storedArticles("同号报")).isZero();
		assertThat(admin.post("/admin/jobs/" + dryRun + "/discard", Map.of()).status()).isEqualTo(302);
	}

	@Test
	void badFilesAreReportedOneByOneAndTheRestIsStored() {
		AdminSession admin = session();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("escape.zip", zip(Map.of("../坏报_2024-06-01_1.txt", TestPages.page("逃逸", "", 1))));
		files.put("no-date.txt", TestPages.page("无日期", "", 1));
		files.put("坏报_2024-02-30_1.txt", TestPages.page("坏日期", "", 1));
		files.put("坏报_2024-06-02_1.txt", TestPages.page("好版面", "", 2));
		files.put("坏报_2024-06-03.pdf", "%PDF-1.7 a whole issue, not asked to be split".getBytes(StandardCharsets.UTF_8));
		String id = jobId(admin.upload("/admin/jobs", Map.of(), files));
		JsonNode done = waitUntilFinished(admin, id);
		assertThat(done.get("counts").get("REFUSED").asInt()).isEqualTo(4);
		assertThat(done.get("counts").get("INGESTED").asInt()).isEqualTo(1);
		String page = admin.get("/admin/jobs/" + id).body();
		assertThat(page).contains("the zip is refused whole", "the name gives no date and page",
				"is no day of the calendar", "split into its pages only when asked");
		assertThat(storedArticles("坏报")).isEqualTo(2);
		// The rows the running page adds come in the reader's language, as the finished page shows them.
		JsonNode stored = null;
		for (JsonNode file : done.get("files")) {
			if (file.get("source").asText().equals("坏报_2024-06-02_1.txt")) {
				stored = file;
			}
			if (file.get("outcome").asText().equals("REFUSED")) {
				assertThat(file.get("outcomeLabel").asText()).isEqualTo("未导入");
				assertThat(file.get("failed").asBoolean()).isTrue();
			}
		}
		assertThat(stored).isNotNull();
		assertThat(stored.get("outcomeLabel").asText()).isEqualTo("已导入");
		assertThat(stored.get("reason").asText()).isEqualTo("已为 坏报 2024-06-02 版次“1”保存 2 篇文章。");
		assertThat(stored.get("message").asText()).startsWith("2 articles");

		assertThat(admin.upload("/admin/jobs", Map.of(), Map.of()).status()).isEqualTo(400);
		assertThat(admin.get("/admin/jobs/20990101-000000-ffff").status()).isEqualTo(404);
		assertThat(admin.get("/admin/jobs/..%2F..%2Fetc").status()).isIn(400, 404);
		assertThat(admin.post("/admin/jobs/" + id + "/resume", Map.of()).status()).isEqualTo(409);
		assertThat(new ApiClient(base(), "wrong").get("/admin/jobs").status()).isEqualTo(401);
	}

	@Test
	void aJobTheAppStoppedInIsFoundAgainAndRuns() throws Exception {
		Path uploads = properties.dataDir().resolve("uploads");
		Path left = Files.createDirectories(uploads.resolve("20240101-000000-abcd").resolve("files"));
		Files.write(left.resolve("续报_2024-07-01_1.txt"), TestPages.page("续传", "", 2));
		Files.writeString(left.getParent().resolve("job.properties"),
				"created=2024-01-01T00\\:00\\:00Z\nreplace=false\ndryRun=false\nuploads=续报_2024-07-01_1.txt\n");
		Path halfWritten = Files.createDirectories(uploads.resolve(".incoming-20240101-000001-abce"));
		// A second instance over the same data folder stands for the app starting again after the stop.
		BulkJobs restarted = new BulkJobs(ingest, properties, aliases);
		try {
			BulkJob found = restarted.job("20240101-000000-abcd").orElseThrow();
			assertThat(found.view().state()).isEqualTo(BulkJob.State.INTERRUPTED);
			assertThat(Files.exists(halfWritten)).isFalse();
			BulkJob again = restarted.resume(found.id()).orElseThrow();
			long deadline = System.currentTimeMillis() + 60_000;
			while (!again.view().state().finished() && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertThat(again.view().state()).isEqualTo(BulkJob.State.DONE);
			assertThat(again.view().counts()).containsEntry(org.baoku.ingest.bulk.BulkIngest.Outcome.INGESTED, 1);
			assertThat(storedArticles("续报")).isEqualTo(2);
			assertThat(Files.exists(uploads.resolve(again.id()))).isFalse();
		}
		finally {
			restarted.stop();
		}
	}

	@Test
	void theFileTheAppDiedOnTwiceIsNamedAtTheNextStartAndNotReadAgain() throws Exception {
		Path uploads = properties.dataDir().resolve("uploads");
		Path left = Files.createDirectories(uploads.resolve("20240103-000000-abd0").resolve("files"));
		Files.write(left.resolve("亡报_2024-07-03_1.txt"), TestPages.page("致命", "", 2));
		Files.write(left.resolve("亡报_2024-07-03_2.txt"), TestPages.page("幸存", "", 2));
		Files.writeString(left.getParent().resolve("job.properties"), "created=2024-01-03T00\\:00\\:00Z\nreplace=false\n"
				+ "dryRun=false\nuploads=亡报_2024-07-03_1.txt,亡报_2024-07-03_2.txt\n");
		// What a run leaves when the JVM dies in the middle of a file (out of memory: it exits, it is restarted),
		// the second time on the same file: the first stop is in the job's list of stops.
		Files.writeString(left.getParent().resolve("stopped-the-app.txt"), "亡报_2024-07-03_1.txt\n");
		Files.writeString(left.getParent().resolve("working-on.txt"), "亡报_2024-07-03_1.txt");
		BulkJobs restarted = new BulkJobs(ingest, properties, aliases);
		try {
			BulkJob found = restarted.job("20240103-000000-abd0").orElseThrow();
			assertThat(found.view().state()).isEqualTo(BulkJob.State.INTERRUPTED);
			assertThat(found.view().failure()).contains("stopped while working on 亡报_2024-07-03_1.txt");
			BulkJob again = restarted.resume(found.id()).orElseThrow();
			long deadline = System.currentTimeMillis() + 60_000;
			while (!again.view().state().finished() && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertThat(again.view().state()).isEqualTo(BulkJob.State.DONE);
			assertThat(again.files(0)).extracting(e -> e.source() + " " + e.outcome())
				.containsExactly("亡报_2024-07-03_1.txt REFUSED", "亡报_2024-07-03_2.txt INGESTED");
			assertThat(again.files(0).get(0).reason().code()).isEqualTo("stoppedTheApp");
			assertThat(storedArticles("亡报")).isEqualTo(2);
		}
		finally {
			restarted.stop();
		}
	}

	@Test
	void aFinishedDryRunIsFoundAgainAfterARestartAsFinishedAndCanBeCommitted() throws Exception {
		Path uploads = properties.dataDir().resolve("uploads");
		Path left = Files.createDirectories(uploads.resolve("20240102-000000-abcf").resolve("files"));
		Files.write(left.resolve("试报_2024-07-02_1.txt"), TestPages.page("试运行", "", 2));
		Files.writeString(left.getParent().resolve("job.properties"),
				"created=2024-01-02T00\\:00\\:00Z\nreplace=false\ndryRun=true\nuploads=试报_2024-07-02_1.txt\n");
		Files.writeString(left.getParent().resolve("dry-run.done"), "2024-01-02T00:01:00Z");
		BulkJobs restarted = new BulkJobs(ingest, properties, aliases);
		try {
			BulkJob found = restarted.job("20240102-000000-abcf").orElseThrow();
			assertThat(found.view().state()).isEqualTo(BulkJob.State.DONE);
			assertThat(found.view().percent()).isEqualTo(100);
			BulkJob real = restarted.commit(found.id()).orElseThrow();
			long deadline = System.currentTimeMillis() + 60_000;
			while (!real.view().state().finished() && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertThat(storedArticles("试报")).isEqualTo(2);
		}
		finally {
			restarted.stop();
		}
	}

	@Test
	void theBrowserUploadsAZipAndFollowsItsProgressToTheEnd() throws IOException {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		Map<String, byte[]> pages = new LinkedHashMap<>();
		for (int day = 1; day <= 28; day++) {
			pages.put("浏览报_2024-08-%02d_A01.txt".formatted(day), TestPages.page("浏览" + day + "号", "", 3));
		}
		Path zip = Files.createDirectories(TestDataDir.path("browser-upload")).resolve("august.zip");
		Files.write(zip, zip(pages));
		WebDriver browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		try {
			((ChromeDriver) browser).executeCdpCommand("Network.enable", Map.of());
			((ChromeDriver) browser).executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
					Map.of("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))));
			browser.manage().window().setSize(new Dimension(1280, 1400));
			browser.get(base() + "/admin/jobs");
			browser.findElement(By.id("bulk-files")).sendKeys(zip.toAbsolutePath().toString());
			browser.findElement(By.id("bulk-submit")).click();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofMillis(50));
			// The page reloads itself once the job has ended. Bar and state are read in one script, so both come
			// from the same page; a read that meets the reload fails in the driver and the next poll reads again.
			wait.ignoring(WebDriverException.class);
			List<Integer> seen = new ArrayList<>();
			List<String> said = new ArrayList<>();
			wait.until(b -> {
				List<?> read = (List<?>) ((JavascriptExecutor) b).executeScript("return [document.getElementById"
						+ "('job-progress').value, document.getElementById('job-state').innerText.trim(),"
						+ "(document.getElementById('job-speed') || {}).innerText || '']");
				seen.add(((Number) read.get(0)).intValue());
				if (!"已完成".equals(read.get(1))) {
					said.add((String) read.get(2));
				}
				return "已完成".equals(read.get(1));
			});
			// While files remain, the time left is said or said to be measured, never as nothing.
			assertThat(said).noneMatch(line -> line.matches(".*约 0 秒.*"));
			assertThat(browser.findElement(By.id("job-progress")).getDomProperty("value")).isEqualTo("100");
			assertThat(browser.findElement(By.id("job-percent")).getText()).isEqualTo("100 %");
			assertThat(browser.findElement(By.id("job-figures")).getText()).isEqualTo("已处理 28 / 28 个文件，84 篇文章，0 个失败");
			assertThat(browser.findElements(By.cssSelector("#job-files tbody tr"))).hasSize(28);
			assertThat(browser.findElement(By.id("job-files")).getText()).contains("august.zip!/浏览报_2024-08-28_A01.txt",
					"已导入");
			assertThat(seen).as("the bar only moves forward").isSorted();
			System.out.println("bulk job progress seen in the browser (%): " + seen.stream().distinct().toList());
			HeadlessChromium.screenshot(browser, "bulk-job");
			browser.get(base() + "/admin/jobs");
			assertThat(browser.findElement(By.id("jobs")).getText()).contains("已完成", "84 篇文章");
		}
		finally {
			browser.quit();
		}
		assertThat(storedArticles("浏览报")).isEqualTo(84);
	}

	private JsonNode waitUntilFinished(AdminSession admin, String id) {
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			AdminSession.Answer answer = admin.get("/admin/jobs/" + id + "/progress");
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			JsonNode progress;
			try {
				progress = JSON.readTree(answer.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (progress.get("finished").asBoolean() || System.currentTimeMillis() > deadline) {
				return progress;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private AdminSession session() {
		AdminSession admin = new AdminSession(base(), PASSWORD);
		assertThat(admin.get("/admin/jobs").status()).isEqualTo(200);
		return admin;
	}

	private static String jobId(AdminSession.Answer started) {
		assertThat(started.status()).as(started.body()).isEqualTo(302);
		return started.location().substring(started.location().lastIndexOf('/') + 1);
	}

	private long storedArticles(String newspaper) {
		return jdbc.sql("""
				select count(*) from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				join newspaper n on n.id = i.newspaper_id where n.name = :name""")
			.param("name", newspaper)
			.query(Long.class)
			.single();
	}

	private List<Path> uploads() {
		try (var list = Files.list(properties.dataDir().resolve("uploads"))) {
			return list.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}


	private String base() {
		return "http://127.0.0.1:" + port;
	}

}
