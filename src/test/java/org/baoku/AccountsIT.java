package org.baoku;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * Accounts through the real stack: the first admin, signing in and out through the login form, what an editor and
 * an anonymous reader may not do, the admin API's refusal of cross-site requests, the audit log, and (last, as it
 * uses up the test address's guesses) how many wrong passwords get through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + AccountsIT.PASSWORD, "baoku.seed-on-first-start=false" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsIT {

	static final String PASSWORD = "accounts-secret";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("accounts").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	@Order(1)
	void theFirstAdminIsStoredHashedAndSignsInAndOutThroughTheLoginForm() {
		assertThat(jdbc.sql("select password_hash from account where username = 'admin'").query(String.class).single())
			.startsWith("{bcrypt}$2")
			.doesNotContain(PASSWORD);

		AdminSession browser = AdminSession.anonymous(base());
		AdminSession.Answer admin = browser.get("/admin/users");
		assertThat(admin.status()).isEqualTo(302);
		assertThat(admin.location()).endsWith("/login").doesNotContain("jsessionid");
		AdminSession.Answer login = browser.get("/login");
		assertThat(login.body()).contains("id=\"login-form\"", "name=\"_csrf\"").doesNotContain("jsessionid");

		assertThat(browser.signIn("admin", "wrong-password").location()).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("用户名或密码不对");
		// Back to the page that asked for the sign-in.
		assertThat(browser.signIn("admin", PASSWORD).location()).isEqualTo(base() + "/admin/users?continue");
		AdminSession.Answer users = browser.get("/admin/users");
		assertThat(users.status()).isEqualTo(200);
		assertThat(users.body()).contains("id=\"user-admin\"", "id=\"logout\"", "id=\"nav-audit\"").doesNotContain("jsessionid");

		assertThat(browser.post("/logout", Map.of()).location()).endsWith("/login?logout");
		assertThat(browser.get("/admin/users").status()).isEqualTo(302);
	}

	@Test
	@Order(2)
	void anEditorReviewsButCannotIngestRebuildOrManageUsersAndAnonymousReadersReachNoneOfIt() {
		AdminSession admin = AdminSession.anonymous(base());
		admin.signIn("admin", PASSWORD);
		admin.get("/admin/users");
		assertThat(admin.post("/admin/users", Map.of("username", "editor1", "password", "short", "role", "EDITOR"))
			.status()).isEqualTo(302);
		assertThat(admin.get("/admin/users").body()).contains("密码至少 10 个字符").doesNotContain("id=\"user-editor1\"");
		admin.post("/admin/users", Map.of("username", "editor1", "password", "editor-secret", "role", "EDITOR"));
		assertThat(admin.get("/admin/users").body()).contains("id=\"user-editor1\"", "已创建用户 editor1")
			.doesNotContain("created editor1");

		AdminSession editor = AdminSession.anonymous(base());
		assertThat(editor.signIn("editor1", "editor-secret").location()).isEqualTo(base() + "/");
		assertThat(editor.get("/admin/review").status()).isEqualTo(200);
		String home = editor.get("/").body();
		assertThat(home).contains("/admin/review").doesNotContain("href=\"/admin/jobs\"", "href=\"/admin/users\"");
		for (String page : List.of("/admin", "/admin/jobs", "/admin/users", "/admin/audit", "/admin/audit.csv")) {
			AdminSession.Answer answer = editor.get(page);
			assertThat(answer.status()).as(page).isEqualTo(403);
			assertThat(answer.body()).as(page).contains("没有使用这个页面的权限");
		}
		assertThat(editor.post("/admin/reindex", Map.of()).status()).isEqualTo(403);
		assertThat(editor.post("/admin/users", Map.of("username", "sneaky", "password", "sneaky-secret", "role", "ADMIN"))
			.status()).isEqualTo(403);
		assertThat(editor.postWith("/api/admin/reindex", Map.of("Authorization", basic("editor1", "editor-secret")))
			.status()).isEqualTo(403);

		AdminSession anonymous = AdminSession.anonymous(base());
		assertThat(anonymous.get("/").body()).contains("id=\"nav-login\"").doesNotContain("/admin/review");
		assertThat(anonymous.get("/admin/review").status()).isEqualTo(302);
		assertThat(AdminSession.anonymous(base()).postWith("/api/admin/reindex", Map.of()).status()).isEqualTo(401);
		assertThat(anonymous.get("/search?q=x").status()).isEqualTo(200);

		// A disabled editor cannot sign in.
		admin.get("/admin/users");
		admin.post("/admin/users/editor1/enabled", Map.of("enabled", "false"));
		assertThat(AdminSession.anonymous(base()).signIn("editor1", "editor-secret").location()).endsWith("/login?error");
		// The last admin cannot be disabled.
		admin.get("/admin/users");
		admin.post("/admin/users/admin/enabled", Map.of("enabled", "false"));
		assertThat(admin.get("/admin/users").body()).contains("不能停用最后一个管理员");
	}

	@Test
	@Order(3)
	void theAdminApiRefusesCrossSiteRequestsAndSessionCookiesWithoutAToken() {
		AdminSession script = AdminSession.anonymous(base());
		String credentials = basic("admin", PASSWORD);
		AdminSession.Answer foreign = script.postWith("/api/admin/reindex",
				Map.of("Authorization", credentials, "Origin", "https://evil.example"));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.body()).contains("cross-site requests to the admin API are refused");
		AdminSession.Answer cookie = script.postWith("/api/admin/reindex",
				Map.of("Authorization", credentials, "Cookie", "JSESSIONID=0123456789ABCDEF"));
		assertThat(cookie.status()).isEqualTo(403);
		assertThat(cookie.body()).contains("X-CSRF-TOKEN");
		assertThat(script.postWith("/api/admin/reindex", Map.of("Authorization", credentials, "Origin", base())).status())
			.isEqualTo(200);
		assertThat(script.postWith("/api/admin/reindex", Map.of("Authorization", credentials)).status()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void everyActionIsInTheAuditLogWhichDownloadsAsCsv() {
		AdminSession admin = AdminSession.anonymous(base());
		admin.signIn("admin", PASSWORD);
		admin.get("/admin/users");
		admin.post("/admin/users", Map.of("username", "audited", "password", "audited-secret", "role", "EDITOR"));
		String page = admin.get("/admin/audit").body();
		// The detail in the reader's language; the CSV keeps it in English for scripts.
		// How each ended in words too, the recorded result kept as the cell's title.
		assertThat(page).contains("新建用户", "POST /admin/users", "新建用户 audited，角色 EDITOR", "登录", "重建索引",
				"title=\"failed\">失败</td>", "title=\"refused 403\">被拒绝（403）</td>", "title=\"ok 302\">成功</td>",
				"来自别的网站（https://evil.example）的管理接口请求，已拒绝", "带登录 Cookie 却没有 X-CSRF-TOKEN 令牌的管理接口请求，已拒绝");
		assertThat(page).doesNotContain("audited created as EDITOR", "cross-site requests");
		assertThat(admin.get("/admin/audit.csv").body()).contains("cross-site requests to the admin API are refused");
		String filtered = admin.get("/admin/audit?action=login&actor=editor1").body();
		String rows = filtered.substring(filtered.indexOf("<table id=\"audit\""));
		// Actions in words, the recorded route kept as the cell's title.
		assertThat(rows).contains("<td>editor1</td>", "title=\"login\">登录</td>")
			.doesNotContain("POST /admin/users", "<td>admin</td>");
		AdminSession.Answer csv = admin.get("/admin/audit.csv?action=" + "POST%20/admin/users");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("id,at,actor,address,action,target,result,detail\r\n")
			.contains("user audited created as EDITOR")
			.doesNotContain(",login,");
		assertThat(AdminSession.anonymous(base()).get("/admin/audit.csv").status()).isEqualTo(302);
		// Nothing edits the log: the pages have no form that posts to it.
		assertThat(admin.post("/admin/audit", Map.of()).status()).isEqualTo(405);
	}

	@Test
	@Order(5)
	void inTheBrowserAnAdminSignsInThroughTheFormSeesTheAdminLinksAndSignsOut() throws IOException {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		WebDriver browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		try {
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
			browser.get(base() + "/admin/audit");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
			assertThat(browser.findElements(By.id("nav-audit"))).isEmpty();
			browser.findElement(By.id("username")).sendKeys("admin");
			browser.findElement(By.id("password")).sendKeys(PASSWORD);
			HeadlessChromium.screenshot(browser, "login");
			browser.findElement(By.id("login-submit")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
			assertThat(browser.getCurrentUrl()).contains("/admin/audit").doesNotContain("jsessionid");
			assertThat(browser.findElement(By.id("nav-account")).getText()).isEqualTo("admin");
			assertThat(browser.findElement(By.id("audit")).getText()).contains("登录");
			HeadlessChromium.screenshot(browser, "audit-log");
			browser.findElement(By.id("logout")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-out")));
			assertThat(browser.findElements(By.id("nav-login"))).hasSize(1);
			browser.get(base() + "/admin/users");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
		}
		finally {
			browser.quit();
		}
	}

	@Test
	@Order(100)
	void onlyAFewWrongPasswordsAMinuteGetThrough() {
		AdminSession guesser = AdminSession.anonymous(base());
		int checked = 0;
		int refused = 0;
		long started = System.nanoTime();
		for (int i = 0; i < 40; i++) {
			AdminSession.Answer answer = guesser.signIn("admin", "guess-" + i);
			if (answer.status() == 429) {
				refused++;
				assertThat(answer.body()).contains("登录失败太多次").doesNotContain("too many");
			}
			else {
				assertThat(answer.location()).endsWith("/login?error");
				checked++;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("login guessing: %d of 40 wrong passwords were checked in %.1f s, %d answered 429%n", checked,
				seconds, refused);
		assertThat(checked).isLessThanOrEqualTo(6);
		// While the address is held, even the right password from it is not checked (SignInThrottleIT: from another it is).
		assertThat(guesser.signIn("admin", PASSWORD).status()).isEqualTo(429);
		// Basic credentials count too (sent by a script: no session cookie).
		assertThat(AdminSession.anonymous(base()).postWith("/api/admin/reindex", Map.of("Authorization", basic("admin", "guess"))).status())
			.isEqualTo(429);
		System.out.println("audited actions (AccountsIT): " + jdbc.sql(
				"select string_agg(distinct action || ' → ' || result, '; ') from audit_event").query(String.class).single());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'login' and result = 'throttled'")
			.query(Long.class)
			.single()).isGreaterThan(0);
	}

}
