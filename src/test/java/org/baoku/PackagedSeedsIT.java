package org.baoku;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started where there is no seeds folder (another working folder, the Docker image), the first start ingests the
 * sample pages packaged in the jar and says so.
 */
@SpringBootTest
@TestPropertySource(properties = { "baoku.admin-password=seeds-secret", "baoku.seed-on-first-start=true" })
class PackagedSeedsIT {

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("packaged-seeds").toString());
		registry.add("baoku.seeds-dir", () -> TestDataDir.path("no-seeds-here").toString());
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSamplePagesComeFromTheJarWhenTheSeedsFolderIsMissing() {
		assertThat(jdbc.sql("select count(*) from page").query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select value from app_state where key = 'seeds_note'").query(String.class).single())
			.startsWith("ingested:5 the jar (no manifest at ")
			.contains("no-seeds-here");
	}

}
