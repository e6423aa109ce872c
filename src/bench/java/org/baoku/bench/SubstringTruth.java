package org.baoku.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.baoku.analysis.SearchText;

/**
 * Which stored articles each search must find, by reading every article once and looking for the terms in its
 * printed text (headline, dateline, byline and body, each apart, line breaks aside): what Ctrl-F on the page would
 * find. Each text and term is read as search reads it ({@link SearchText#normalize}: a space between two ideographs
 * is letter-spacing, Traditional characters and full-width digits are their plain forms), so the truth holds search
 * to its promise, not to a byte comparison.
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
					BenchQuery.TruthRow row = row(rows);
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

	/** An article's row as the truth reads it; fields and names apart, so no match runs across two of them. */
	private static BenchQuery.TruthRow row(ResultSet rows) throws SQLException {
		String headline = printed(rows.getString(3)) + "|" + printed(rows.getString(4)) + "|" + printed(rows.getString(5));
		String names = rows.getString(9);
		StringBuilder printed = new StringBuilder(headline);
		for (int field = 6; field <= 8; field++) {
			printed.append('|').append(printed(rows.getString(field)));
		}
		for (String name : names.split("\n")) {
			printed.append('|').append(printed(name));
		}
		return new BenchQuery.TruthRow(rows.getLong(1), rows.getDate(2).toLocalDate(), printed.toString(), headline,
				names.isEmpty() ? List.of() : new ArrayList<>(List.of(names.split("\n"))));
	}

	/** One printed text as search reads it, line breaks taken out (a word hard-wrapped at a column's edge is one). */
	static String printed(String text) {
		return SearchText.normalize(text.replace("\n", ""));
	}

	/**
	 * Up to {@code max} of a search's hits that the truth does not hold, each with where its text has the first term
	 * (or that it is not stored at all), so an extra hit says where it came from.
	 */
	public List<String> explainExtra(Connection db, int query, BenchQuery search, BitSet found, int max)
			throws SQLException {
		BitSet extra = (BitSet) found.clone();
		extra.andNot(matches[query]);
		List<String> explained = new ArrayList<>();
		String probe = search.terms().get(0);
		for (int id = extra.nextSetBit(0); id >= 0 && explained.size() < max; id = extra.nextSetBit(id + 1)) {
			try (PreparedStatement statement = db.prepareStatement(ROWS + " WHERE a.id = ?")) {
				statement.setLong(1, id);
				try (ResultSet rows = statement.executeQuery()) {
					explained.add(rows.next() ? "article " + id + ": " + around(rows, probe)
							: "article " + id + ": not in the database");
				}
			}
		}
		return explained;
	}

	/** Each field of the row around the probe's first character, raw, so a near-miss is visible. */
	private static String around(ResultSet rows, String probe) throws SQLException {
		StringBuilder s = new StringBuilder();
		String[] names = { "kicker", "headline", "subtitle", "dateline", "byline", "body", "reporters" };
		for (int field = 3; field <= 9; field++) {
			String text = rows.getString(field);
			int at = SearchText.normalize(text).indexOf(SearchText.normalize(probe.substring(0, 1)));
			if (at >= 0) {
				int from = Math.max(0, at - 12);
				s.append(names[field - 3]).append("=[").append(text, from, Math.min(text.length(), from + 30)).append("] ");
			}
		}
		return s.toString().replace("\n", "\\n");
	}

	/** Precision of found sets against the truth (the share of hits that hold the words), over searches with hits. */
	public Recall precision(List<BitSet> found) {
		return share(found, false);
	}

	public long articles() {
		return articles;
	}

	public BitSet of(int query) {
		return matches[query];
	}

	/** Recall of found sets against the truth, over the searches that have something to find. */
	public Recall recall(List<BitSet> found) {
		return share(found, true);
	}

	/** What share of the truth each search found (recall), or of its hits the truth holds (precision). */
	private Recall share(List<BitSet> found, boolean ofTruth) {
		double sum = 0;
		double min = 1;
		int scored = 0;
		int complete = 0;
		for (int q = 0; q < matches.length; q++) {
			BitSet whole = ofTruth ? matches[q] : found.get(q);
			if (whole.isEmpty()) {
				continue;
			}
			BitSet both = (BitSet) matches[q].clone();
			both.and(found.get(q));
			double share = both.cardinality() / (double) whole.cardinality();
			sum += share;
			min = Math.min(min, share);
			scored++;
			complete += share == 1 ? 1 : 0;
		}
		return new Recall(scored == 0 ? Double.NaN : sum / scored, min, complete, scored);
	}

	/** A share (recall or precision) over a mix: its mean, its least, and how many searches were whole. */
	public record Recall(double mean, double min, int complete, int scored) {

		@Override
		public String toString() {
			return "%.4f (min %.4f; %d of %d searches complete)".formatted(mean, min, complete, scored);
		}

	}

}
