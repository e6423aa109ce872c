package org.baoku.ingest.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.baoku.ingest.IngestReason;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedPage;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.UnreadablePageException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * {@code ingest [--dry-run] [--replace] [--split-pages] [--newspaper NAME] PATH…}: loads files, folders and zips of pages into the
 * archive of the data folder (embedded PostgreSQL of a stopped app, or the configured external one) through the
 * same ingest as uploads. Exit status 0 when every page file was stored or was already stored, 1 when any was not,
 * 2 for a wrong command line, 3 when the archive cannot be opened (e.g. the app is running on the folder).
 */
public final class IngestCommand {

	static final String USAGE = "usage: ingest [--dry-run] [--replace] [--split-pages] [--newspaper NAME] PATH...";

	/** The largest page file when no archive settings are read (a dry run); the archive's own limit otherwise. */
	private static final long DEFAULT_MAX_PAGE = DataSize.ofMegabytes(5).toBytes();

	private final PrintStream out;

	private final PrintStream err;

	public IngestCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * The command line, read. {@code splitPages}: a PDF of a whole issue ({@code 报纸_YYYY-MM-DD.pdf}) is split into
	 * its pages; without it such a file is refused.
	 */
	public record Options(boolean dryRun, boolean replace, boolean splitPages, String newspaper, List<Path> paths) {
	}

	static Options options(String[] args) {
		boolean dryRun = false;
		boolean replace = false;
		boolean splitPages = false;
		String newspaper = null;
		List<Path> paths = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
				case "--dry-run" -> dryRun = true;
				case "--replace" -> replace = true;
				case "--split-pages" -> splitPages = true;
				case "--newspaper" -> {
					if (++i >= args.length || args[i].isBlank()) {
						throw new IllegalArgumentException("--newspaper needs a name");
					}
					newspaper = args[i].strip();
				}
				default -> {
					if (args[i].startsWith("--")) {
						throw new IllegalArgumentException("unknown option " + args[i]);
					}
					paths.add(Path.of(args[i]));
				}
			}
		}
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("no file, folder or zip given");
		}
		return new Options(dryRun, replace, splitPages, newspaper, paths);
	}

	/**
	 * Runs the command; {@code archive} opens the archive (a Spring context without web server) only for a real
	 * ingest, so a dry run touches no database.
	 */
	public int run(String[] args, Function<Options, ConfigurableApplicationContext> archive) {
		Options options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("ingest: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, options.newspaper(), options.splitPages())) {
			List<PageFile> files = sources.find(options.paths());
			if (options.dryRun()) {
				BulkIngest.Report report = run(new BulkIngest(DEFAULT_MAX_PAGE), files, sources.skipped(),
						IngestCommand::split);
				out.println("dry run: nothing was stored");
				BulkIngest.print(report, out, true);
				return report.anyFailed() ? 1 : 0;
			}
			ConfigurableApplicationContext context;
			try {
				context = archive.apply(options);
			}
			catch (RuntimeException ex) {
				err.println("ingest: the archive cannot be opened: " + rootMessage(ex));
				return 3;
			}
			try (context) {
				IngestService ingest = context.getBean(IngestService.class);
				StoringIngester storing = new StoringIngester(ingest, options.replace());
				long started = System.nanoTime();
				BulkIngest.Report run = run(new BulkIngest(ingest.maxPageBytes()), files, sources.skipped(), storing);
				storing.finish();
				// The figures count the index work the run left queued: a page is only in when it can be found.
				BulkIngest.Report report = new BulkIngest.Report(run.files(), run.skipped(),
						Duration.ofNanos(System.nanoTime() - started));
				BulkIngest.print(report, out);
				// The run is in the audit log like an upload: who started it on this machine, what and how it ended.
				context.getBean(AuditLog.class)
					.record("command line (" + System.getProperty("user.name") + ")", null, "ingest command",
							String.join(" ", options.paths().stream().map(Object::toString).toList()),
							report.anyFailed() ? "some failed" : "ok", report.counts() + " in " + report.took(),
							said(report));
				return report.anyFailed() ? 1 : 0;
			}
		}
		catch (IOException ex) {
			err.println("ingest: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * The run's counts as a message for the audit page: files, then ingested, replaced, already stored, tried (a dry
	 * run), not ingested, and seconds.
	 */
	private static AuditDetail.Said said(BulkIngest.Report report) {
		Map<BulkIngest.Outcome, Integer> counts = report.counts();
		int failed = counts.entrySet().stream().filter(e -> e.getKey().failed()).mapToInt(Map.Entry::getValue).sum();
		return new AuditDetail.Said("audit.detail.ingestCommand", List.of(String.valueOf(report.files().size()),
				String.valueOf(counts.getOrDefault(BulkIngest.Outcome.INGESTED, 0)),
				String.valueOf(counts.getOrDefault(BulkIngest.Outcome.REPLACED, 0)),
				String.valueOf(counts.getOrDefault(BulkIngest.Outcome.DUPLICATE, 0)),
				String.valueOf(counts.getOrDefault(BulkIngest.Outcome.SPLIT, 0)), String.valueOf(failed),
				String.valueOf(Math.max(1, Math.round(report.took().toMillis() / 1000.0)))));
	}

	private BulkIngest.Report run(BulkIngest bulk, List<PageFile> files, List<String> skipped,
			BulkIngest.Ingester ingester) {
		try (BulkIngest.ConsoleProgress progress = new BulkIngest.ConsoleProgress(err)) {
			return bulk.run(files, skipped, ingester, progress);
		}
	}

	/** A dry run's page: decoded and split as ingest would, nothing stored. */
	private static BulkIngest.Done split(RawPage page) {
		if (page.bytes().length > DEFAULT_MAX_PAGE) {
			return new BulkIngest.Done(BulkIngest.Outcome.TOO_LARGE, 0, "larger than " + DEFAULT_MAX_PAGE + " bytes");
		}
		try {
			// A page PDF is read by its layout, as ingest reads it; anything else is decoded as text.
			ParsedPage parsed = new PageParser().parse(page.bytes());
			Optional<IngestReason> unstorable = IngestService.unstorable(parsed);
			if (unstorable.isPresent()) {
				return new BulkIngest.Done(BulkIngest.Outcome.REJECTED, 0, unstorable.get(), unstorable.get().english(),
						List.of());
			}
			long doubtful = parsed.articles().stream().filter(a -> !a.article().doubts().isEmpty()).count();
			long bylines = parsed.articles().stream().filter(a -> !a.article().reporterNames().isEmpty()).count();
			return new BulkIngest.Done(BulkIngest.Outcome.SPLIT, parsed.articles().size(), null,
					"%d articles, %d with bylines, %d doubtful".formatted(parsed.articles().size(), bylines, doubtful),
					parsed.articles().stream().map(ArticlePreview::of).toList());
		}
		catch (UnreadablePageException ex) {
			return new BulkIngest.Done(BulkIngest.Outcome.REJECTED, 0, ex.reason(), ex.getMessage(), List.of());
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.toString() : root.getMessage();
	}

}
