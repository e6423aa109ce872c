package org.baoku.ingest.split;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the OCR benchmark (only with {@code -Pbench -Dit.test=OcrBenchmarkIT}; {@code -Dbench.ocr.pages=N} pages of
 * the real pages with gold, 4 by default) and prints its figures.
 */
class OcrBenchmarkIT {

	@Test
	void scannedPagesBesideTheirPdfs() throws IOException {
		Path shared = SharedSets.require("realpages", "to scan real pages").getParent();
		int pages = Integer.getInteger("bench.ocr.pages", 4);
		assertThat(new OcrBenchmark(System.out).run(shared, Path.of("src/test/resources/realpages/gold"), pages)).isZero();
	}

}
