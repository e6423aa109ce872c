package org.baoku.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.baoku.ingest.split.SharedSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the page PDF benchmark (only with {@code -Pbench -Dit.test=PdfReadBenchmarkIT}) on the real 理论 page PDFs and
 * the typeset pages of ../shared/layouts, and on the folders {@code -Dbench.pdf.dirs=DIR,DIR} names (pages of other
 * engines, say), and prints its figures.
 */
class PdfReadBenchmarkIT {

	@Test
	void pagePdfsRead() throws IOException {
		Path shared = SharedSets.require("realpages", "to read real page PDFs").getParent();
		List<Path> folders = new ArrayList<>(List.of(shared.resolve("realpages/pdf"), shared.resolve("layouts/pdf")));
		for (String dir : System.getProperty("bench.pdf.dirs", "").split(",")) {
			if (!dir.isBlank()) {
				folders.add(Path.of(dir.strip()));
			}
		}
		assertThat(new PdfReadBenchmark(System.out).run(folders)).isZero();
	}

}
