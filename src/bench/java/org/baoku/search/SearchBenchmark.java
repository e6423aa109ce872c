package org.baoku.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import org.baoku.analysis.SearchText;
import org.baoku.archive.ArticleView;
import org.baoku.bench.SeedArticles;
import org.baoku.bench.SyntheticCorpus;
import org.baoku.config.BaokuProperties;

/**
 * {@code bench [--articles N]}: indexes the seed articles plus N synthetic ones twice, with smartcn words alone
 * (the baseline) and with Baoku's fields (characters and bigrams plus smartcn words, facets, offsets), and prints
 * index size, indexing rate, query latency and recall against a scan of the texts for 200 sampled queries.
 */
public final class SearchBenchmark {

	private static final int QUERIES = 200;

	private final PrintStream out;

	private List<String[]> normalized;

	public SearchBenchmark(PrintStream out) {
		this.out = out;
	}

	public int run(String[] args) throws IOException {
		int articles = 10_000;
		Path seeds = Path.of("seeds");
		for (int i = 1; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--articles" -> articles = Integer.parseInt(args[i + 1]);
				case "--seeds" -> seeds = Path.of(args[i + 1]);
				default -> {
					out.println("usage: bench [--articles N] [--seeds DIR]");
					return 2;
				}
			}
		}
		List<ArticleView> seedArticles = SeedArticles.read(seeds);
		List<ArticleView> corpus = new ArrayList<>(seedArticles);
		corpus.addAll(SyntheticCorpus.make(seedArticles, articles, 42, 100_000));
		List<String> queries = QuerySampler.sample(corpus, QUERIES, 7);
		long chars = corpus.stream().mapToLong(a -> a.body().length() + a.headline().length()).sum();
		out.printf("corpus: %d articles (%d seed + %d synthetic), %.1f M characters; %d sampled queries%n",
				corpus.size(), seedArticles.size(), articles, chars / 1e6, queries.size());
		Path work = Files.createTempDirectory("baoku-bench-");
		try {
			Result baseline = baseline(work.resolve("smartcn"), corpus, queries);
			Result ours = baoku(work.resolve("baoku"), corpus, queries);
			out.println();
			out.printf("%-34s %14s %14s%n", "", "smartcn only", "baoku");
			row("index size (MB)", "%.1f", baseline.sizeMb, ours.sizeMb);
			row("indexing rate (articles/s)", "%.0f", baseline.rate, ours.rate);
			row("indexing time (s)", "%.2f", baseline.seconds, ours.seconds);
			row("query latency p50 (ms)", "%.2f", baseline.p50, ours.p50);
			row("query latency p99 (ms)", "%.2f", baseline.p99, ours.p99);
			row("queries with exact hit set", "%.0f", baseline.exact, ours.exact);
			row("hits found / hits in the texts", "%.3f", baseline.recall, ours.recall);
			out.printf("(latency: top 10 of each query; baoku includes facet counts and highlighted snippets; "
					+ "heap in use %d MB)%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
			return 0;
		}
		finally {
			delete(work);
		}
	}

	private record Result(double sizeMb, double rate, double seconds, double p50, double p99, double exact,
			double recall) {
	}

	private void row(String name, String format, double a, double b) {
		out.printf("%-34s %14s %14s%n", name, format.formatted(a), format.formatted(b));
	}

