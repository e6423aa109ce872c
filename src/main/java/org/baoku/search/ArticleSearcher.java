package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import org.springframework.stereotype.Component;

/** Runs searches on the article index and highlights what matched. */
@Component
class ArticleSearcher {

	/** Snippets of about this many characters, broken at Chinese sentence ends. */
	private static final int SNIPPET_LENGTH = 120;

	private static final Sort NEWEST_FIRST = new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG, true),
			new SortedNumericSortField(IndexFields.SEQUENCE, SortField.Type.LONG));

	private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
			new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG, true));

	private final ArticleIndex index;

	private final ArticleQueries queries = new ArticleQueries(ChineseAnalyzers.smart());

	ArticleSearcher(ArticleIndex index) {
		this.index = index;
	}

	SearchResult search(SearchRequest request) {
		Query query = queries.parse(request.query());
		try {
			IndexSearcher searcher = index.acquire();
			try {
				return run(searcher, query, request);
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("search failed", ex);
		}
	}

	private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
		boolean listAll = query instanceof MatchAllDocsQuery;
		int total = searcher.count(query);
		int wanted = request.offset() + request.size();
		if (request.offset() >= total) {
			return new SearchResult(request, total, List.of());
		}
		TopDocs top = searcher.search(query, wanted, listAll ? NEWEST_FIRST : RELEVANCE, !listAll);
		ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
				top.scoreDocs.length);
		TopDocs pageDocs = new TopDocs(top.totalHits, page);
		String[] headlines = highlighter(searcher, new WholeBreakIterator())
			.highlight(IndexFields.HEADLINE, query, pageDocs, 1);
		String[] snippets = highlighter(searcher,
				LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA),
						SNIPPET_LENGTH, 0.5f))
			.highlight(IndexFields.BODY, query, pageDocs, 1);
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = stored.document(page[i].doc);
			hits.add(new SearchHit(Long.parseLong(doc.get(IndexFields.ID)), doc.get(IndexFields.DATE_TEXT),
					doc.get(IndexFields.HEADLINE_MAIN), headlines[i], List.of(doc.getValues(IndexFields.REPORTER)),
					List.of(doc.getValues(IndexFields.OFFICIAL)), snippets[i]));
		}
		return new SearchResult(request, total, hits);
	}

	/** Escapes all text and marks matches; with nothing to mark it shows the field's opening passage. */
	private static UnifiedHighlighter highlighter(IndexSearcher searcher, BreakIterator breaks) {
		return UnifiedHighlighter.builder(searcher, ChineseAnalyzers.forIndex())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
			.withBreakIterator(() -> breaks)
			.withMaxNoHighlightPassages(1)
			.build();
	}

}
