package org.baoku.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.baoku.archive.ArticleView;
import org.baoku.bench.SeedArticles;
import org.baoku.bench.SyntheticCorpus;
import org.baoku.config.BaokuProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-F recall and precision, proved: for hundreds of query strings sampled from the stored texts (names and parts
 * of names, datelines, fragments of two to six characters, numbers), the hit set equals the set of articles whose
 * normalized headline, body, dateline or byline contains the string, on the seed articles plus ten thousand synthetic ones in a real Lucene index.
 */
class SubstringRecallTests {

	private static final int SYNTHETIC = 10_000;

	@TempDir
	static Path dir;

	private static ArticleIndex index;

	private static ArticleSearcher searcher;

	private static List<ArticleView> corpus;

	private static SubstringTruth truth;

	@BeforeAll
	static void buildIndex() throws IOException {
		List<ArticleView> seeds = SeedArticles.read(Path.of("seeds"));
		corpus = new ArrayList<>(seeds);
		corpus.addAll(SyntheticCorpus.make(seeds, SYNTHETIC, 42, 100_000));
		index = new ArticleIndex(new BaokuProperties(dir, dir, false, ""));
		index.add(corpus);
		index.commit();
		searcher = new ArticleSearcher(index);
		truth = new SubstringTruth(corpus);
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
	}

	@Test
	void everySampledStringFindsExactlyTheArticlesThatContainIt() {
		List<String> queries = QuerySampler.sample(corpus, 240, 7);
		assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
		long[] micros = new long[queries.size()];
		int i = 0;
		for (String query : queries) {
			Set<Long> expected = truth.of(query);
			long started = System.nanoTime();
			Set<Long> found = hits(query);
			micros[i++] = (System.nanoTime() - started) / 1000;
			assertThat(found).as("hits for %s", query).isEqualTo(expected);
		}
		Arrays.sort(micros);
		System.out.printf("recall/precision 1.0 for %d queries over %d articles; full hit-set latency p50 %d µs, p99 %d µs%n",
				queries.size(), corpus.size(), micros[micros.length / 2], micros[(int) (micros.length * 0.99)]);
	}

	@Test
	void traditionalAndFullWidthQueriesFindSimplifiedText() {
		assertThat(hits("鹽湖")).isEqualTo(hits("盐湖")).isNotEmpty();
		assertThat(hits("１２３４５")).isEqualTo(hits("12345")).isNotEmpty();
		assertThat(hits("ｅｇｏ－ｐａｒｋ")).isEqualTo(hits("EGO-Park")).isNotEmpty();
	}

	private static Set<Long> hits(String query) {
		Set<Long> ids = new HashSet<>();
		searcher.forEachHit(SearchRequest.of(query, 1, 10), row -> ids.add(row.id()));
		return ids;
	}

}
