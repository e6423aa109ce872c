package org.baoku.bench;

/**
 * The SQL a developer would search Baoku's tables with, without a search engine: {@code ILIKE} on the headline
 * and body (line breaks taken out, as the truth does), and the same expression under a pg_trgm GIN index, the best
 * PostgreSQL has for substring search. Bylines and datelines are not in it, as they are not in a typical
 * {@code headline || body} search; names there are what PostgreSQL's recall loses.
 */
public final class PostgresText {

	/** Kicker, headline, subtitle and body in one text; the trigram index is on exactly this expression. */
	static final String EXPRESSION = "replace(coalesce(a.kicker, '') || '|' || a.headline || '|' || coalesce(a.subtitle, '')"
			+ " || '|' || a.body, E'\\n', '')";

	/** An article with its page's issue ({@code i.issue_date}). */
	public static final String FROM = "article a JOIN page p ON p.id = a.page_id JOIN issue i ON i.id = p.issue_id";

	static final String HEADLINE = "(coalesce(a.kicker, '') || '|' || a.headline || '|' || coalesce(a.subtitle, ''))";

	static final String HAS_REPORTER = "EXISTS (SELECT 1 FROM article_reporter ar JOIN reporter r ON r.id = ar.reporter_id"
			+ " WHERE ar.article_id = a.id AND r.name = ?)";

	static final String CREATE_TRIGRAM_INDEX = "CREATE INDEX bench_article_trgm ON article USING gin (("
			+ EXPRESSION.replace("a.", "") + ") gin_trgm_ops)";

	private PostgresText() {
	}

}
