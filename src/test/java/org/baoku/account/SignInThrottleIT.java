package org.baoku.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.baoku.TestDataDir;
import org.baoku.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody can lock the owner out: a thousand wrong passwords for {@code admin} from one address (127.0.0.2) hold that
 * address, through the login form and HTTP Basic alike, while the right password from another (127.0.0.3) is let in at
 * once; and the refusals leave one log line and one audit row, not a thousand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + SignInThrottleIT.PASSWORD, "baoku.seed-on-first-start=false" })
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIT {

	static final String PASSWORD = "throttle-secret";

	private static final String GUESSER = "127.0.0.2";

	private static final String OWNER = "127.0.0.3";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("sign-in-throttle").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	private static Map<String, String> basic(String password) {
		return Map.of("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aThousandWrongPasswordsFromOneAddressHoldItAndLeaveTheRightOneFromAnotherWorking(CapturedOutput output) {
		FromAddress form = new FromAddress(GUESSER, port);
		FromAddress script = new FromAddress(GUESSER, port);
		int checked = 0;
		for (int i = 0; i < 1000; i++) {
			FromAddress.Answer answer = switch (i % 3) {
				case 0 -> form.signIn("admin", "guess-" + i);
				// Basic without a body (Spring Security checks it) and with one (the body guard checks it).
				case 1 -> script.send("POST", "/api/admin/reindex", basic("guess-" + i), null);
				default -> script.send("POST", "/api/admin/pages", basic("guess-" + i), "not a page");
			};
			if (answer.status() != 429) {
				checked++;
				assertThat(answer.status()).as("guess %d", i).isIn(302, 401);
			}
		}
		assertThat(checked).as("wrong passwords checked before the address was held").isBetween(1, LoginThrottle.ADDRESS_BURST);

		// The owner, from another address, at once: the form and Basic with and without a body.
		FromAddress owner = new FromAddress(OWNER, port);
		FromAddress.Answer signedIn = owner.signIn("admin", PASSWORD);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error");
		assertThat(owner.send("GET", "/admin/users", Map.of(), null).status()).isEqualTo(200);
		FromAddress ownersScript = new FromAddress(OWNER, port);
		assertThat(ownersScript.send("POST", "/api/admin/reindex", basic(PASSWORD), null).status()).isEqualTo(200);
		// Past the sign-in: the upload itself is refused for having no file.
		assertThat(ownersScript.send("POST", "/api/admin/pages", basic(PASSWORD), "not a page").status())
			.isNotIn(401, 403, 429).isLessThan(500);

		// The guessing address is held, right password or not, and told why and for how long.
		FromAddress.Answer held = form.signIn("admin", PASSWORD);
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.body()).contains("从这个地址登录失败太多次");
		assertThat(Long.parseLong(held.header("Retry-After"))).isBetween(1L, LoginThrottle.PAIR_REFILL.toSeconds());
		for (String body : new String[] { null, "not a page" }) {
			FromAddress.Answer api = script.send("POST", body == null ? "/api/admin/reindex" : "/api/admin/pages",
					basic(PASSWORD), body);
			assertThat(api.status()).isEqualTo(429);
			assertThat(api.body()).contains("too many failed sign-ins from this address; try again in");
			assertThat(api.header("Retry-After")).isNotBlank();
		}

		// One row and one log line for the burst of ~1000 refusals; the few wrong passwords checked are a row each.
		assertThat(rows(GUESSER, "throttled")).isEqualTo(1);
		assertThat(rows(GUESSER, "failed")).isBetween(1L, (long) LoginThrottle.ADDRESS_BURST);
		assertThat(output.getAll().lines().filter(line -> line.contains("refused") && line.contains(GUESSER)))
			.hasSize(1);
		assertThat(rows(OWNER, "throttled")).isZero();
	}

	@Test
	void aBurstThatWentQuietEndsWithOneRowSayingHowManyWereRefused(CapturedOutput output) {
		Instant[] now = { Instant.parse("2026-03-01T08:00:00Z") };
		Clock clock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneId.of("Asia/Shanghai");
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}
		};
		SignInRefusals refusals = new SignInRefusals(audit, clock);
		for (int i = 0; i < 300; i++) {
			refusals.refused(i % 2 == 0 ? "admin" : "root", "192.0.2.9", 20);
			now[0] = now[0].plusMillis(100);
		}
		refusals.endQuietBursts();
		assertThat(rows("192.0.2.9", "throttled")).as("still going").isEqualTo(1);
		now[0] = now[0].plus(RefusalBursts.QUIET);
		refusals.endQuietBursts();
		refusals.endQuietBursts();
		assertThat(rows("192.0.2.9", "throttled")).isEqualTo(2);
		assertThat(jdbc.sql("select detail from audit_event where address = '192.0.2.9' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("300 sign-ins refused between 2026-03-01 16:00:00 and 2026-03-01 16:00:29");
		assertThat(jdbc.sql("select target from audit_event where address = '192.0.2.9' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("admin, root");
		assertThat(output.getAll().lines().filter(line -> line.contains("192.0.2.9"))).hasSize(2);
	}

	private long rows(String address, String result) {
		return jdbc.sql("select count(*) from audit_event where address = :address and result = :result")
			.param("address", address)
			.param("result", result)
			.query(Long.class)
			.single();
	}

}
