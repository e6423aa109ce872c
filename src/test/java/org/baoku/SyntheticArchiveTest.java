package org.baoku;

import org.baoku.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on the seed pages plus {@link SyntheticArchive} (twelve years of a second newspaper) stored through the
 * real ingest path, once per test JVM: the classes extending this share one app and one archive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SyntheticArchiveTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IngestService ingest;

	ApiClient api;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("synthetic").toString());
	}

	@BeforeEach
	void archive() {
		synchronized (SyntheticArchiveTest.class) {
			long stored = jdbc.sql("""
					select count(*) from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
					where n.name = :paper""").param("paper", SyntheticArchive.NEWSPAPER).query(Long.class).single();
			if (stored == 0) {
				SyntheticArchive.ingest(ingest);
			}
		}
		api = new ApiClient("http://127.0.0.1:" + port, "unused");
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

}
