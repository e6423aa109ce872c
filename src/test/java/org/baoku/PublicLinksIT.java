package org.baoku;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absolute links come from {@code baoku.public-url}, never from the request: a forged {@code Host} header puts
 * nothing of its own into the CSV and JSON exports, the Atom feed, the API document or a page. The admin API takes
 * requests from the public URL's origin (a proxy in front) as well as from the one the request reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + PublicLinksIT.PASSWORD, "baoku.seed-on-first-start=false",
		"baoku.public-url=https://archive.example.org/" })
class PublicLinksIT {

	static final String PASSWORD = "links-secret";

	private static final String PUBLIC = "https://archive.example.org";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("public-links").toString());
	}

	@LocalServerPort
	int port;

	@Test
	void aForgedHostPutsNoLinkOfItsOwnIntoExportsTheFeedTheApiDocumentOrAPage() throws InterruptedException {
		ApiClient api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		assertThat(api.upload(TestPages.page("链接标记", "", 2), "西宁晚报", "2024-01-02", "1", false).status())
			.isEqualTo(201);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (api.search("链接标记").json().path("total").asLong() < 2 && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
		}
		String q = "?q=%E9%93%BE%E6%8E%A5%E6%A0%87%E8%AE%B0";
		String csv = forged("/search/export.csv" + q);
		assertThat(csv).contains(PUBLIC + "/articles/").doesNotContain("evil.example", "127.0.0.1");
		assertThat(forged("/search/export.json" + q)).contains("\"" + PUBLIC + "/articles/").doesNotContain("evil.example");
		String feed = forged("/search.atom" + q);
		assertThat(feed).contains("<id>" + PUBLIC + "/search?", PUBLIC + "/articles/").doesNotContain("evil.example");
		assertThat(forged("/api/docs")).contains("\"url\":\"" + PUBLIC + "\"").doesNotContain("evil.example");
		assertThat(forged("/search" + q)).contains("/search?q=").doesNotContain("evil.example");
		assertThat(forged("//evil.example/search" + q)).doesNotContain("href=\"//evil.example");
	}

	@Test
	void theAdminApiTakesRequestsFromThePublicOriginAndRefusesOtherSites() throws Exception {
		assertThat(adminApiFrom(PUBLIC).statusCode()).as("the archive's own pages behind a proxy").isEqualTo(200);
		assertThat(adminApiFrom("http://127.0.0.1:" + port).statusCode()).as("as the request reached it").isEqualTo(200);
		HttpResponse<String> foreign = adminApiFrom("https://evil.example");
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("\"status\":403", "cross-site");
		assertThat(adminApiFrom("http://archive.example.org").statusCode()).as("another scheme is another origin")
			.isEqualTo(403);
	}

	private HttpResponse<String> adminApiFrom(String origin) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/jobs"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Origin", origin)
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** GET with {@code Host: evil.example}, as a client may send it (java.net.http refuses to); the whole answer. */
	private String forged(String path) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.0\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
						+ "Accept: */*\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
