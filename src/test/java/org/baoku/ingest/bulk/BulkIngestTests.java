package org.baoku.ingest.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.RawPage;

import static org.assertj.core.api.Assertions.assertThat;

/** The order a bulk run hands pages over in: each page is announced before the page before it is ingested. */
class BulkIngestTests {

	private static PageFile file(String name) {
		return new PageFile(name, name, "报", LocalDate.of(2024, 1, 2), name,
				limit -> name.getBytes(StandardCharsets.UTF_8), null);
	}

	private static PageFile unreadable(String name) {
		return new PageFile(name, name, "报", LocalDate.of(2024, 1, 2), name, limit -> {
			throw new IOException("disk error");
		}, null);
	}

	/** Records what it is told, in order. */
	private static final class Recording implements BulkIngest.Ingester {

		final List<String> calls = new ArrayList<>();

		@Override
		public BulkIngest.Done ingest(RawPage page) {
			calls.add("ingest " + page.fileName());
			return new BulkIngest.Done(BulkIngest.Outcome.INGESTED, 1, "stored");
		}

		@Override
		public void comingNext(RawPage page) {
			calls.add("next " + page.fileName());
		}

	}

	private static final BulkIngest.Progress QUIET = new BulkIngest.Progress() {

		@Override
		public void started(int files, List<String> skipped) {
		}

		@Override
		public void ended(BulkIngest.Ended file) {
		}

	};

	@Test
	void theNextPageIsAnnouncedBeforeThisOneIsIngestedAndUnreadableFilesAreNot() {
		Recording ingester = new Recording();
		List<PageFile> files = List.of(file("a"), unreadable("b"), PageFile.refused("c", "c", "no date"), file("d"),
				file("e"));

		BulkIngest.Report report = new BulkIngest(1 << 20).run(files, List.of(), ingester, QUIET);

		assertThat(ingester.calls).containsExactly("ingest a", "next d", "next e", "ingest d", "ingest e");
		assertThat(report.files()).extracting(f -> f.source() + " " + f.outcome())
			.containsExactly("a INGESTED", "b REFUSED", "c REFUSED", "d INGESTED", "e INGESTED");
		assertThat(report.files().get(1).message()).contains("disk error");
	}

}
