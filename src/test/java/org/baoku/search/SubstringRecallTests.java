package org.baoku.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Ctrl-F recall and precision, proved: for hundreds of query strings sampled from the stored texts (names,
 * fragments of two to six characters, numbers), the hit set equals the set of articles whose normalized headline
 * or body contains the string, on the seed articles plus ten thousand synthetic ones in a real Lucene index.
 */
class SubstringRecallTests {

	private static final int SYNTHETIC = 10_000;

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?[亿万元个]?");

	@TempDir
	static Path dir;

	private static ArticleIndex index;

	private static ArticleSearcher searcher;

	private static List<ArticleView> corpus;

	private static Map<Long, String[]> texts;

	@BeforeAll
	static void buildIndex() throws IOException {
		List<ArticleView> seeds = SeedArticles.read(Path.of("seeds"));
		corpus = new ArrayList<>(seeds);
		corpus.addAll(SyntheticCorpus.make(seeds, SYNTHETIC, 42, 100_000));
		index = new ArticleIndex(new BaokuProperties(dir, dir, false));
		index.add(corpus);
		index.commit();
		searcher = new ArticleSearcher(index);
		texts = new HashMap<>();
		for (ArticleView a : corpus) {
			texts.put(a.id(), new String[] { SearchText.normalize(ArticleIndex.headlineText(a)),
					SearchText.normalize(a.body()) });
		}
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
	}

	@Test
	void everySampledStringFindsExactlyTheArticlesThatContainIt() {
		List<String> queries = sample(new Random(7));
		assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
		long[] micros = new long[queries.size()];
		int i = 0;
		for (String query : queries) {
			Set<Long> expected = scan(SearchText.normalize(query));
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

	private static Set<Long> scan(String normalizedQuery) {
		Set<Long> ids = new HashSet<>();
		texts.forEach((id, t) -> {
			if (t[0].contains(normalizedQuery) || t[1].contains(normalizedQuery)) {
				ids.add(id);
			}
		});
		return ids;
	}

	/** Names, numbers and fragments, as a journalist would type them. */
	private static List<String> sample(Random random) {
		Set<String> queries = new LinkedHashSet<>();
		corpus.stream().flatMap(a -> a.reporters().stream()).distinct().limit(30).forEach(queries::add);
		corpus.stream().flatMap(a -> a.officialNames().stream()).distinct().limit(40).forEach(queries::add);
		queries.addAll(List.of("381.6亿", "12345", "2345", "盐湖", "王卫东", "教育", "常委", "20GW", "EGO"));
		List<String> bodies = corpus.stream().map(ArticleView::body).toList();
		while (queries.stream().filter(q -> q.matches(".*\\d.*")).count() < 30) {
			Matcher m = NUMBER.matcher(bodies.get(random.nextInt(bodies.size())));
			if (m.find()) {
				queries.add(m.group());
			}
		}
		while (queries.size() < 240) {
			String body = bodies.get(random.nextInt(bodies.size()));
			int length = 2 + random.nextInt(5);
			if (body.length() <= length) {
				continue;
			}
			int at = random.nextInt(body.length() - length);
			String fragment = body.substring(at, at + length);
			if (fragment.codePoints().allMatch(SearchText::isWordChar)) {
				queries.add(fragment);
			}
		}
		return new ArrayList<>(queries);
	}

}
