package org.baoku;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import org.baoku.bench.BenchQuery;
import org.baoku.bench.CpuSplit;
import org.baoku.bench.GcLog;
import org.baoku.bench.HttpSearches;
import org.baoku.bench.KnownItems;
import org.baoku.bench.PageGenerator;
import org.baoku.bench.PostgresBaseline;
import org.baoku.bench.QueryMix;
import org.baoku.bench.SubstringTruth;
import org.baoku.bench.Vocabulary;

/**
 * The archive end to end, as its users meet it: generated pages through the bulk ingest command into a fresh data
 * folder (embedded PostgreSQL and the index), the app started on it, the query mix over HTTP from several clients,
 * the same searches done by PostgreSQL alone (ILIKE, then with a pg_trgm index), a rebuild of the index, and a
 * restart. Prints one {@code name: value} line per figure. Settings are system properties: {@code bench.articles},
 * {@code bench.years}, {@code bench.newspapers}, {@code bench.clients}, {@code bench.seconds}, {@code bench.heap}
 * (the -Xmx of the app's processes), {@code bench.jfr} (a folder for flight recordings of the ingest and the app),
 * {@code bench.keep} (keep the work folder).
 */
final class ArchiveBenchmark {

	/** How many known-item searches are made (each with and without its year). */
	private static final int KNOWN_ITEMS = 200;

	private final PrintStream out;

	private final int articles = Integer.getInteger("bench.articles", 10_000);

	private final int years = Integer.getInteger("bench.years", 10);

	private final int newspapers = Integer.getInteger("bench.newspapers", 3);

	/** How long the recording that splits a search's CPU into parts runs, 8 clients searching. */
	private static final int SPLIT_SECONDS = 10;

	private final int clients = Integer.getInteger("bench.clients", 8);

	private final int seconds = Integer.getInteger("bench.seconds", 30);

	private final String heap = System.getProperty("bench.heap", "2g");

	private final String jfr = System.getProperty("bench.jfr", "");

	ArchiveBenchmark(PrintStream out) {
		this.out = out;
	}

	void run() throws Exception {
		Path work = Files.createTempDirectory("baoku-archive-bench-");
		try {
			run(work);
		}
		finally {
			if (!Boolean.getBoolean("bench.keep")) {
				delete(work);
			}
			else {
				out.println("work folder kept: " + work);
			}
		}
	}

