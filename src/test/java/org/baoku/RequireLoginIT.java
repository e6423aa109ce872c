package org.baoku;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code baoku.require-login=true} nothing of the archive is read without a sign-in but the login page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + RequireLoginIT.PASSWORD, "baoku.seed-on-first-start=false",
		"baoku.require-login=true" })
class RequireLoginIT {

	static final String PASSWORD = "closed-secret";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("closed").toString());
	}

	@LocalServerPort
	int port;

	@Test
	void everyPageButTheLoginPageAsksForASignIn() {
		AdminSession reader = AdminSession.anonymous("http://127.0.0.1:" + port);
		for (String path : new String[] { "/", "/search?q=新闻", "/issues", "/api/search?q=x" }) {
			AdminSession.Answer answer = reader.get(path);
			assertThat(answer.status()).as(path).isIn(302, 401);
		}
		assertThat(reader.get("/login").status()).isEqualTo(200);
		assertThat(reader.get("/css/baoku.css").status()).isEqualTo(200);
		assertThat(reader.get("/actuator/health/liveness").status()).isEqualTo(200);
		reader.signIn("admin", PASSWORD);
		assertThat(reader.get("/search?q=新闻").status()).isEqualTo(200);
		// An empty archive says why it is empty.
		assertThat(reader.get("/").body()).contains("id=\"start-note\"", "首次启动时没有导入示例版面");
	}

}
