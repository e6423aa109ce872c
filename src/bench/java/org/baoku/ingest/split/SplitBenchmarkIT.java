package org.baoku.ingest.split;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the parse benchmark (only with {@code -Pbench}) and prints its figures. */
class SplitBenchmarkIT {

	@Test
	void parsePagesOfGrowingSize() throws IOException {
		assertThat(new SplitBenchmark(System.out).run(new String[] { "bench-parse" })).isZero();
	}

}