	private void run(Path work) throws Exception {
		Path pages = work.resolve("pages");
		Path data = work.resolve("data");
		Vocabulary words = Vocabulary.read(List.of(Path.of("seeds"), Path.of("..", "shared", "layouts", "pages")));
		out.println("vocabulary: " + words);
		QueryMix mixMaker = new QueryMix(7);
		long started = System.nanoTime();
		PageGenerator.Summary generated = new PageGenerator(words, new PageGenerator.Settings(articles, years, newspapers, 42))
			.write(pages, mixMaker::offer);
		out.printf("generated: %d pages, %d items, %d issues of %d newspapers over %d years, %.0f MB, in %.1f s%n",
				generated.pages(), generated.articles(), generated.issues(), newspapers, years, generated.bytes() / 1e6,
				seconds(started));
		List<BenchQuery> mix = mixMaker.queries();

		double ingestSeconds = ingest(pages, data, work.resolve("gc-ingest.log"));
		GcLog heapUse = GcLog.read(work.resolve("gc-ingest.log"));
		long indexMb = sizeMb(data.resolve("index"));

		AppProcess app = AppProcess.start(data, 1, appOptions(work, "app-1"));
		List<String> lines = new ArrayList<>();
		try (Connection db = app.database()) {
			PostgresBaseline postgres = new PostgresBaseline(db);
			long stored = count(db, "SELECT count(*) FROM article");
			long storedPages = count(db, "SELECT count(*) FROM page");
			long dbMb = postgres.databaseMb();
			line(lines, "articles", stored);
			line(lines, "pages", storedPages);
			line(lines, "ingest_pages_per_s", storedPages / ingestSeconds);
			line(lines, "ingest_articles_per_s", stored / ingestSeconds);
			line(lines, "index_mb", indexMb);
			line(lines, "db_mb", dbMb);

			started = System.nanoTime();
			SubstringTruth truth = SubstringTruth.of(db, mix);
			out.printf("substring truth of %d searches over %d articles in %.1f s%n", mix.size(), truth.articles(),
					seconds(started));

			HttpSearches http = new HttpSearches(app.baseUrl());
			long[] totals = http.totals(mix);
			// Untimed: the JIT compiles the search path first, as it has in an app that has been up a while.
			http.load(mix, clients, Duration.ofSeconds(Math.min(seconds, 30)));
			long appCpu = app.cpuNanos();
			long clientCpu = ownCpuNanos();
			HttpSearches.Load load = http.load(mix, clients, Duration.ofSeconds(seconds));
			appCpu = app.cpuNanos() - appCpu;
			clientCpu = ownCpuNanos() - clientCpu;
			line(lines, "search_clients", clients);
			line(lines, "search_requests", load.requests());
			line(lines, "search_failures", load.failures());
			line(lines, "search_p50_ms", load.all().percentileMs(50));
			line(lines, "search_p99_ms", load.all().percentileMs(99));
			line(lines, "search_qps", load.qps());
			line(lines, "facet_search_p50_ms", load.filtered().percentileMs(50));
			line(lines, "facet_search_p99_ms", load.filtered().percentileMs(99));
			load.byGroup().forEach((group, latencies) -> line(lines, "search_p50_p99_ms_" + group,
					"%.1f / %.1f".formatted(latencies.percentileMs(50), latencies.percentileMs(99))));
			HttpSearches.Load alone = http.load(mix, 1, Duration.ofSeconds(Math.max(5, seconds / 3)));
			line(lines, "search_1_client_p50_ms", alone.all().percentileMs(50));
			line(lines, "search_1_client_p99_ms", alone.all().percentileMs(99));
			line(lines, "search_app_cpu_ms_per_request", appCpu / 1e6 / load.requests());
			line(lines, "search_client_cpu_ms_per_request", clientCpu / 1e6 / load.requests());
			// A short recording after the timed loads, so its cost is in none of their figures.
			Path recording = work.resolve("search-split.jfr");
			try {
				CpuSplit.start(app.pid(), recording);
				http.load(mix, clients, Duration.ofSeconds(SPLIT_SECONDS));
				CpuSplit split = CpuSplit.stop(app.pid(), recording);
				line(lines, "search_cpu_split", split);
				line(lines, "search_cpu_split_leaves", split.leaves(10));
			}
			catch (IOException | IllegalStateException ex) {
				// No recording (no jcmd, attach refused) is no reason to lose the figures that follow.
				line(lines, "search_cpu_split", "n/a: " + ex.getMessage());
			}

			List<KnownItems.Item> knownItems = KnownItems.sample(db, KNOWN_ITEMS, 11);
			KnownItems.Ranks known = KnownItems.ranks(app.baseUrl(), knownItems, false);
			KnownItems.Ranks knownInYear = KnownItems.ranks(app.baseUrl(), knownItems, true);
			known.misses().forEach(m -> out.println("known item not first: " + m));
			line(lines, "known_items", known.items());
			line(lines, "known_item_mrr", known.mrr());
			line(lines, "known_item_first", known.first());
			line(lines, "known_item_mrr_with_year", knownInYear.mrr());
			line(lines, "known_item_first_with_year", knownInYear.first());
			line(lines, "known_item_mrr_of_the_article", known.mrrOfTheArticle());
			line(lines, "known_item_mrr_of_the_article_with_year", knownInYear.mrrOfTheArticle());

			List<BitSet> found = new ArrayList<>();
			for (BenchQuery query : mix) {
				found.add(http.export(query).ids());
			}
			int big = exportQuery(totals);
			HttpSearches.Export export = http.export(mix.get(big));
			line(lines, "export_10k_s", export.seconds());
			line(lines, "export_hits", export.hits());

			started = System.nanoTime();
			PostgresBaseline.Run ilike = postgres.run(mix, clients, app::database);
			out.printf("PostgreSQL ILIKE pass: %.1f s%n", seconds(started));
			started = System.nanoTime();
			long trigramMb = postgres.createTrigramIndex();
			double trigramIndexSeconds = seconds(started);
			out.println("pg_trgm: " + postgres.trigramsOfChinese());
			PostgresBaseline.Run trgm = postgres.run(mix, clients, app::database);
			List<BitSet> pgFound = new ArrayList<>();
			for (BenchQuery query : mix) {
				pgFound.add(postgres.ids(query));
			}
			line(lines, "pg_ilike_p50_ms", ilike.latencies().percentileMs(50));
			line(lines, "pg_ilike_p99_ms", ilike.latencies().percentileMs(99));
			line(lines, "pg_trgm_p50_ms", trgm.latencies().percentileMs(50));
			line(lines, "pg_trgm_p99_ms", trgm.latencies().percentileMs(99));
			line(lines, "pg_trgm_index_mb", trigramMb);
			line(lines, "pg_trgm_index_s", trigramIndexSeconds);
			line(lines, "speedup_vs_pg_ilike", ilike.latencies().percentileMs(50) / load.all().percentileMs(50));
			line(lines, "speedup_vs_pg_trgm", trgm.latencies().percentileMs(50) / load.all().percentileMs(50));
			line(lines, "recall_baoku", truth.recall(found));
			line(lines, "precision_baoku", truth.precision(found));
			for (int q = 0; q < mix.size(); q++) {
				for (String extra : truth.explainExtra(db, q, mix.get(q), found.get(q), 3)) {
					out.println("extra hit of " + mix.get(q) + ": " + extra);
				}
			}
			line(lines, "recall_pg_ilike", truth.recall(pgFound));
			line(lines, "recall_pg_trgm", truth.recall(pgFound));
			totalsDiffer(mix, totals, ilike.totals(), truth);

			double rebuildSeconds = http.rebuild(AppProcess.PASSWORD);
			line(lines, "reindex_articles_per_s", stored / rebuildSeconds);
			line(lines, "index_mb_after_reindex", sizeMb(data.resolve("index")));
		}
		finally {
			app.stop();
		}
		heapUse = heapUse.max(GcLog.read(work.resolve("gc-app-1.log")));
		started = System.nanoTime();
		AppProcess again = AppProcess.start(data, 2, appOptions(work, "app-2"));
		line(lines, "start_s", seconds(started));
		again.stop();
		heapUse = heapUse.max(GcLog.read(work.resolve("gc-app-2.log")));
		line(lines, "heap_max_mb", heap);
		line(lines, "heap_peak_mb", heapUse.peakMb());
		line(lines, "heap_live_peak_mb", heapUse.livePeakMb());
		out.println();
		out.println("== archive benchmark, " + articles + " articles asked for ==");
		lines.forEach(out::println);
	}

