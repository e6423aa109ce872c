package org.baoku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.baoku.config.BaokuProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Bulk uploads as a browser sends a folder (hundreds of files, each named by its path in the folder) and as a script
 * sends them to the bulk-jobs API ({@code /api/admin/jobs}, HTTP Basic): a job, not a 413; the folders kept, so a
 * folder's manifest places its files; unsafe paths refused one by one; an upload over the part limit refused in
 * words; and a dry run polled, committed and found in the archive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + BulkJobsApiIT.PASSWORD, "baoku.seed-on-first-start=false" })
class BulkJobsApiIT {

	static final String PASSWORD = "bulk-api-secret";

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("bulk-api").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BaokuProperties properties;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** An answer with its Location. */
	record Answer(int status, String location, String contentType, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("not JSON: " + body, ex);
			}
		}

	}

	@Test
	void threeHundredFilesOfAFolderAreOneJobKeptInTheirFoldersAndUnsafePathsAreRefused() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < 300; i++) {
			int month = 1 + i / 28;
			int day = 1 + i % 28;
			files.put("千份/%02d月/千份报_2024-%02d-%02d_1.txt".formatted(month, month, day),
					TestPages.page("千份" + i, "", 1));
		}
		// A folder's manifest places the files whose names say nothing.
		files.put("千份/附录/manifest.csv",
				"file,newspaper,date,page,note\n甲.txt,清单报,2024-11-05,3,\n".getBytes(StandardCharsets.UTF_8));
		files.put("千份/附录/甲.txt", TestPages.page("清单甲", "", 2));
		files.put("../逃出.txt", TestPages.page("逃出", "", 1));
		files.put("/etc/绝对.txt", TestPages.page("绝对", "", 1));
		files.put("千份//空段.txt", TestPages.page("空段", "", 1));
		files.put("千份/./点.txt", TestPages.page("点", "", 1));
		files.put("a/b/c/d/e/f/g/h/i/太深.txt", TestPages.page("太深", "", 1));
		// An empty file is a file: it ends with its reason, it does not vanish from the list.
		files.put("千份/11月/千份报_2024-11-30_1.txt", new byte[0]);
		// What the uploader's system keeps in its folders is left out, not failed.
		files.put("千份/.隐藏/x.txt", TestPages.page("隐藏", "", 1));
		files.put("千份/.DS_Store", new byte[] { 0, 0, 0, 1, 'B', 'u', 'd', '1' });
		files.put("千份/__MACOSX/._甲.txt", new byte[] { 0, 5, 22, 7 });
		files.put("千份/附录/Thumbs.db", new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 });

		AdminSession admin = new AdminSession(base(), PASSWORD);
		assertThat(admin.get("/admin/jobs").body()).contains("id=\"bulk-folder\"", "webkitdirectory");
		AdminSession.Answer started = admin.upload("/admin/jobs", Map.of("dryRun", "true"), files);
		assertThat(started.status()).as(started.body()).isEqualTo(302);
		String id = started.location().substring(started.location().lastIndexOf('/') + 1);

		JsonNode done = waitUntilFinished(id);
		assertThat(done.get("state").asText()).isEqualTo("DONE");
		assertThat(done.get("counts").get("SPLIT").asInt()).as(done.toString()).isEqualTo(301);
		assertThat(done.get("counts").get("REFUSED").asInt()).as(done.toString()).isEqualTo(5);
		assertThat(done.get("skipped")).as(done.toString())
			.extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("千份/.隐藏/x.txt", "千份/.DS_Store", "千份/__MACOSX/._甲.txt", "千份/附录/Thumbs.db");
		Map<String, JsonNode> bySource = new LinkedHashMap<>();
		done.get("files").forEach(f -> bySource.put(f.get("source").asText(), f));
		assertThat(bySource.get("千份/附录/甲.txt").get("placement").asText()).contains("清单报", "2024-11-05");
		assertThat(bySource.get("千份/03月/千份报_2024-03-01_1.txt").get("outcome").asText()).isEqualTo("SPLIT");
		assertThat(bySource.get("../逃出.txt").get("message").asText()).contains("\"..\"");
		assertThat(bySource.get("/etc/绝对.txt").get("message").asText()).contains("absolute");
		assertThat(bySource.get("千份//空段.txt").get("message").asText()).contains("empty part");
		assertThat(bySource.get("千份/./点.txt").get("message").asText()).contains("\".\"");
		assertThat(bySource.get("a/b/c/d/e/f/g/h/i/太深.txt").get("message").asText()).contains("folders deep");
		assertThat(bySource).doesNotContainKey("千份/.DS_Store");
		assertThat(bySource.get("千份/11月/千份报_2024-11-30_1.txt")).as(done.toString()).isNotNull();
		assertThat(bySource.get("千份/11月/千份报_2024-11-30_1.txt").get("message").asText()).containsIgnoringCase("empty");

		Path kept = properties.dataDir().resolve("uploads").resolve(id).resolve("files");
		assertThat(kept.resolve("千份/附录/甲.txt")).isRegularFile();
		assertThat(kept.resolve("千份/12月")).doesNotExist();
		try (Stream<Path> months = Files.list(kept.resolve("千份"))) {
			assertThat(months.count()).as("11 months and the appendix, no system file").isEqualTo(12);
		}
		assertThat(properties.dataDir().resolve("uploads").resolve("逃出.txt")).doesNotExist();
		assertThat(api("POST", "/api/admin/jobs/" + id + "/discard", null, null).status()).isEqualTo(200);
	}

	@Test
	void anUploadOverThePartLimitIsRefusedInWordsOnThePageAndInTheApi() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < 5001; i++) {
			files.put("多/%05d.txt".formatted(i), "页".getBytes(StandardCharsets.UTF_8));
		}
		AdminSession admin = new AdminSession(base(), PASSWORD);
		admin.get("/admin/jobs?lang=en");
		AdminSession.Answer page = admin.upload("/admin/jobs", Map.of(), files);
		assertThat(page.status()).isEqualTo(413);
		assertThat(page.body()).contains("The upload has more than 5,000 parts", "put them in zips");

		Answer api = api("POST", "/api/admin/jobs", Map.of(), files);
		assertThat(api.status()).isEqualTo(413);
		assertThat(api.contentType()).startsWith("application/json");
		assertThat(api.json().get("message").asText()).contains("more than 5000 parts");
	}

	@Test
	void aScriptRunsADryRunOfTheSeedsCommitsItAndFindsThePagesInTheArchive() throws IOException {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		try (Stream<Path> list = Files.list(Path.of("seeds"))) {
			for (Path seed : list.sorted().toList()) {
				seeds.put("种子/" + seed.getFileName(), Files.readAllBytes(seed));
			}
		}
		Answer created = api("POST", "/api/admin/jobs", Map.of("dryRun", "true"), seeds);
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		String dryRun = created.json().get("id").asText();
		assertThat(created.location()).isEqualTo("/api/admin/jobs/" + dryRun);
		assertThat(created.json().get("dryRun").asBoolean()).isTrue();

		JsonNode done = waitUntilFinished(dryRun);
		assertThat(done.get("state").asText()).isEqualTo("DONE");
		assertThat(done.get("percent").asInt()).isEqualTo(100);
		assertThat(done.get("counts").get("SPLIT").asInt()).as(done.toString()).isEqualTo(5);
		assertThat(done.get("failed").asInt()).isZero();
		assertThat(done.get("articles").asInt()).isPositive();
		assertThat(done.get("files")).hasSize(5);
		assertThat(done.get("files").get(0).get("outcome").asText()).isEqualTo("SPLIT");
		String issuePath = "/api/issues/" + URLEncoder.encode("西宁晚报", StandardCharsets.UTF_8) + "/2023-07-22";
		assertThat(api("GET", issuePath, null, null).status()).isEqualTo(404);

		Answer committed = api("POST", "/api/admin/jobs/" + dryRun + "/commit", null, null);
		assertThat(committed.status()).as(committed.body()).isEqualTo(202);
		String real = committed.json().get("id").asText();
		assertThat(real).isNotEqualTo(dryRun);
		assertThat(committed.location()).isEqualTo("/api/admin/jobs/" + real);
		JsonNode stored = waitUntilFinished(real);
		assertThat(stored.get("counts").get("INGESTED").asInt()).as(stored.toString()).isEqualTo(5);
		assertThat(api("GET", "/api/admin/jobs/" + dryRun, null, null).json().get("committedAs").asText()).isEqualTo(real);

		Answer issue = api("GET", issuePath, null, null);
		assertThat(issue.status()).as(issue.body()).isEqualTo(200);
		assertThat(issue.json().get("pages").get(0).get("articles").size()).isPositive();

		JsonNode list = api("GET", "/api/admin/jobs", null, null).json();
		List<String> ids = new ArrayList<>();
		list.forEach(j -> ids.add(j.get("id").asText()));
		assertThat(ids).containsSubsequence(real, dryRun);

		Answer again = api("POST", "/api/admin/jobs/" + dryRun + "/discard", null, null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("message").asText()).contains("nothing was deleted");
		assertThat(api("POST", "/api/admin/jobs/" + dryRun + "/commit", null, null).status()).isEqualTo(409);
		Answer unknown = api("GET", "/api/admin/jobs/20990101-000000-ffff", null, null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("message").asText()).contains("bulk job 20990101-000000-ffff");
		assertThat(api("POST", "/api/admin/jobs", Map.of("dryRun", "true"), Map.of()).status()).isEqualTo(400);

		HttpRequest anonymous = HttpRequest.newBuilder(URI.create(base() + "/api/admin/jobs")).GET().build();
		Answer signIn = send(anonymous);
		assertThat(signIn.status()).isEqualTo(401);
		assertThat(signIn.json().get("status").asInt()).as("the API's Error shape").isEqualTo(401);
		assertThat(signIn.json().get("message").asText()).contains("HTTP Basic credentials");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'POST /api/admin/jobs/{id}/commit' and actor = 'admin'")
			.query(Long.class)
			.single()).isPositive();
	}

	/**
	 * Each page a bulk job stores is searchable within 10 s of being stored, while the job goes on (here: reading a
	 * scan by OCR after two page PDFs), not at the job's end.
	 */
	@Test
	void eachStoredPageOfABulkJobIsSearchableWhileTheJobStillRuns() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("a/人民日报_20190201_05.pdf", resource("/layouts/pdf/rmrb_20190201_p05.pdf"));
		files.put("a/人民日报_20190213_15.pdf", resource("/layouts/pdf/rmrb_20190213_p15.pdf"));
		files.put("b/人民日报_20180109_07.png", scanOf(resource("/realpages/pdf/rmrb_20180109_p07.pdf")));
		Answer created = api("POST", "/api/admin/jobs", Map.of(), files);
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		String id = created.json().get("id").asText();

		List<String> found = new ArrayList<>();
		for (String date : List.of("2019-02-01", "2019-02-13")) {
			long stored = waitUntilStored(id, date);
			String words = jdbc.sql("""
					select substr(a.body, 11, 8) from article a join page p on p.id = a.page_id
					join issue i on i.id = p.issue_id where i.issue_date = cast(:date as date)
					order by length(a.body) desc limit 1""")
				.param("date", date).query(String.class).single().replaceAll("\\s", "");
			long deadline = stored + 10_000;
			int total = 0;
			while (System.currentTimeMillis() < deadline && total == 0) {
				total = api("GET", "/api/search?q=" + URLEncoder.encode("\"" + words + "\"", StandardCharsets.UTF_8),
						null, null).json().get("total").asInt();
				sleep(250);
			}
			assertThat(total).as("%s found by \"%s\" within 10 s of being stored", date, words).isPositive();
			found.add(date);
			if (date.equals("2019-02-13")) {
				assertThat(api("GET", "/api/admin/jobs/" + id, null, null).json().get("finished").asBoolean())
					.as("the job still reads the scan").isFalse();
			}
		}
		assertThat(found).hasSize(2);
		// OCR of a whole page takes minutes on a busy machine.
		JsonNode finished = waitUntilFinished(id, 600_000);
		assertThat(finished.get("counts").get("INGESTED").asInt()).as(finished.toString()).isEqualTo(3);
	}

	/**
	 * A file name's abbreviation is the job's newspaper, not a paper of its own; an admin maps another on the job's
	 * page once, and later jobs store its files under that newspaper.
	 */
	@Test
	void abbreviatedPaperNamesInFileNamesAreTheJobsNewspaperOrTheOneAnAdminMapped() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("rmrb_20180115_p07.txt", TestPages.page("缩写甲", "", 2));
		Answer created = api("POST", "/api/admin/jobs", Map.of("newspaper", "人民日报"), files);
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		String first = created.json().get("id").asText();
		assertThat(waitUntilFinished(first).get("counts").get("INGESTED").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select n.name from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where i.issue_date = '2018-01-15'""").query(String.class).list()).containsExactly("人民日报");
		assertThat(jdbc.sql("select count(*) from newspaper where name in ('rmrb', 'xsm')").query(Long.class).single())
			.isZero();

		AdminSession admin = AdminSession.anonymous(base());
		admin.signIn("admin", PASSWORD);
		assertThat(admin.get("/admin/jobs/" + first).body()).contains("id=\"paper-rmrb\"", "人民日报（本任务的报纸）");
		assertThat(admin.post("/admin/jobs/" + first + "/papers", Map.of("named", "XSM", "newspaper", "新三门报"))
			.location()).endsWith("/admin/jobs/" + first);

		Map<String, byte[]> later = new LinkedHashMap<>();
		later.put("xsm_20110524_p02.txt", TestPages.page("缩写乙", "", 2));
		String second = api("POST", "/api/admin/jobs", Map.of(), later).json().get("id").asText();
		assertThat(waitUntilFinished(second).get("counts").get("INGESTED").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select n.name from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where i.issue_date = '2011-05-24'""").query(String.class).list()).containsExactly("新三门报");
		assertThat(admin.get("/admin/jobs/" + second).body()).contains("新三门报（已记住的对应）");

		// A paper stored under an abbreviation before (a command with no newspaper named) is merged into its paper
		// from the admin pages: its articles keep their links, its issue's old link goes on, a clash is refused.
		ApiClient client = new ApiClient(base(), PASSWORD);
		long stray = client.upload(TestPages.page("缩写丙", "", 2), "rmrb", "2018-01-16", "7", false).json().get("pageId")
			.asLong();
		long clash = client.upload(TestPages.page("缩写丁", "", 2), "rmrb", "2018-01-15", "7", false).json().get("pageId")
			.asLong();
		List<Long> articles = jdbc.sql("select id from article where page_id = :p order by id").param("p", stray)
			.query(Long.class).list();
		admin.get("/admin/papers");
		// A new name its issues' links could not hold is refused, saying why, and nothing moves.
		admin.post("/admin/papers/rename", Map.of("from", "rmrb", "to", "人民日报/海外版"));
		assertThat(admin.get("/admin/papers").body()).contains("id=\"papers-refused\"", "新的报纸名含有斜杠",
				"id=\"paper-rmrb\"");
		admin.post("/admin/papers/rename", Map.of("from", "rmrb", "to", "人民日报"));
		assertThat(admin.get("/admin/papers").body()).contains("id=\"papers-refused\"", "2018-01-15 7");
		jdbc.sql("delete from article where page_id = :p").param("p", clash).update();
		jdbc.sql("delete from page where id = :p").param("p", clash).update();
		admin.post("/admin/papers/rename", Map.of("from", "rmrb", "to", "人民日报"));
		assertThat(admin.get("/admin/papers").body()).contains("id=\"papers-renamed\"").doesNotContain("id=\"paper-rmrb\"");
		assertThat(jdbc.sql("""
				select n.name from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where p.id = :p""").param("p", stray).query(String.class).single()).isEqualTo("人民日报");
		assertThat(jdbc.sql("select id from article where page_id = :p order by id").param("p", stray).query(Long.class)
			.list()).isEqualTo(articles);
		assertThat(admin.get("/issues/rmrb/2018-01-16").location()).endsWith("/issues/" + java.net.URLEncoder
			.encode("人民日报", StandardCharsets.UTF_8) + "/2018-01-16");
		AdminSession.Answer api = admin.get("/api/issues/rmrb/2018-01-16");
		assertThat(api.status()).isEqualTo(308);
		assertThat(api.location()).endsWith("/api/issues/" + java.net.URLEncoder.encode("人民日报", StandardCharsets.UTF_8)
				+ "/2018-01-16");
		assertThat(admin.get("/api/issues?year=2018&newspaper=rmrb").body()).contains("\"newspaper\":\"人民日报\"");
	}

	/** When (System.currentTimeMillis) the job's file of the day was seen stored; fails past two minutes. */
	private long waitUntilStored(String id, String date) {
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			Long stored = jdbc.sql("""
					select count(*) from page p join issue i on i.id = p.issue_id where i.issue_date = cast(:date as date)""")
				.param("date", date).query(Long.class).single();
			if (stored > 0) {
				return System.currentTimeMillis();
			}
			sleep(100);
		}
		throw new AssertionError("job " + id + " stored no page of " + date + " in two minutes");
	}

	private static byte[] resource(String name) throws IOException {
		try (var in = BulkJobsApiIT.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		}
	}

	/** A page PDF as a scanner leaves it: a grey PNG at 200 dpi, no text layer (read by OCR, some 20 s). */
	private static byte[] scanOf(byte[] pdf) throws IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
				.renderImageWithDPI(0, 200, org.apache.pdfbox.rendering.ImageType.GRAY);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode waitUntilFinished(String id) {
		return waitUntilFinished(id, 120_000);
	}

	private JsonNode waitUntilFinished(String id, long millis) {
		long deadline = System.currentTimeMillis() + millis;
		while (true) {
			Answer answer = api("GET", "/api/admin/jobs/" + id, null, null);
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			JsonNode progress = answer.json();
			if (progress.get("finished").asBoolean() || System.currentTimeMillis() > deadline) {
				return progress;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** A request with Basic credentials: no body (fields null), or a multipart body of fields and files. */
	private Answer api(String method, String path, Map<String, String> fields, Map<String, byte[]> files) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (fields == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			Multipart form = Multipart.of(fields, "files", files);
			request.header("Content-Type", form.contentType())
				.method(method, HttpRequest.BodyPublishers.ofByteArray(form.body()));
		}
		return send(request.build());
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

}
