package org.baoku;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The archive on the default database: the embedded PostgreSQL 17 in a temporary data folder. */
class EmbeddedArchiveIT extends ArchiveFlowContract {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("embedded").toString());
	}

}
