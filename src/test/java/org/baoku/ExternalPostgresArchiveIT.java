package org.baoku;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive on an external PostgreSQL server (BAOKU_TEST_EXTERNAL_PG, e.g. 127.0.0.1:5432/test with trust auth),
 * in a schema of its own that is dropped afterwards. No embedded server is started. The context is closed with the
 * class, so its scheduled indexer does not go on polling the dropped schema through the rest of the run.
 */
@EnabledIfEnvironmentVariable(named = "BAOKU_TEST_EXTERNAL_PG", matches = ".+",
		disabledReason = "set BAOKU_TEST_EXTERNAL_PG=host:port/database to run against an external PostgreSQL (.ci/run does)")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExternalPostgresArchiveIT extends ArchiveFlowContract {

	private static final String SCHEMA = "baoku_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ExternalPostgresArchiveIT::url);
		registry.add("spring.datasource.username", ExternalPostgresArchiveIT::user);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
		registry.add("spring.flyway.create-schemas", () -> "true");
		registry.add("baoku.data-dir", () -> TestDataDir.path("external").toString());
	}

	static String url() {
		return "jdbc:postgresql://" + System.getenv("BAOKU_TEST_EXTERNAL_PG") + "?currentSchema=" + SCHEMA;
	}

	static String user() {
		String user = System.getenv("BAOKU_TEST_EXTERNAL_PG_USER");
		return user == null || user.isBlank() ? "postgres" : user;
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), user(), "")) {
			connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

}
