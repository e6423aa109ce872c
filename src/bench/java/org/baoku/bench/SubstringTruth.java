package org.baoku.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which stored articles each search must find, by reading every article once and looking for the terms in its
 * printed text (headline, dateline, byline and body, line breaks aside): what Ctrl-F on the page would find.
 */
public final class SubstringTruth {

	private static final String ROWS = """
			SELECT a.id, i.issue_date, coalesce(a.kicker, ''), a.headline, coalesce(a.subtitle, ''), coalesce(a.dateline, ''),
			  coalesce(a.byline, ''), a.body,
			  coalesce((SELECT string_agg(r.name, E'\\n') FROM article_reporter ar JOIN reporter r ON r.id = ar.reporter_id
			            WHERE ar.article_id = a.id), '')
			FROM %s
			""".formatted(PostgresText.FROM);

	private final BitSet[] matches;

	private final long articles;

	private SubstringTruth(BitSet[] matches, long articles) {
		this.matches = matches;
		this.articles = articles;
	}

	public static SubstringTruth of(Connection db, List<BenchQuery> mix) throws SQLException {
		BitSet[] matches = new BitSet[mix.size()];
		Arrays.setAll(matches, i -> new BitSet());
		long articles = 0;
		boolean autoCommit = db.getAutoCommit();
		db.setAutoCommit(false);
		try (PreparedStatement statement = db.prepareStatement(ROWS)) {
			statement.setFetchSize(5_000);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					articles++;
					String headline = rows.getString(3) + "|" + rows.getString(4) + "|" + rows.getString(5);
					String names = rows.getString(9);
					// Names apart, so two reporters' names do not run together into a match neither has.
					String printed = (headline + "|" + rows.getString(6) + "|" + rows.getString(7) + "|"
							+ names.replace('\n', '|') + "|" + rows.getString(8)).replace("\n", "");
					BenchQuery.TruthRow row = new BenchQuery.TruthRow(rows.getLong(1), rows.getDate(2).toLocalDate(), printed,
							headline.replace("\n", ""), names.isEmpty() ? List.of() : new ArrayList<>(List.of(names.split("\n"))));
					for (int q = 0; q < matches.length; q++) {
						if (mix.get(q).matches(row)) {
							matches[q].set((int) row.id());
						}
					}
				}
			}
		}
		finally {
			db.commit();
			db.setAutoCommit(autoCommit);
		}
		return new SubstringTruth(matches, articles);
	}

	public long articles() {
		return articles;
	}

	public BitSet of(int query) {
		return matches[query];
	}

	/** Recall of found sets against the truth, over the searches that have something to find. */
	public Recall recall(List<BitSet> found) {
		double sum = 0;
		double min = 1;
		int scored = 0;
		int complete = 0;
		for (int q = 0; q < matches.length; q++) {
			int truth = matches[q].cardinality();
			if (truth == 0) {
				continue;
			}
			BitSet hit = (BitSet) matches[q].clone();
			hit.and(found.get(q));
			double recall = hit.cardinality() / (double) truth;
			sum += recall;
			min = Math.min(min, recall);
			scored++;
			complete += recall == 1 ? 1 : 0;
		}
		return new Recall(scored == 0 ? Double.NaN : sum / scored, min, complete, scored);
	}

	public record Recall(double mean, double min, int complete, int scored) {

		@Override
		public String toString() {
			return "%.4f (min %.4f; %d of %d searches complete)".formatted(mean, min, complete, scored);
		}

	}

}
