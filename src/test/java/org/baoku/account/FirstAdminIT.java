package org.baoku.account;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.baoku.TestDataDir;
import org.baoku.config.BaokuProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin is made once, from {@code BAOKU_ADMIN_PASSWORD} at the first start; a later start with another
 * password (or none, which would generate one) leaves the stored admin as it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + FirstAdminIT.PASSWORD, "baoku.seed-on-first-start=false" })
class FirstAdminIT {

	static final String PASSWORD = "first-admin-secret";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("first-admin").toString());
	}

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	private String storedHash() {
		return jdbc.sql("select password_hash from account where username = 'admin'").query(String.class).single();
	}

	@Test
	void laterStartsLeaveTheFirstAdminAlone() {
		String hash = storedHash();
		assertThat(passwords.matches(PASSWORD, hash)).isTrue();

		new FirstAdmin(accounts, properties("another-password")).afterPropertiesSet();
		new FirstAdmin(accounts, properties("")).afterPropertiesSet();

		assertThat(storedHash()).isEqualTo(hash);
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
	}

	private static BaokuProperties properties(String adminPassword) {
		return new BaokuProperties(Path.of("unused"), Path.of("unused"), false, adminPassword);
	}

}
