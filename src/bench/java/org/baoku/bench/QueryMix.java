package org.baoku.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.baoku.bench.BenchQuery.Field;
import org.baoku.bench.BenchQuery.Kind;

/**
 * The benchmark's fixed mix of 70 searches, drawn (with a fixed seed) from a sample of the generated articles, as a
 * journalist would type them: 8 names, 16 fragments of 2–6 characters, 6 quoted phrases, 8 two-word ANDs, 4
 * headline-only and 4 reporter-only (fielded) searches, 6 each narrowed by a year, by a date range and by a reporter
 * facet, and 6 that go to result page 50. Every search asks for 10 hits with highlighted snippets and the facet counts.
 */
public final class QueryMix {

	private static final int SAMPLE = 500;

	private final Random random;

	private final List<PageGenerator.Article> sample = new ArrayList<>();

	private long seen;

	public QueryMix(long seed) {
		this.random = new Random(seed);
	}

	/** Reservoir sampling: every generated text article has the same chance of being one the queries come from. */
	public void offer(PageGenerator.Article article) {
		if (article.photo() || article.body().length() < 40) {
			return;
		}
		seen++;
		if (sample.size() < SAMPLE) {
			sample.add(article);
		}
		else {
			long at = (long) (random.nextDouble() * seen);
			if (at < SAMPLE) {
				sample.set((int) at, article);
			}
		}
	}

	public List<BenchQuery> queries() {
		List<BenchQuery> mix = new ArrayList<>();
		add(mix, 8, Kind.NAME, a -> one(name(a)), Field.ANYWHERE, 1);
		add(mix, 16, Kind.FRAGMENT, a -> one(fragment(a.body(), 2 + random.nextInt(5))), Field.ANYWHERE, 1);
		add(mix, 6, Kind.PHRASE, a -> one(fragment(a.body(), 6 + random.nextInt(5))), Field.ANYWHERE, 1);
		add(mix, 8, Kind.TWO_WORDS, a -> two(fragment(a.body(), 2 + random.nextInt(3)), fragment(a.body(), 2 + random.nextInt(3))),
				Field.ANYWHERE, 1);
		add(mix, 4, Kind.HEADLINE_FIELD, a -> one(fragment(a.headline(), 2 + random.nextInt(3))), Field.HEADLINE, 1);
		add(mix, 4, Kind.REPORTER_FIELD, a -> a.reporters().isEmpty() ? null : one(a.reporters().get(0)), Field.REPORTER, 1);
		for (int added = 0; added < 6;) {
			PageGenerator.Article a = next();
			List<String> t = one(fragment(a.body(), 2 + random.nextInt(2)));
			if (t != null) {
				mix.add(new BenchQuery(Kind.YEAR_FILTER, t, Field.ANYWHERE, a.date().getYear(), null, null, null, 1));
				added++;
			}
		}
		for (int added = 0; added < 6;) {
			PageGenerator.Article a = next();
			List<String> t = one(fragment(a.body(), 2 + random.nextInt(2)));
			if (t != null) {
				mix.add(new BenchQuery(Kind.DATE_RANGE, t, Field.ANYWHERE, null, a.date().minusDays(90),
						a.date().plusDays(90), null, 1));
				added++;
			}
		}
		for (int added = 0; added < 6;) {
			PageGenerator.Article a = next();
			List<String> t = one(fragment(a.body(), 2));
			if (t != null && !a.reporters().isEmpty()) {
				mix.add(new BenchQuery(Kind.REPORTER_FILTER, t, Field.ANYWHERE, null, null, null, a.reporters().get(0), 1));
				added++;
			}
		}
		add(mix, 6, Kind.DEEP_PAGE, a -> one(fragment(a.body(), 2)), Field.ANYWHERE, 50);
		return mix;
	}

	private interface Terms {

		List<String> of(PageGenerator.Article article);

	}

	private void add(List<BenchQuery> mix, int count, Kind kind, Terms terms, Field field, int page) {
		for (int added = 0; added < count;) {
			List<String> t = terms.of(next());
			if (t != null) {
				mix.add(new BenchQuery(kind, t, field, null, null, null, null, page));
				added++;
			}
		}
	}

	private PageGenerator.Article next() {
		if (sample.isEmpty()) {
			throw new IllegalStateException("no generated articles to draw queries from");
		}
		return sample.get(random.nextInt(sample.size()));
	}

	/** A reporter's or official's name, as a journalist looks a person up. */
	private String name(PageGenerator.Article a) {
		List<String> names = new ArrayList<>(a.reporters());
		names.addAll(a.officials());
		return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
	}

	/** Characters of one run of Chinese text in the article, so the query is something a reader could copy. */
	private String fragment(String text, int length) {
		for (int tries = 0; tries < 50; tries++) {
			int at = random.nextInt(Math.max(1, text.length() - length));
			String candidate = text.substring(at, Math.min(text.length(), at + length));
			if (candidate.length() == length && candidate.codePoints()
				.allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				return candidate;
			}
		}
		return null;
	}

	private static List<String> two(String first, String second) {
		return first == null || second == null || first.equals(second) ? null : List.of(first, second);
	}

	private static List<String> one(String term) {
		return term == null ? null : Collections.singletonList(term);
	}

}
