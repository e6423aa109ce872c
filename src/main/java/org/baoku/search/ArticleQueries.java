package org.baoku.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a journalist typed into a Lucene query. Each space-separated word must occur, as typed, in the
 * headline or the body: it is a phrase of bigrams, so a name is found wherever it is printed. A headline match
 * and a word-level (smartcn) match only raise the score.
 */
final class ArticleQueries {

	private static final float HEADLINE_BOOST = 3f;

	private static final float WORDS_BOOST = 0.5f;

	private final QueryBuilder bigrams = new QueryBuilder(ChineseAnalyzers.bigramQuery());

	private final QueryBuilder words;

	ArticleQueries(Analyzer smart) {
		this.words = new QueryBuilder(smart);
	}

	Query parse(String text) {
		List<String> terms = terms(text);
		if (terms.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms) {
			Query required = required(term);
			if (required == null) {
				continue;
			}
			query.add(required, BooleanClause.Occur.MUST);
			Query headlineWords = words.createPhraseQuery(IndexFields.HEADLINE_WORDS, term);
			if (headlineWords != null) {
				query.add(new BoostQuery(headlineWords, WORDS_BOOST * 2), BooleanClause.Occur.SHOULD);
			}
			Query bodyWords = words.createBooleanQuery(IndexFields.BODY_WORDS, term);
			if (bodyWords != null) {
				query.add(new BoostQuery(bodyWords, WORDS_BOOST), BooleanClause.Occur.SHOULD);
			}
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
	}

	/** The word as a phrase in the headline or in the body; null when it has no searchable characters. */
	private Query required(String term) {
		Query inHeadline = bigrams.createPhraseQuery(IndexFields.HEADLINE, term);
		Query inBody = bigrams.createPhraseQuery(IndexFields.BODY, term);
		if (inHeadline == null || inBody == null) {
			return null;
		}
		return new BooleanQuery.Builder().add(new BoostQuery(inHeadline, HEADLINE_BOOST), BooleanClause.Occur.SHOULD)
			.add(inBody, BooleanClause.Occur.SHOULD)
			.build();
	}

	static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		for (String t : text.replace('\u3000', ' ').split("\\s+")) {
			String cleaned = t.replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "");
			if (!cleaned.isBlank()) {
				terms.add(cleaned);
			}
		}
		return terms;
	}

}
