package org.baoku.search;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.springframework.util.FileSystemUtils;

import org.baoku.archive.ArticleView;
import org.baoku.archive.PageSnapshot;
import org.baoku.bench.SeedArticles;
import org.baoku.bench.SyntheticCorpus;
import org.baoku.config.BaokuProperties;

/**
 * The same corpus and the same search mix through the search port on three engines side by side, measured in one
 * run: the embedded Lucene index (the baseline), a single-node SolrCloud (1 shard) and a 3-node SolrCloud (2 shards
 * × 2 replicas), the Solr nodes in this JVM. Per engine: indexing rate (pages written as the outbox writes them, then
 * a commit), single-client latency p50/p99 of a search with facets and snippets, the throughput of two clients, a
 * filtered search, and the share of sampled queries whose whole hit set (export) equals a scan of the texts.
 */
public final class EngineBenchmark {

	private static final int QUERIES = 200;

	private static final int THROUGHPUT_SECONDS = 10;

	private final PrintStream out;

	public EngineBenchmark(PrintStream out) {
		this.out = out;
	}

	private record Figures(double indexSeconds, double rate, double p50, double p99, double filteredP50, double perSecond,
			int exact, double recall) {
	}

	public void run(int articles) throws Exception {
		SolrLogging.warningsOnly();
		List<ArticleView> seeds = SeedArticles.read(Path.of("seeds"));
		List<ArticleView> corpus = new ArrayList<>(seeds);
		corpus.addAll(SyntheticCorpus.make(seeds, articles, 42, 100_000));
		List<String> queries = QuerySampler.sample(corpus, QUERIES, 7);
		List<PageSnapshot> pages = SearchContract.pages(corpus, 1);
		out.printf("engines: %d articles on %d pages (%d seed + %d synthetic), %d sampled queries, %d processors%n",
				corpus.size(), pages.size(), seeds.size(), articles, queries.size(), Runtime.getRuntime().availableProcessors());
		Map<String, Figures> figures = new LinkedHashMap<>();
		Path work = Files.createTempDirectory(Path.of("target"), "engine-bench").toAbsolutePath();
		try {
			ArticleIndex index = new ArticleIndex(new BaokuProperties(work.resolve("embedded"), work, false, ""));
			try {
				figures.put("embedded Lucene", measure(new EmbeddedSearchEngine(index, new ArticleSearcher(index),
						new RelatedArticles(index)), corpus, pages, queries));
			}
			finally {
				index.close();
			}
			figures.put("SolrCloud 1 node 1x1", onCluster(work.resolve("solr1"), 1, 1, 1, corpus, pages, queries));
			figures.put("SolrCloud 3 nodes 2x2", onCluster(work.resolve("solr3"), 3, 2, 2, corpus, pages, queries));
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
		out.printf("%-34s", "");
		figures.keySet().forEach(name -> out.printf(" %22s", name));
		out.println();
		row(figures, "indexing (s)", "%.1f", Figures::indexSeconds);
		row(figures, "indexing rate (articles/s)", "%.0f", Figures::rate);
		row(figures, "search p50 (ms)", "%.2f", Figures::p50);
		row(figures, "search p99 (ms)", "%.2f", Figures::p99);
		row(figures, "filtered search p50 (ms)", "%.2f", Figures::filteredP50);
		row(figures, "searches/s, 2 clients", "%.0f", Figures::perSecond);
		row(figures, "queries with exact hit set", "%.0f", f -> (double) f.exact());
		row(figures, "hits found / hits in the texts", "%.4f", Figures::recall);
		out.println("(a search: top 10 with exact total, facet counts drilled sideways and marked snippets; the Solr nodes "
				+ "share this JVM and its cores with the client)");
	}

	private void row(Map<String, Figures> figures, String name, String format,
			java.util.function.ToDoubleFunction<Figures> value) {
		out.printf("%-34s", name);
		figures.values().forEach(f -> out.printf(" %22s", format.formatted(value.applyAsDouble(f))));
		out.println();
	}

	private Figures onCluster(Path base, int nodes, int shards, int replicas, List<ArticleView> corpus,
			List<PageSnapshot> pages, List<String> queries) throws Exception {
		MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
		try {
			List<String> urls = cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
			try (CloudSolrClient client = SolrSearchEngine.client(urls)) {
				SolrSearchEngine engine = new SolrSearchEngine(client,
						new SolrSettings(urls, "baoku", shards, replicas, 0, "baoku"));
				return measure(engine, corpus, pages, queries);
			}
		}
		finally {
			cluster.shutdown();
		}
	}

	private Figures measure(SearchEngine engine, List<ArticleView> corpus, List<PageSnapshot> pages, List<String> queries)
			throws Exception {
		long started = System.nanoTime();
		IndexTarget live = engine.live();
		int batch = 0;
		for (PageSnapshot page : pages) {
			live.replacePage(page);
			if (++batch % IndexTuning.OUTBOX_BATCH == 0) {
				live.commit(batch);
			}
		}
		live.commit(batch);
		double indexSeconds = (System.nanoTime() - started) / 1e9;
		double[] latency = new double[queries.size()];
		double[] filtered = new double[queries.size()];
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < queries.size(); i++) {
				long t = System.nanoTime();
				engine.search(SearchRequest.of(queries.get(i), 1, 10));
				latency[i] = (System.nanoTime() - t) / 1e6;
				SearchRequest narrowed = new SearchRequest(queries.get(i), List.of(), List.of(), List.of(), List.of(), List.of(),
						java.time.LocalDate.of(2016, 1, 1), java.time.LocalDate.of(2020, 12, 31), List.of("2018", "2019"),
						SearchRequest.Order.NEWEST, 1, 10, 10);
				t = System.nanoTime();
				engine.search(narrowed);
				filtered[i] = (System.nanoTime() - t) / 1e6;
			}
		}
		AtomicInteger done = new AtomicInteger();
		long until = System.nanoTime() + THROUGHPUT_SECONDS * 1_000_000_000L;
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < 2; c++) {
			int offset = c * 37;
			Thread client = new Thread(() -> {
				for (int i = offset; System.nanoTime() < until; i++) {
					engine.search(SearchRequest.of(queries.get(i % queries.size()), 1, 10));
					done.incrementAndGet();
				}
			});
			client.start();
			clients.add(client);
		}
		for (Thread client : clients) {
			client.join();
		}
		SubstringTruth truth = new SubstringTruth(corpus);
		int exact = 0;
		long found = 0;
		long expected = 0;
		for (String q : queries) {
			Set<Long> hits = new HashSet<>();
			engine.forEachHit(SearchRequest.of(q, 1, 10), row -> hits.add(row.id()));
			Set<Long> scan = truth.of(q);
			exact += hits.equals(scan) ? 1 : 0;
			expected += scan.size();
			found += hits.stream().filter(scan::contains).count();
		}
		return new Figures(indexSeconds, corpus.size() / indexSeconds, percentile(latency, 0.5), percentile(latency, 0.99),
				percentile(filtered, 0.5), done.get() / (double) THROUGHPUT_SECONDS, exact,
				expected == 0 ? 1 : (double) found / expected);
	}

	private static double percentile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
	}

}
