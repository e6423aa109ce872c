package org.baoku.ingest.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.baoku.ingest.IngestReason;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.ocr.Pulse;
import org.springframework.dao.DataAccessException;

/**
 * Hands every page file found to ingest, one after another, with a progress bar (pages/s, ETA), then prints how
 * each ended: a summary table and every failure with its reason. A failure is any page not stored that was not
 * already stored (a DUPLICATE is how a re-run after an interruption skips what it did).
 */
public final class BulkIngest {

	/** Stores (or, in a dry run, only splits) one page. */
	interface Ingester {

		Done ingest(RawPage page);

		/**
		 * The page that comes after the one about to be ingested: work on it that stores nothing may start now, on
		 * another thread, while that one is stored.
		 */
		default void comingNext(RawPage page) {
		}

	}

	/** What ingest did with a page; a dry run's split is previewed article by article. */
	record Done(Outcome outcome, int articles, IngestReason reason, String message, List<ArticlePreview> preview) {

		Done(Outcome outcome, int articles, String message) {
			this(outcome, articles, null, message, List.of());
		}

		static Done of(IngestResult result) {
			return new Done(Outcome.of(result.status()), result.articles(), result.reason(), result.message(), List.of());
		}

	}

	/**
	 * Hears how far a run is: once the number of page files (and the files that are none), then which file it is
	 * about to read or store, and each end.
	 */
	interface Progress {

		void started(int files, List<String> skipped);

		/** Before the run reads or stores the file: what it was doing if the JVM dies there. */
		default void working(String source) {
		}

		/** Who hears the pulse of the page read from the file (the same for the same file), or null. */
		default Pulse.Listener reading(String source, String page) {
			return null;
		}

		void ended(Ended file);

	}

	/** How a page file ended: an ingest status, or refused before ingest (unplaceable, unreadable). */
	public enum Outcome {

		INGESTED, REPLACED, DUPLICATE, SPLIT, CONFLICT, REJECTED, INVALID, TOO_LARGE, REFUSED,
		/** The run stopped (the archive failed, the app stopped) before this file's turn. */
		NOT_RUN;

		public boolean failed() {
			return this != INGESTED && this != REPLACED && this != DUPLICATE && this != SPLIT;
		}

		static Outcome of(IngestResult.Status status) {
			return valueOf(status.name());
		}

	}

	/**
	 * The end of one file: where it came from, how it ended (as a message code when ingest gave one, and in
	 * English), and a dry run's split of it.
	 */
	public record Ended(String source, Outcome outcome, int articles, IngestReason reason, String message,
			List<ArticlePreview> preview, Placement placement) {

		static Ended refused(String source, String why) {
			return new Ended(source, Outcome.REFUSED, 0, null, why, List.of(), null);
		}

		static Ended refused(String source, IngestReason why) {
			return new Ended(source, Outcome.REFUSED, 0, why, why.english(), List.of(), null);
		}

		Ended from(String shownSource) {
			return new Ended(shownSource, outcome, articles, reason, message, preview, placement);
		}

	}

	/** Every file's end, in order. */
	record Report(List<Ended> files, List<String> skipped, Duration took) {

		Map<Outcome, Integer> counts() {
			Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
			files.forEach(f -> counts.merge(f.outcome(), 1, Integer::sum));
			return counts;
		}

		boolean anyFailed() {
			return files.stream().anyMatch(f -> f.outcome().failed());
		}

	}

	private final long maxPageBytes;

	BulkIngest(long maxPageBytes) {
		this.maxPageBytes = maxPageBytes;
	}

	Report run(List<PageFile> files, List<String> skipped, Ingester ingester, Progress progress) {
		long started = System.nanoTime();
		List<Ended> ended = new ArrayList<>();
		progress.started(files.size(), skipped);
		Read next = null;
		try {
			next = files.isEmpty() ? null : read(files.get(0), progress);
			for (int i = 0; i < files.size(); i++) {
				Read current = next;
				next = i + 1 < files.size() ? read(files.get(i + 1), progress) : null;
				if (next != null && next.page() != null) {
					Read coming = next;
					Pulse.during(progress.reading(coming.file().source(), coming.page().pageLabel()), () -> {
						ingester.comingNext(coming.page());
						return null;
					});
				}
				if (current.refused() == null) {
					progress.working(current.file().source());
				}
				Ended end = current.refused() != null ? current.refused()
						: Pulse.during(progress.reading(current.file().source(), current.page().pageLabel()),
								() -> ingested(current, ingester));
				ended.add(end);
				progress.ended(end);
			}
		}
		catch (RuntimeException | Error stop) {
			// Every file gets an outcome: those the run did not reach say why, then the run ends as it failed.
			IngestReason why = IngestReason.of("runStopped", "the job stopped before this file (%s); it was not ingested"
				.formatted(StopReasons.said(stop)), StopReasons.said(stop));
			for (PageFile file : files.subList(ended.size(), files.size())) {
				Ended notRun = new Ended(file.source(), Outcome.NOT_RUN, 0, why, why.english(), List.of(), null);
				ended.add(notRun);
				progress.ended(notRun);
			}
			throw stop;
		}
		return new Report(ended, skipped, Duration.ofNanos(System.nanoTime() - started));
	}

