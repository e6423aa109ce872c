package org.baoku.ingest.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.RawPage;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
		assertThat(report.files().get(1).message()).contains("could not be read").doesNotContain("disk error");
	}

	/** What a run notes before each read and each store: the file it would have died on if the JVM died there. */
	@Test
	void eachFileIsNamedBeforeItIsReadAndBeforeItIsStored() {
		Recording ingester = new Recording();
		BulkIngest.Progress progress = new BulkIngest.Progress() {

			@Override
			public void started(int files, List<String> skipped) {
			}

			@Override
			public void working(String source) {
				ingester.calls.add("working " + source);
			}

			@Override
			public void ended(BulkIngest.Ended file) {
				ingester.calls.add("ended " + file.source());
			}

		};
		List<PageFile> files = List.of(file("a"), unreadable("b"), PageFile.refused("c", "c", "no date"), file("d"));

		new BulkIngest(1 << 20).run(files, List.of(), ingester, progress);

		assertThat(ingester.calls).containsExactly("working a", "working b", "working a", "ingest a", "ended a",
				"ended b", "working d", "next d", "ended c", "working d", "ingest d", "ended d");
	}

	/** Whatever one file does to the reader (here: what a null deep in a font gave) is its outcome; the run goes on. */
	@Test
	void aFileThatBreaksTheReaderEndsAloneInWordsAndTheRunGoesOn() {
		BulkIngest.Ingester breaking = page -> {
			if (page.fileName().equals("b")) {
				throw new NullPointerException("Cannot invoke \"PDFontDescriptor.getPanose()\" because fontDescriptor is null");
			}
			if (page.fileName().equals("c")) {
				throw new StackOverflowError();
			}
			return new BulkIngest.Done(BulkIngest.Outcome.INGESTED, 1, "stored");
		};
		PageFile issuePage = new PageFile("d", "d", "报", LocalDate.of(2024, 1, 2), "d", limit -> {
			throw new org.baoku.ingest.UnreadablePageException(org.baoku.ingest.IngestReason.of("pdfPageTree",
					"the PDF's list of pages is damaged", 2, 1));
		}, null);

		BulkIngest.Report report = new BulkIngest(1 << 20).run(List.of(file("a"), file("b"), file("c"), issuePage,
				file("e")), List.of(), breaking, QUIET);

		assertThat(report.files()).extracting(f -> f.source() + " " + f.outcome())
			.containsExactly("a INGESTED", "b REFUSED", "c REFUSED", "d REFUSED", "e INGESTED");
		assertThat(report.files().get(1).message()).isEqualTo("reading this file failed; it was not stored and the run went on");
		assertThat(report.files().get(1).reason().code()).isEqualTo("fileFailed");
		assertThat(report.files().get(3).reason().code()).isEqualTo("pdfPageTree");
	}

	/** What would fail every file after it (the database gone) ends the run, and the files not reached say so. */
	@Test
	void aFailureOfTheArchiveEndsTheRunWithAnOutcomeForEveryFileLeft() {
		List<BulkIngest.Ended> heard = new ArrayList<>();
		BulkIngest.Progress listening = new BulkIngest.Progress() {

			@Override
			public void started(int files, List<String> skipped) {
			}

			@Override
			public void ended(BulkIngest.Ended file) {
				heard.add(file);
			}

		};
		BulkIngest.Ingester databaseGone = page -> {
			if (page.fileName().equals("b")) {
				throw new DataAccessResourceFailureException("Connection refused");
			}
			return new BulkIngest.Done(BulkIngest.Outcome.INGESTED, 1, "stored");
		};

		assertThatThrownBy(() -> new BulkIngest(1 << 20).run(List.of(file("a"), file("b"), file("c")), List.of(),
				databaseGone, listening)).isInstanceOf(DataAccessResourceFailureException.class);

		assertThat(heard).extracting(f -> f.source() + " " + f.outcome())
			.containsExactly("a INGESTED", "b NOT_RUN", "c NOT_RUN");
		assertThat(heard.get(2).message()).contains("the archive's database could not be used")
			.doesNotContain("Connection refused");
	}

}
