package org.baoku.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import org.baoku.search.QueryLanguage.Field;

/**
 * Turns a parsed query into Lucene. A word must occur, as typed, somewhere the article prints: it is a phrase of
 * character bigrams, so it matches exactly where the text contains it. A headline match weighs more, and a
 * headline that holds the query as a word (smartcn) more still: "中国" in a title about 中国 rather than inside
 * "发展中国家".
 */
final class ArticleQueries {

	private static final float HEADLINE_BOOST = 3f;

	private static final float WORDS_BOOST = 1f;

	private final QueryBuilder chars = new QueryBuilder(ChineseAnalyzers.bigramQuery());

	private final QueryBuilder words;

	/**
	 * What a query came to: the Lucene query, what the highlighter marks in the headline and in the body (the
	 * positive words as phrases in that field alone: the highlighter looks up every term of what it is given again for
	 * every hit, so the whole query would cost every field's terms), and the query as understood.
	 */
	record Built(Query query, Query markedHeadline, Query markedBody, String understood, SearchNotice notice) {

		boolean listsAll() {
			return query instanceof MatchAllDocsQuery;
		}

	}

	ArticleQueries(Analyzer smart) {
		this.words = new QueryBuilder(smart);
	}

	Built build(String text) {
		QueryLanguage.Parsed parsed = QueryLanguage.parse(text);
		if (parsed.node() == null) {
			return new Built(new MatchAllDocsQuery(), new MatchNoDocsQuery(), new MatchNoDocsQuery(), "", null);
		}
		Query required = toLucene(parsed.node());
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(required, BooleanClause.Occur.MUST);
		if (onlyExclusions(parsed.node())) {
			query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
		}
		for (String word : positiveWords(parsed.node(), new ArrayList<>())) {
			Query headlineWords = words.createPhraseQuery(IndexFields.HEADLINE_WORDS, word);
			if (headlineWords != null) {
				query.add(new BoostQuery(headlineWords, WORDS_BOOST), BooleanClause.Occur.SHOULD);
			}
		}
		return new Built(query.build(), marked(parsed.node(), IndexFields.HEADLINE, Field.HEADLINE),
				marked(parsed.node(), IndexFields.BODY, Field.BODY), parsed.node().render(), parsed.notice());
	}

	/** The phrases a hit's {@code field} is marked with: every positive word asked for anywhere or in that field. */
	private Query marked(QueryLanguage.Node node, String field, Field asked) {
		BooleanQuery.Builder marked = new BooleanQuery.Builder();
		for (QueryLanguage.Word w : positive(node, new ArrayList<>())) {
			Query phrase = w.field() == Field.ANY || w.field() == asked ? chars.createPhraseQuery(field, w.text()) : null;
			if (phrase != null) {
				marked.add(phrase, BooleanClause.Occur.SHOULD);
			}
		}
		return marked.build();
	}

	private Query toLucene(QueryLanguage.Node node) {
		if (node instanceof QueryLanguage.Word w) {
			return word(w);
		}
		if (node instanceof QueryLanguage.Not n) {
			return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
				.add(toLucene(n.part()), BooleanClause.Occur.MUST_NOT)
				.build();
		}
		if (node instanceof QueryLanguage.Or o) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			o.parts().forEach(p -> any.add(toLucene(p), BooleanClause.Occur.SHOULD));
			return any.build();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean positive = false;
		for (QueryLanguage.Node part : ((QueryLanguage.And) node).parts()) {
			if (part instanceof QueryLanguage.Not n) {
				all.add(toLucene(n.part()), BooleanClause.Occur.MUST_NOT);
			}
			else {
				all.add(toLucene(part), BooleanClause.Occur.MUST);
				positive = true;
			}
		}
		if (!positive) {
			all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
		}
		return all.build();
	}

	/** One word or phrase in its field; a word with nothing searchable in it matches nothing. */
	private Query word(QueryLanguage.Word w) {
		Query query = switch (w.field()) {
			case ANY -> anywhere(w.text());
			case HEADLINE -> chars.createPhraseQuery(IndexFields.HEADLINE, w.text());
			case BODY -> chars.createPhraseQuery(IndexFields.BODY, w.text());
			case DATELINE -> chars.createPhraseQuery(IndexFields.DATELINE, w.text());
			case REPORTER -> new TermQuery(new Term(IndexFields.REPORTER, w.text()));
			case OFFICIAL -> new TermQuery(new Term(IndexFields.OFFICIAL, w.text()));
		};
		return query == null ? new MatchNoDocsQuery() : query;
	}

	/**
	 * Plain words: printed anywhere in the article, in the headline, the body, the dateline or the byline (any part of
	 * a name), or the name of a reporter or an official.
	 */
	private Query anywhere(String text) {
		Query inHeadline = chars.createPhraseQuery(IndexFields.HEADLINE, text);
		Query inBody = chars.createPhraseQuery(IndexFields.BODY, text);
		if (inHeadline == null || inBody == null) {
			return null;
		}
		return new BooleanQuery.Builder().add(new BoostQuery(inHeadline, HEADLINE_BOOST), BooleanClause.Occur.SHOULD)
			.add(inBody, BooleanClause.Occur.SHOULD)
			.add(chars.createPhraseQuery(IndexFields.DATELINE, text), BooleanClause.Occur.SHOULD)
			.add(chars.createPhraseQuery(IndexFields.BYLINE, text), BooleanClause.Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term(IndexFields.REPORTER, text)), HEADLINE_BOOST), BooleanClause.Occur.SHOULD)
			.add(new TermQuery(new Term(IndexFields.OFFICIAL, text)), BooleanClause.Occur.SHOULD)
			.build();
	}

	/** The words a match of this query contains, for marking them on an article page and in bylines. */
	static List<String> wordsOf(String text) {
		QueryLanguage.Parsed parsed = QueryLanguage.parse(text == null ? "" : text);
		return parsed.node() == null ? List.of() : List.copyOf(positiveWords(parsed.node(), new ArrayList<>()));
	}

	static boolean onlyExclusions(QueryLanguage.Node node) {
		return node instanceof QueryLanguage.Not
				|| (node instanceof QueryLanguage.And a && a.parts().stream().allMatch(p -> p instanceof QueryLanguage.Not));
	}

	/** The words a match should contain, for word-level ranking (excluded words do not count). */
	static List<String> positiveWords(QueryLanguage.Node node, List<String> into) {
		positive(node, new ArrayList<>()).forEach(w -> into.add(w.text()));
		return into;
	}

	/** The query's words asked for in the headline or the body (anywhere, 标题:, 正文:), not excluded ones. */
	static List<QueryLanguage.Word> positive(QueryLanguage.Node node, List<QueryLanguage.Word> into) {
		if (node instanceof QueryLanguage.Word w
				&& (w.field() == Field.ANY || w.field() == Field.HEADLINE || w.field() == Field.BODY)) {
			into.add(w);
		}
		else if (node instanceof QueryLanguage.And a) {
			a.parts().forEach(p -> positive(p, into));
		}
		else if (node instanceof QueryLanguage.Or o) {
			o.parts().forEach(p -> positive(p, into));
		}
		return into;
	}

}
