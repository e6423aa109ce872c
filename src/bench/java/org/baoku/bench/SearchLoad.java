package org.baoku.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The archive benchmark's search load alone, against an app already running on an archive the benchmark made
 * ({@code -Dbench.keep=true} keeps it): to compare two builds of the search on the same data within minutes. The
 * mix is drawn again from the same generated pages, so it is the benchmark's.
 * <p>
 * {@code java -cp <test classpath> org.baoku.bench.SearchLoad <base url> <app pid> <articles> [seconds] [clients]},
 * run from the project folder.
 */
public final class SearchLoad {

	private SearchLoad() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long pid = Long.parseLong(args[1]);
		int articles = Integer.parseInt(args[2]);
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
		Vocabulary words = Vocabulary.read(List.of(Path.of("seeds"), Path.of("..", "shared", "layouts", "pages")));
		QueryMix mixMaker = new QueryMix(7);
		Path pages = Files.createTempDirectory("baoku-search-load-");
		try {
			new PageGenerator(words, new PageGenerator.Settings(articles, 10, 3, 42)).write(pages, mixMaker::offer);
		}
		finally {
			try (Stream<Path> files = Files.walk(pages)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
		List<BenchQuery> mix = mixMaker.queries();
		HttpSearches http = new HttpSearches(base);
		http.load(mix, clients, Duration.ofSeconds(Math.min(seconds, 20)));
		long cpu = cpuNanos(pid);
		HttpSearches.Load load = http.load(mix, clients, Duration.ofSeconds(seconds));
		cpu = cpuNanos(pid) - cpu;
		System.out.printf("search_p50_ms: %.2f%nsearch_p99_ms: %.2f%nsearch_qps: %.1f%nsearch_app_cpu_ms_per_request: %.2f%n",
				load.all().percentileMs(50), load.all().percentileMs(99), load.qps(), cpu / 1e6 / load.requests());
		load.byGroup().forEach((group, l) -> System.out.printf("search_p50_p99_ms_%s: %.1f / %.1f%n", group,
				l.percentileMs(50), l.percentileMs(99)));
		Path recording = Files.createTempFile("baoku-search-load-", ".jfr");
		try {
			CpuSplit.start(pid, recording);
			http.load(mix, clients, Duration.ofSeconds(10));
			CpuSplit split = CpuSplit.stop(pid, recording);
			System.out.println("search_cpu_split: " + split);
			System.out.println("search_cpu_split_leaves: " + split.leaves(15));
		}
		finally {
			Files.deleteIfExists(recording);
		}
	}

	private static long cpuNanos(long pid) {
		return ProcessHandle.of(pid).orElseThrow().info().totalCpuDuration().orElseThrow().toNanos();
	}

}
