package org.baoku;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the end-to-end archive benchmark (only with {@code -Pbench}: {@code ./mvnw -B -q -Pbench -Dbench.articles=N
 * verify}) and prints its figures; it fails only when the benchmark cannot run.
 */
class ArchiveBenchmarkIT {

	@Test
	void ingestSearchRebuildAndRestartAGeneratedArchive() throws Exception {
		assumeTrue(AppProcess.jar().isPresent(), "no packaged jar in target/ to run");
		new ArchiveBenchmark(System.out).run();
	}

}