	/** A page file read: the page, or why it was refused before ingest. */
	private record Read(PageFile file, RawPage page, Ended refused) {
	}

	/** A progress bar on the console (pages/s, ETA), closed with its last figures when the run ends. */
	static final class ConsoleProgress implements Progress, AutoCloseable {

		private final PrintStream out;

		private ProgressBar bar;

		ConsoleProgress(PrintStream out) {
			this.out = out;
		}

		@Override
		public void started(int files, List<String> skipped) {
			bar = new ProgressBarBuilder().setTaskName("ingest")
				.setInitialMax(files)
				.setUnit(" pages", 1)
				.showSpeed()
				.setSpeedUnit(ChronoUnit.SECONDS)
				.setStyle(ProgressBarStyle.ASCII)
				.setUpdateIntervalMillis(250)
				.setConsumer(new ConsoleProgressBarConsumer(out))
				.build();
		}

		@Override
		public void ended(Ended file) {
			bar.step();
		}

		@Override
		public void close() {
			if (bar != null) {
				bar.close();
				out.println();
			}
		}

	}

	private Read read(PageFile file, Progress progress) {
		if (file.refused()) {
			return new Read(file, null, file.reason() != null ? Ended.refused(file.source(), file.reason())
					: Ended.refused(file.source(), file.refusal()));
		}
		progress.working(file.source());
		byte[] bytes;
		try {
			bytes = file.bytes().read(maxPageBytes);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			return new Read(file, null, Ended.refused(file.source(), UnreadableFiles.reason(file.source(), ex)));
		}
		return new Read(file, new RawPage(file.newspaper(), file.date(), file.page(), file.fileName(), bytes), null);
	}

	/**
	 * The file ingested; whatever reading it throws is this file's outcome, not the run's end. An error of the
	 * archive itself (the database gone) or a stop of the app ends the run instead: every file after it would fail
	 * alike, and the job can be run again.
	 */
	private static Ended ingested(Read read, Ingester ingester) {
		Done done;
		try {
			done = ingester.ingest(read.page());
		}
		catch (RuntimeException | StackOverflowError ex) {
			if (ex instanceof DataAccessException || Thread.currentThread().isInterrupted()) {
				throw ex;
			}
			return Ended.refused(read.file().source(), UnreadableFiles.reason(read.file().source(), ex));
		}
		return new Ended(read.file().source(), done.outcome(), done.articles(), done.reason(), done.message(),
				done.preview(), Placement.of(read.file()));
	}

	/** The summary table and the failures, for the operator. */
	static void print(Report report, PrintStream out) {
		print(report, out, false);
	}

	/** With {@code placed}, also where each file goes (newspaper, date, page): what a dry run is for. */
	static void print(Report report, PrintStream out, boolean placed) {
		Map<Outcome, Integer> counts = report.counts();
		out.println();
		out.printf("%-12s %8s%n", "outcome", "files");
		for (Outcome outcome : Outcome.values()) {
			if (counts.containsKey(outcome)) {
				out.printf("%-12s %8d%n", outcome, counts.get(outcome));
			}
		}
		if (!report.skipped().isEmpty()) {
			out.printf("%-12s %8d   (no page files: %s%s)%n", "skipped", report.skipped().size(),
					String.join(", ", report.skipped().subList(0, Math.min(3, report.skipped().size()))),
					report.skipped().size() > 3 ? ", …" : "");
		}
		int articles = report.files().stream().filter(f -> !f.outcome().failed()).mapToInt(Ended::articles).sum();
		double seconds = Math.max(0.001, report.took().toMillis() / 1000.0);
		out.printf("%d files in %.1f s (%.1f pages/s), %d articles%n", report.files().size(), seconds,
				report.files().size() / seconds, articles);
		List<Ended> failed = report.files().stream().filter(f -> f.outcome().failed()).toList();
		if (placed) {
			out.println();
			out.println("where each file goes:");
			report.files().stream().filter(f -> f.placement() != null).forEach(f -> out.printf("  %s -> %s%s%n",
					f.source(), f.placement(), f.placement().looksAbbreviated()
							? "  (\"" + f.placement().newspaper() + "\" looks like an abbreviation: name the paper with "
									+ "--newspaper or a manifest.csv)" : ""));
		}
		if (!failed.isEmpty()) {
			out.println();
			out.println("not stored:");
			failed.forEach(f -> out.printf("  %-10s %s: %s%n", f.outcome(), f.source(), f.message()));
		}
	}

}
