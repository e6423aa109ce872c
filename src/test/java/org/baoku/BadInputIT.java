package org.baoku;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything an operator was seen to get through: each bad request answers a 4xx with a readable reason (never a
 * 500), and the archive's counts do not move. Also the durable settings of the embedded PostgreSQL, health, stable
 * article ids across re-ingest and the export's escaping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Tests switch metrics export off by default; this one checks the Prometheus endpoint as operators scrape it.
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = { "baoku.admin-password=" + BadInputIT.PASSWORD, "baoku.seed-on-first-start=false" })
class BadInputIT {

	static final String PASSWORD = "robust-secret";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("robust").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		if (count("page") == 0) {
			assertThat(api.upload(TestPages.page("基线", "", 3), "基线报", "2024-01-02", "1", false).status()).isEqualTo(201);
		}
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private record Counts(long pages, long articles) {
	}

	private Counts counts() {
		return new Counts(count("page"), count("article"));
	}

	@Test
	void embeddedPostgresIsDurable() {
		for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
			assertThat(jdbc.sql("show " + setting).query(String.class).single()).as(setting).isEqualTo("on");
		}
	}

	@Test
	void healthHasReadinessAndLivenessAndHidesDetailsFromStrangers() {
		assertThat(api.get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
		assertThat(api.get("/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
		assertThat(api.get("/actuator/health").json().has("components")).isFalse();
	}

	@Test
	void metricsAreForTheAdminAndTheApiIsDescribedAsOpenApi() {
		api.search("基线");
		AdminSession admin = AdminSession.anonymous("http://127.0.0.1:" + port);
		assertThat(admin.get("/actuator/prometheus").status()).isIn(302, 401);
		admin.signIn("admin", PASSWORD);
		String metrics = admin.get("/actuator/prometheus").body();
		assertThat(metrics).contains("baoku_search_seconds_count", "baoku_ingest_pages_total{status=\"INGESTED\"}",
				"baoku_index_backlog_pages", "baoku_index_agree 1.0", "baoku_index_stale_pages");
		JsonNode docs = api.get("/api/docs").json();
		assertThat(docs.get("openapi").asText()).startsWith("3.");
		assertThat(docs.get("paths").has("/api/search")).isTrue();
		assertThat(docs.get("paths").has("/api/admin/pages")).isTrue();
	}

	@Test
	void statsCompareDatabaseAndIndexPageByPage() {
		JsonNode stats = api.get("/api/stats").json();
		assertThat(stats.get("pagesInDatabase").asLong()).isEqualTo(count("page"));
		assertThat(stats.get("articlesInIndex").asLong()).isEqualTo(count("article"));
		assertThat(stats.get("backlog").asLong()).isZero();
		assertThat(stats.get("agree").asBoolean()).isTrue();
	}

	@Test
	void badMetadataIsRefusedWithAReason() {
		Counts before = counts();
		byte[] page = TestPages.page("元数据", "", 2);
		Map<String, String> reasons = new LinkedHashMap<>();
		reasons.put("0000-01-01", "outside");
		reasons.put("-0001-01-01", "");
		reasons.put("+10000-01-01", "");
		reasons.put("2024-02-30", "");
		for (Map.Entry<String, String> date : reasons.entrySet()) {
			ApiClient.Answer answer = api.upload(page, "测试报", date.getKey(), "1", false);
			assertThat(answer.status()).as(date.getKey()).isEqualTo(400);
			assertThat(answer.json().get("message").asText()).as(date.getKey()).contains(date.getValue());
		}
		assertRefused(api.upload(page, "测\u0000试报", "2024-01-03", "1", false), 400, "control characters");
		assertRefused(api.upload(page, "测试报", "2024-01-03", "1\u0000", false), 400, "control characters");
		assertRefused(api.upload(page, "测试报/海外版", "2024-01-03", "1", false), 400, "slash");
		assertRefused(api.upload(page, "报".repeat(10_000), "2024-01-03", "1", false), 400, "longer than 100");
		assertRefused(api.upload(page, "测试报", "2024-01-03", "1".repeat(100_000), false), 400, "longer than 20");
		assertRefused(api.upload(page, Map.of("newspaper", "测试报", "page", "1")), 400, "date");
		assertRefused(api.upload(null, Map.of("newspaper", "测试报", "date", "2024-01-03")), 400, "file");
		// The upload is a form with a file: any other body is refused by its type, naming the one it takes.
		assertRefused(api.post("/api/admin/pages", null, "x".getBytes(StandardCharsets.UTF_8)), 415, "multipart");
		assertRefused(api.post("/api/admin/pages", "application/json", "{\"date\":\"2024-01-03\"}".getBytes()), 415,
				"takes multipart/form-data, not application/json");
		assertRefused(api.post("/api/admin/jobs", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415, "multipart");
		assertThat(counts()).isEqualTo(before);
		assertThat(api.get("/search").status()).isEqualTo(200);
	}

	@Test
	void filesWithoutProseOrTooLargeAreRefused() throws IOException {
		Counts before = counts();
		assertRefused(api.upload("。".getBytes(StandardCharsets.UTF_8), "测试报", "2024-01-04", "1", false), 422,
				"no sentence");
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
		assertRefused(api.upload(pdf, "测试报", "2024-01-04", "2", false), 422, "PDF");
		// Refused by their length: the client asks first, so it reads the answer for certain (one that sends anyway
		// may find the connection closed while its body still goes out; Tomcat swallows nothing).
		String tooLarge = answerAfterAsking("/api/admin/pages", authorization(), 31 * 1024 * 1024 + 500);
		assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("application/json").contains("bytes");
		String form = answerAfterAsking("/admin/ingest", "", 32 * 1024 * 1024);
		// A page's refusal in the reader's language (Chinese when the browser names none), the API's in English.
		assertThat(form).startsWith("HTTP/1.1 413").contains("<h1>413").contains("lang=\"zh\"", "字节")
			.doesNotContain("bytes");
		assertThat(answerAfterAsking("/admin/ingest", "Accept-Language: en\r\n", 32 * 1024 * 1024))
			.startsWith("HTTP/1.1 413").contains("lang=\"en\"", "bytes").doesNotContain("字节");
		byte[] overPageLimit = new byte[30 * 1024 * 1024 + 10];
		java.util.Arrays.fill(overPageLimit, (byte) 'a');
		assertThat(api.upload(overPageLimit, "测试报", "2024-01-04", "4", false).status()).isEqualTo(413);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aClientThatAsksBeforeSendingAnUploadIsToldToGoOn() throws IOException {
		assertThat(answerAfterAsking("/api/admin/pages", authorization(), 1000)).startsWith("HTTP/1.1 100");
	}

	private static String authorization() {
		return "Authorization: Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
	}

	/**
	 * Sends a multipart request's headers with "Expect: 100-continue" and no body, as curl does for large bodies.
	 * Answers what the server sent until it closed the connection or went quiet: a refusal, or "100 Continue".
	 */
	private String answerAfterAsking(String path, String headers, long length) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
			socket.setSoTimeout(3_000);
			socket.getOutputStream()
				.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
						+ "Content-Type: multipart/form-data; boundary=x\r\nExpect: 100-continue\r\nContent-Length: "
						+ length + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = socket.getInputStream().read(buffer)) > 0;) {
					answer.write(buffer, 0, n);
				}
			}
			catch (SocketTimeoutException quiet) {
				// the server waits for the body it asked for
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	@Test
	void identicalBytesUploadedConcurrentlyAreStoredOnce() throws Exception {
		Counts before = counts();
		byte[] page = TestPages.page("并发同文", "", 2);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<ApiClient.Answer>> answers = new ArrayList<>();
		for (int day = 10; day < 14; day++) {
			String date = "2024-03-" + day;
			answers.add(pool.submit(() -> api.upload(page, "并发报", date, "1", false)));
		}
		List<String> statuses = new ArrayList<>();
		for (Future<ApiClient.Answer> answer : answers) {
			statuses.add(answer.get().json().get("status").asText());
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce("INGESTED").containsOnly("INGESTED", "DUPLICATE");
		assertThat(counts().pages()).isEqualTo(before.pages() + 1);
	}

	@Test
	void onePageIsOnePageWhetherItsLabelIs2Or02Or第2版() {
		ApiClient.Answer first = api.upload(TestPages.page("版次甲", "", 2), "版次报", "2024-02-01", "2", false);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		long page = first.json().get("pageId").asLong();
		Counts before = counts();
		// Another file for the same page under another way of writing its number: 409, as for the same label.
		for (String label : List.of("02", "第2版", "2版", " 2 ")) {
			ApiClient.Answer again = api.upload(TestPages.page("版次乙", "", 2), "版次报", "2024-02-01", label, false);
			assertThat(again.status()).as(label + ": " + again.body()).isEqualTo(409);
			assertThat(again.json().get("pageId").asLong()).isEqualTo(page);
		}
		assertThat(counts()).isEqualTo(before);
		// Asked to replace, "02" replaces page 2 and keeps its printed label; page 12 and A2 are other pages.
		ApiClient.Answer replaced = api.upload(TestPages.page("版次乙", "", 2), "版次报", "2024-02-01", "02", true);
		assertThat(replaced.json().get("status").asText()).isEqualTo("REPLACED");
		assertThat(replaced.json().get("pageId").asLong()).isEqualTo(page);
		assertThat(jdbc.sql("select page_label from page where id = :id").param("id", page).query(String.class).single())
			.isEqualTo("2");
		assertThat(api.upload(TestPages.page("版次丙", "", 2), "版次报", "2024-02-01", "12", false).status()).isEqualTo(201);
		assertThat(api.upload(TestPages.page("版次丁", "", 2), "版次报", "2024-02-01", "A02", false).status()).isEqualTo(201);
		assertThat(api.upload(TestPages.page("版次戊", "", 2), "版次报", "2024-02-01", "a2", false).status()).isEqualTo(409);
	}

	@Test
	void hostileQueriesAnswerWithNotices() {
		Map<String, Map<String, String>> queries = new LinkedHashMap<>();
		queries.put("deep page", Map.of("q", "记者", "page", "21474838", "size", "100"));
		queries.put("page overflow", Map.of("q", "记者", "page", "99999999999999999999"));
		queries.put("minus signs", Map.of("q", "-".repeat(7_000)));
		queries.put("NOTs", Map.of("q", "NOT ".repeat(1_800) + "记者"));
		queries.put("parentheses", Map.of("q", "(".repeat(1_250) + "记者" + ")".repeat(1_250)));
		queries.put("many words", Map.of("q", "记者 OR 市民 ".repeat(15)));
		for (Map.Entry<String, Map<String, String>> query : queries.entrySet()) {
			for (String path : List.of("/api/search", "/search")) {
				ApiClient.Answer answer = api.get(path, query.getValue());
				assertThat(answer.status()).as(query.getKey() + " " + path).isEqualTo(200);
			}
		}
		JsonNode deep = api.get("/api/search", Map.of("q", "记者", "page", "21474838", "size", "100")).json();
		assertThat(deep.get("page").asInt() * deep.get("size").asInt()).isLessThanOrEqualTo(10_000);
		assertThat(deep.get("notices").toString()).contains("10000");
		JsonNode nested = api.get("/api/search", Map.of("q", "(".repeat(1_250) + "记者" + ")".repeat(1_250))).json();
		assertThat(nested.get("notices").toString()).contains("plain words");
		assertThat(nested.get("total").asLong()).isPositive();
	}

	@Test
	void reIngestKeepsIdsOfUnchangedAndChangedArticlesAndRetiredOnesAnswerGone() {
		byte[] first = TestPages.page("永久链接", "", 4);
		JsonNode stored = api.upload(first, "链接报", "2024-05-06", "2", false).json();
		List<Long> ids = longs(stored.get("changes").get("added"));
		assertThat(ids).hasSize(4);
		// Article 2 changes a sentence, article 4 is dropped, a new story is added.
		String changed = TestPages.article("永久链接", "", 0)
				+ TestPages.article("永久链接", "", 1).replace("预计月底前完成", "预计下月中旬全部完成并交付使用")
				+ TestPages.article("永久链接", "", 2)
				+ "公交线路优化调整方案出台\n\n本报讯（记者 李明）公交公司宣布，十条线路下月起调整走向，沿线居民出行更加方便。\n\n";
		JsonNode replaced = api.upload(changed.getBytes(StandardCharsets.UTF_8), "链接报", "2024-05-06", "2", true).json();
		assertThat(replaced.get("status").asText()).as(replaced.toString()).isEqualTo("REPLACED");
		JsonNode changes = replaced.get("changes");
		assertThat(longs(changes.get("unchanged"))).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
		assertThat(longs(changes.get("changed"))).containsExactly(ids.get(1));
		assertThat(longs(changes.get("removed"))).containsExactly(ids.get(3));
		assertThat(longs(changes.get("added"))).hasSize(1);
		for (int kept : new int[] { 0, 1, 2 }) {
			assertThat(api.get("/api/articles/" + ids.get(kept)).status()).isEqualTo(200);
			assertThat(api.get("/articles/" + ids.get(kept)).status()).isEqualTo(200);
		}
		ApiClient.Answer gone = api.get("/api/articles/" + ids.get(3));
		assertThat(gone.status()).isEqualTo(410);
		long page = replaced.get("pageId").asLong();
		assertThat(gone.json().get("link").asText()).isEqualTo("/pages/" + page);
		ApiClient.Answer gonePage = api.get("/articles/" + ids.get(3));
		assertThat(gonePage.status()).isEqualTo(410);
		assertThat(gonePage.body()).contains("/pages/" + page, "新的拆分里没有它");
		assertThat(api.get("/api/articles/999999999").status()).isEqualTo(404);
	}

	@Test
	void requestBodiesAreReadOnlyOnAdminPathsFromTheAdmin() {
		ApiClient stranger = new ApiClient("http://127.0.0.1:" + port, "wrong");
		Counts before = counts();
		assertThat(stranger.upload(TestPages.page("陌生人", "", 2), "测试报", "2024-06-01", "1", false).status())
			.isEqualTo(401);
		ApiClient.Answer post = api.post("/search", "application/x-www-form-urlencoded", "q=x".getBytes());
		assertThat(post.status()).isEqualTo(405);
		assertThat(counts()).isEqualTo(before);
	}

	private static void assertRefused(ApiClient.Answer answer, int status, String reason) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.json().get("message").asText()).as(answer.body()).containsIgnoringCase(reason);
	}

	private static List<Long> longs(JsonNode array) {
		List<Long> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asLong()));
		return values;
	}

}
