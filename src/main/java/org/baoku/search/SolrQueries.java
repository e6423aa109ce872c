package org.baoku.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.baoku.analysis.SearchText;
import org.baoku.search.QueryLanguage.Field;

/**
 * Renders a parsed query ({@link QueryLanguage}) in Solr's standard query syntax, as {@link ArticleQueries} renders it
 * for Lucene: every word a quoted phrase, which the schema's query analyzer turns into the same bigram phrase, with
 * the same fields and boosts, so both engines find the same articles.
 */
final class SolrQueries {

	/** Matches no article: a word with nothing searchable in it. */
	static final String NOTHING = "(*:* -*:*)";

	static final String EVERYTHING = "*:*";

	/**
	 * The query, what the highlighter marks (every positive word in the headline and the body, or null), the query as
	 * understood and why it was read otherwise than typed.
	 */
	record Built(String query, String marked, String understood, SearchNotice notice) {

		boolean listsAll() {
			return EVERYTHING.equals(query);
		}

	}

	private SolrQueries() {
	}

	static Built build(String text) {
		QueryLanguage.Parsed parsed = QueryLanguage.parse(text);
		if (parsed.node() == null) {
			return new Built(EVERYTHING, null, "", null);
		}
		StringBuilder query = new StringBuilder("+").append(render(parsed.node()));
		if (ArticleQueries.onlyExclusions(parsed.node())) {
			query.append(" +*:*");
		}
		for (String word : ArticleQueries.positiveWords(parsed.node(), new ArrayList<>())) {
			if (searchable(word)) {
				query.append(' ').append(IndexFields.HEADLINE_WORDS).append(':').append(quoted(word));
			}
		}
		List<String> marks = new ArrayList<>();
		for (QueryLanguage.Word w : ArticleQueries.positive(parsed.node(), new ArrayList<>())) {
			if (!searchable(w.text())) {
				continue;
			}
			if (w.field() == Field.ANY || w.field() == Field.HEADLINE) {
				marks.add(IndexFields.HEADLINE + ":" + quoted(w.text()));
			}
			if (w.field() == Field.ANY || w.field() == Field.BODY) {
				marks.add(IndexFields.BODY + ":" + quoted(w.text()));
			}
		}
		return new Built(query.toString(), marks.isEmpty() ? null : String.join(" OR ", marks), parsed.node().render(),
				parsed.notice());
	}

	static String render(QueryLanguage.Node node) {
		if (node instanceof QueryLanguage.Word w) {
			return word(w);
		}
		if (node instanceof QueryLanguage.Not n) {
			return "(*:* -" + render(n.part()) + ")";
		}
		if (node instanceof QueryLanguage.Or o) {
			return o.parts().stream().map(SolrQueries::render).collect(Collectors.joining(" ", "(", ")"));
		}
		StringBuilder all = new StringBuilder("(");
		boolean positive = false;
		for (QueryLanguage.Node part : ((QueryLanguage.And) node).parts()) {
			if (part instanceof QueryLanguage.Not n) {
				all.append(" -").append(render(n.part()));
			}
			else {
				all.append(" +").append(render(part));
				positive = true;
			}
		}
		if (!positive) {
			all.append(" +*:*");
		}
		return all.append(')').toString();
	}

	private static String word(QueryLanguage.Word w) {
		String phrase = quoted(w.text());
		return switch (w.field()) {
			case ANY -> searchable(w.text()) ? "(" + IndexFields.HEADLINE + ":" + phrase + "^3 " + IndexFields.BODY + ":" + phrase
					+ " " + IndexFields.DATELINE + ":" + phrase + " " + IndexFields.BYLINE + ":" + phrase + " "
					+ IndexFields.REPORTER + ":" + phrase + "^3 " + IndexFields.OFFICIAL + ":" + phrase + ")" : NOTHING;
			case HEADLINE -> searchable(w.text()) ? IndexFields.HEADLINE + ":" + phrase : NOTHING;
			case BODY -> searchable(w.text()) ? IndexFields.BODY + ":" + phrase : NOTHING;
			case DATELINE -> searchable(w.text()) ? IndexFields.DATELINE + ":" + phrase : NOTHING;
			case REPORTER -> IndexFields.REPORTER + ":" + phrase;
			case OFFICIAL -> IndexFields.OFFICIAL + ":" + phrase;
		};
	}

	/** Whether the character analysis makes anything of the text (a letter, digit or ideograph). */
	static boolean searchable(String text) {
		return text.codePoints().map(SearchText::fold).anyMatch(SearchText::isWordChar);
	}

	/** A quoted phrase or term of Solr's syntax: only the quote and the backslash need escaping inside. */
	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** Values of a string field, ORed: a facet's chosen values. */
	static String anyOf(String field, List<String> values) {
		return field + ":(" + values.stream().map(SolrQueries::quoted).collect(Collectors.joining(" OR ")) + ")";
	}

}
