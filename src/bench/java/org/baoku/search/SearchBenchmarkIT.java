package org.baoku.search;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the search benchmark (only with {@code -Pbench}: {@code ./mvnw -B -q -Pbench -Dbench.articles=N verify}) and
 * prints its figures; it fails only when the benchmark cannot run.
 */
class SearchBenchmarkIT {

	@Test
	void indexAndSearchASyntheticCorpus() throws IOException {
		String articles = System.getProperty("bench.articles", "10000");
		assertThat(new SearchBenchmark(System.out).run(new String[] { "bench", "--articles", articles })).isZero();
	}

}