	/** Headline and body as smartcn words only, searched as all words required. */
	private Result baseline(Path dir, List<ArticleView> corpus, List<String> queries) throws IOException {
		Analyzer smart = ChineseAnalyzers.smart();
		long started = System.nanoTime();
		try (FSDirectory directory = FSDirectory.open(dir);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(smart))) {
			for (ArticleView a : corpus) {
				Document doc = new Document();
				doc.add(new StringField(IndexFields.ID, Long.toString(a.id()), Field.Store.YES));
				doc.add(new StoredField(IndexFields.HEADLINE_MAIN, a.headline()));
				doc.add(new TextField(IndexFields.HEADLINE_WORDS, ArticleDocuments.headlineText(a), Field.Store.YES));
				doc.add(new TextField(IndexFields.BODY_WORDS, a.body(), Field.Store.YES));
				writer.addDocument(doc);
			}
			writer.commit();
			double seconds = (System.nanoTime() - started) / 1e9;
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				QueryBuilder words = new QueryBuilder(smart);
				double[] latency = new double[queries.size()];
				int exact = 0;
				long found = 0;
				long expected = 0;
				for (int pass = 0; pass < 2; pass++) {
					for (int i = 0; i < queries.size(); i++) {
						Query query = smartQuery(words, queries.get(i));
						long t = System.nanoTime();
						searcher.search(query, 10);
						latency[i] = (System.nanoTime() - t) / 1e6;
					}
				}
				for (String q : queries) {
					Set<Long> hits = new HashSet<>();
					for (ScoreDoc d : searcher.search(smartQuery(words, q), Integer.MAX_VALUE / 2).scoreDocs) {
						hits.add(Long.parseLong(searcher.storedFields().document(d.doc).get(IndexFields.ID)));
					}
					Set<Long> truth = scan(corpus, q);
					exact += hits.equals(truth) ? 1 : 0;
					expected += truth.size();
					found += hits.stream().filter(truth::contains).count();
				}
				return new Result(size(dir), corpus.size() / seconds, seconds, percentile(latency, 0.5),
						percentile(latency, 0.99), exact, expected == 0 ? 1 : (double) found / expected);
			}
		}
	}

	private static Query smartQuery(QueryBuilder words, String text) {
		Query headline = words.createBooleanQuery(IndexFields.HEADLINE_WORDS, text, BooleanClause.Occur.MUST);
		Query body = words.createBooleanQuery(IndexFields.BODY_WORDS, text, BooleanClause.Occur.MUST);
		if (headline == null || body == null) {
			return new MatchNoDocsQuery();
		}
		return new BooleanQuery.Builder().add(headline, BooleanClause.Occur.SHOULD)
			.add(body, BooleanClause.Occur.SHOULD)
			.build();
	}

	/** Baoku's index as the application builds it, searched as the application searches. */
	private Result baoku(Path dir, List<ArticleView> corpus, List<String> queries) throws IOException {
		ArticleIndex index = new ArticleIndex(new BaokuProperties(dir, dir, false, ""));
		try {
			long started = System.nanoTime();
			index.add(corpus);
			index.commit();
			double seconds = (System.nanoTime() - started) / 1e9;
			ArticleSearcher searcher = new ArticleSearcher(index);
			double[] latency = new double[queries.size()];
			for (int pass = 0; pass < 2; pass++) {
				for (int i = 0; i < queries.size(); i++) {
					long t = System.nanoTime();
					searcher.search(SearchRequest.of(queries.get(i), 1, 10));
					latency[i] = (System.nanoTime() - t) / 1e6;
				}
			}
			int exact = 0;
			long found = 0;
			long expected = 0;
			for (String q : queries) {
				Set<Long> hits = new HashSet<>();
				searcher.forEachHit(SearchRequest.of(q, 1, 10), row -> hits.add(row.id()));
				Set<Long> truth = scan(corpus, q);
				exact += hits.equals(truth) ? 1 : 0;
				expected += truth.size();
				found += hits.stream().filter(truth::contains).count();
			}
			return new Result(size(index.indexDirectory()), corpus.size() / seconds, seconds, percentile(latency, 0.5),
					percentile(latency, 0.99), exact, expected == 0 ? 1 : (double) found / expected);
		}
		finally {
			index.close();
		}
	}

	/**
	 * The articles whose normalized headline, body, dateline or byline contains the query: the truth both indexes
	 * answer to.
	 */
	private Set<Long> scan(List<ArticleView> corpus, String query) {
		if (normalized == null) {
			normalized = corpus.stream()
				.map(a -> new String[] { Long.toString(a.id()), SearchText.normalize(ArticleDocuments.headlineText(a)),
						SearchText.normalize(a.body()), SearchText.normalize(a.dateline() == null ? "" : a.dateline()),
						SearchText.normalize(ArticleDocuments.bylineText(a)) })
				.toList();
		}
		String q = SearchText.normalize(query);
		Set<Long> ids = new HashSet<>();
		for (String[] a : normalized) {
			if (a[1].contains(q) || a[2].contains(q) || a[3].contains(q) || a[4].contains(q)) {
				ids.add(Long.parseLong(a[0]));
			}
		}
		return ids;
	}

	private static double percentile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
	}

	private static double size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1e6;
		}
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.deleteIfExists(f);
			}
		}
	}

}
