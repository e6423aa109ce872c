package org.baoku;

import java.util.Map;

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
 * One name, one thing: a paper typed with a zero-width space, a right-to-left override or full-width letters is the
 * paper as printed, its page the same page (the upload answers 409, or replaces it when asked), and a search filter
 * typed so finds the paper's articles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + PrintedNamesIT.PASSWORD, "baoku.seed-on-first-start=false" })
class PrintedNamesIT {

	static final String PASSWORD = "names-secret";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("printed-names").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void aPaperWithInvisibleCharactersIsThePaperAsPrinted() {
		assertThat(api.upload(TestPages.page("西宁", "", 3), "西宁晚报", "2023-07-22", "A01", false).status()).isEqualTo(201);

		ApiClient.Answer zeroWidth = api.upload(TestPages.page("零宽", "", 3), "西宁\u200B晚报", "2023-07-22", "A01", false);
		assertThat(zeroWidth.status()).as(zeroWidth.body()).isEqualTo(409);
		assertThat(count("select count(*) from newspaper")).isEqualTo(1);

		ApiClient.Answer override = api.upload(TestPages.page("反向", "", 3), "\u202E西宁晚报\u202C", "2023-07-22", "Ａ０１",
				true);
		assertThat(override.status()).as(override.body()).isEqualTo(200);
		assertThat(jdbc.sql("select name from newspaper").query(String.class).list()).containsExactly("西宁晚报");
		assertThat(jdbc.sql("select page_label from page").query(String.class).list()).containsExactly("A01");

		ApiClient.Answer found = api.get("/api/search", Map.of("q", "反向", "newspaper", "西宁\u200B晚报\uFEFF"));
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("total").asLong()).isPositive();
	}

	@Test
	void aNameOfInvisibleCharactersAloneIsNoName() {
		ApiClient.Answer answer = api.upload(TestPages.page("无名", "", 3), "\u200B\u202E\uFEFF", "2023-07-23", "1", false);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("newspaper is required");
	}

}