	private double ingest(Path pages, Path data, Path gcLog) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		command.add(GcLog.option(gcLog));
		jfrOption("ingest").ifPresent(command::add);
		// Its temporary files (the embedded PostgreSQL's binaries) in the build's folder, not the machine's /tmp
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
		command.add("-jar");
		command.add(AppProcess.jar().orElseThrow().toAbsolutePath().toString());
		command.add("ingest");
		command.add(pages.toString());
		Files.createDirectories(data);
		Path log = data.getParent().resolve("ingest.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("BAOKU_DATA_DIR", data.toString());
		builder.environment().put("BAOKU_ADMIN_PASSWORD", AppProcess.PASSWORD);
		builder.environment().remove("SPRING_DATASOURCE_URL");
		long start = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(6, TimeUnit.HOURS)) {
			process.destroyForcibly().waitFor();
		}
		double took = seconds(start);
		List<String> tail = Files.readAllLines(log);
		tail.subList(Math.max(0, tail.size() - 3), tail.size()).forEach(l -> out.println("ingest: " + l));
		if (process.exitValue() != 0) {
			throw new IllegalStateException("ingest exited with " + process.exitValue() + "; see " + log);
		}
		return took;
	}

	private List<String> appOptions(Path work, String name) {
		List<String> options = new ArrayList<>(List.of("-Xmx" + heap, GcLog.option(work.resolve("gc-" + name + ".log"))));
		jfrOption(name).ifPresent(options::add);
		return options;
	}

	private Optional<String> jfrOption(String name) {
		if (jfr.isBlank()) {
			return Optional.empty();
		}
		Path folder = Path.of(jfr).toAbsolutePath();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of("-XX:StartFlightRecording=filename=" + folder.resolve(name + ".jfr") + ",settings=profile");
	}

	/** The search to export: the one whose hits are closest above 10,000 (the largest when none reaches it). */
	private static int exportQuery(long[] totals) {
		int best = 0;
		for (int i = 1; i < totals.length; i++) {
			boolean bestBig = totals[best] >= 10_000;
			boolean big = totals[i] >= 10_000;
			if (big && (!bestBig || totals[i] < totals[best]) || !big && !bestBig && totals[i] > totals[best]) {
				best = i;
			}
		}
		return best;
	}

	/** Searches whose totals differ between the app, PostgreSQL and the truth, for the log. */
	private void totalsDiffer(List<BenchQuery> mix, long[] baoku, long[] postgres, SubstringTruth truth) {
		for (int q = 0; q < mix.size(); q++) {
			long t = truth.of(q).cardinality();
			if (baoku[q] != t || postgres[q] != t) {
				out.printf("totals differ: %s truth %d, baoku %d, postgres %d%n", mix.get(q), t, baoku[q], postgres[q]);
			}
		}
	}

	private void line(List<String> lines, String name, Object value) {
		String text = value instanceof Double d ? "%.2f".formatted(d) : String.valueOf(value);
		lines.add(name + ": " + text);
		out.println(name + ": " + text);
	}

	private static long ownCpuNanos() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static long sizeMb(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
