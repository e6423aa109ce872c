package org.baoku.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search of the benchmark's mix, said three ways: as the search API's parameters, as the PostgreSQL condition
 * a developer without a search engine would write for it, and as the substring truth it is scored against.
 *
 * @param terms what must all occur, as printed
 * @param field where the terms must occur
 * @param page the result page (10 hits a page)
 */
public record BenchQuery(Kind kind, List<String> terms, Field field, Integer year, LocalDate from, LocalDate to,
		String reporter, int page) {

	public enum Kind {

		NAME, FRAGMENT, PHRASE, TWO_WORDS, HEADLINE_FIELD, REPORTER_FIELD, YEAR_FILTER, DATE_RANGE, REPORTER_FILTER, DEEP_PAGE;

		/** Searches narrowed by a facet value or a date range. */
		public boolean filtered() {
			return this == YEAR_FILTER || this == DATE_RANGE || this == REPORTER_FILTER;
		}

		/** The kind's group in the benchmark's per-kind figures. */
		public String group() {
			return switch (this) {
				case NAME -> "names";
				case FRAGMENT -> "fragments";
				case TWO_WORDS -> "two_words";
				case PHRASE -> "phrases";
				case HEADLINE_FIELD, REPORTER_FIELD -> "fielded";
				case YEAR_FILTER, DATE_RANGE, REPORTER_FILTER -> "filtered";
				case DEEP_PAGE -> "deep_pages";
			};
		}

	}

	public enum Field {
		ANYWHERE, HEADLINE, REPORTER
	}

	public static final int PAGE_SIZE = 10;

	/** The query string of the search box. */
	public String q() {
		return switch (field) {
			case HEADLINE -> "标题:" + terms.get(0);
			case REPORTER -> "记者:" + terms.get(0);
			case ANYWHERE -> kind == Kind.PHRASE ? "\"" + terms.get(0) + "\"" : String.join(" ", terms);
		};
	}

	public Map<String, String> apiParams() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("q", q());
		params.put("size", Integer.toString(PAGE_SIZE));
		params.put("page", Integer.toString(page));
		if (year != null) {
			params.put("year", year.toString());
		}
		if (from != null) {
			params.put("from", from.toString());
			params.put("to", to.toString());
		}
		if (reporter != null) {
			params.put("reporter", reporter);
		}
		return params;
	}

	/** The condition on {@code a} (article) and {@code i} (issue), with {@link #sqlParams()} in order. */
	public String sqlWhere() {
		List<String> and = new ArrayList<>();
		for (int t = 0; t < terms.size(); t++) {
			and.add(switch (field) {
				// The indexed text (the trigram index is on it) narrows; the headline alone then decides.
				case HEADLINE -> PostgresText.EXPRESSION + " ILIKE ? AND " + PostgresText.HEADLINE + " ILIKE ?";
				case REPORTER -> PostgresText.HAS_REPORTER;
				case ANYWHERE -> PostgresText.EXPRESSION + " ILIKE ?";
			});
		}
		if (year != null) {
			and.add("i.issue_date >= ? AND i.issue_date < ?");
		}
		if (from != null) {
			and.add("i.issue_date BETWEEN ? AND ?");
		}
		if (reporter != null) {
			and.add(PostgresText.HAS_REPORTER);
		}
		return String.join(" AND ", and);
	}

	public List<Object> sqlParams() {
		List<Object> params = new ArrayList<>();
		for (String term : terms) {
			switch (field) {
				case HEADLINE -> {
					params.add(like(term));
					params.add(like(term));
				}
				case REPORTER -> params.add(term);
				case ANYWHERE -> params.add(like(term));
			}
		}
		if (year != null) {
			params.add(java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
			params.add(java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 1)));
		}
		if (from != null) {
			params.add(java.sql.Date.valueOf(from));
			params.add(java.sql.Date.valueOf(to));
		}
		if (reporter != null) {
			params.add(reporter);
		}
		return params;
	}

	/** Whether a stored article is one this search must find: every term in the printed text (line breaks aside). */
	public boolean matches(TruthRow row) {
		for (String term : terms) {
			boolean found = switch (field) {
				case HEADLINE -> row.headlineText().contains(SubstringTruth.printed(term));
				case REPORTER -> row.reporters().contains(term);
				case ANYWHERE -> row.printed().contains(SubstringTruth.printed(term));
			};
			if (!found) {
				return false;
			}
		}
		if (year != null && row.date().getYear() != year) {
			return false;
		}
		if (from != null && (row.date().isBefore(from) || row.date().isAfter(to))) {
			return false;
		}
		return reporter == null || row.reporters().contains(reporter);
	}

	private static String like(String term) {
		return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	@Override
	public String toString() {
		return kind + " " + apiParams();
	}

	/**
	 * A stored article as the truth sees it: its printed texts and its headline's parts (each read as search reads
	 * it, apart), its reporters, its date.
	 */
	public record TruthRow(long id, LocalDate date, String printed, String headlineText, List<String> reporters) {
	}

}
