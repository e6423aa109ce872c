package org.baoku.search;

import org.junit.jupiter.api.Test;

/**
 * The engine benchmark ({@code ./mvnw -B -q -Pbench -Dbench.engine=solr -Dbench.articles=N verify}): prints the
 * embedded index, a single-node and a 3-node SolrCloud side by side; it fails only when the benchmark cannot run.
 */
class EngineBenchmarkIT {

	@Test
	void theSameMixOnEachEngine() throws Exception {
		new EngineBenchmark(System.out).run(Integer.parseInt(System.getProperty("bench.articles", "10000")));
	}

}
