package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs searches on the article index: hits, facet counts drilled sideways, and highlighted snippets. */
@Component
@ConditionalOnProperty(name = "baoku.search.engine", havingValue = "embedded", matchIfMissing = true)
class ArticleSearcher {

	private static final Sort NEWEST_FIRST = new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG, true),
			new SortedNumericSortField(IndexFields.SEQUENCE, SortField.Type.LONG));

	private static final Sort OLDEST_FIRST = new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG),
			new SortedNumericSortField(IndexFields.SEQUENCE, SortField.Type.LONG));

	private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
			new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG, true));

	private static final int EXPORT_BATCH = 1000;

	private final ArticleIndex index;

	private final ArticleQueries queries = new ArticleQueries(ChineseAnalyzers.smart());

	ArticleSearcher(ArticleIndex index) {
		this.index = index;
	}

	SearchResult search(SearchRequest asked) {
		List<SearchNotice> notices = new ArrayList<>();
		SearchRequest request = asked.answerable(notices);
		ArticleQueries.Built built = queries.build(request.query());
		if (built.notice() != null) {
			notices.add(built.notice());
		}
		try {
			FacetedSearcher searcher = index.acquire();
			try {
				return run(searcher, built, request, notices);
			}
			catch (IndexSearcher.TooManyClauses ex) {
				notices.add(SearchNotice.TOO_COMPLEX);
				return new SearchResult(request, 0, List.of(), SearchFacets.NONE, built.understood(), notices);
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("search failed", ex);
		}
	}

	private SearchResult run(FacetedSearcher searcher, ArticleQueries.Built built, SearchRequest request,
			List<SearchNotice> notices) throws IOException {
		if (searcher.isEmpty()) {
			return new SearchResult(request, 0, List.of(), SearchFacets.NONE, built.understood(), notices);
		}
		Query text = filtered(built.query(), request);
		Sort sort = sort(request, built);
		Found found = find(searcher, text, request, sort);
		if (found.total > 0 && request.offset() >= found.total) {
			request = request.onPage((found.total + request.size() - 1) / request.size());
			notices.add(SearchNotice.PAST_LAST_PAGE);
			found = find(searcher, text, request, sort);
		}
		SearchFacets facets = found.facets(request.facetSize(), request.years());
		if (request.offset() >= found.total) {
			return new SearchResult(request, found.total, List.of(), facets, built.understood(), notices);
		}
		ScoreDoc[] page = Arrays.copyOfRange(found.hits.scoreDocs, Math.min(request.offset(), found.hits.scoreDocs.length),
				found.hits.scoreDocs.length);
		return new SearchResult(request, found.total, hits(searcher, built, page, found.hits), facets, built.understood(),
				notices);
	}

	/** A search's hits up to its page, how many there are, and, for each facet, the counter that counted it. */
	private record Found(TopDocs hits, int total, Map<ArticleFacets.Dim, FacetCounter> counted) {

		/** Year counts ignore the chosen years (to add another); the month histogram shows only the chosen years. */
		SearchFacets facets(int size, List<String> chosenYears) throws IOException {
			FacetCounter dates = counted.get(ArticleFacets.Dim.DATE);
			return new SearchFacets(counted.get(ArticleFacets.Dim.NEWSPAPER).top(ArticleFacets.Dim.NEWSPAPER, size),
					counted.get(ArticleFacets.Dim.REPORTER).top(ArticleFacets.Dim.REPORTER, size),
					counted.get(ArticleFacets.Dim.OFFICIAL).top(ArticleFacets.Dim.OFFICIAL, size), dates.years(),
					dates.months(chosenYears));
		}

	}

	/**
	 * One pass over every hit counts them and every facet not drilled into; each drilled-into facet is counted in the
	 * same pass (drill sideways) over the hits that miss only that facet, so choosing a value still shows the others.
	 * <p>
	 * Ranked by relevance, that pass does not score: a second pass finds the best-scoring page alone, skipping blocks
	 * of hits that cannot reach it (Lucene's block-max scoring), instead of scoring every hit (and, drilled sideways,
	 * every near miss too). Sorted by date, the one pass also collects the page.
	 */
	private static Found find(FacetedSearcher searcher, Query text, SearchRequest request, Sort sort) throws IOException {
		int topN = Math.max(1, Math.min(request.offset() + request.size(), searcher.getIndexReader().maxDoc()));
		boolean ranked = sort.needsScores();
		boolean concurrent = searcher.getSlices().length > 1;
		DrillDownQuery counted = ArticleFacets.drillDown(ranked ? new ConstantScoreQuery(text) : text, request);
		TopFieldCollectorManager page = new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, concurrent);
		List<ArticleFacets.Dim> drilled = ArticleFacets.drilled(request);
		Set<ArticleFacets.Dim> rest = FacetCounter.all();
		drilled.forEach(rest::remove);
		CollectorManager<?, ?> counter = FacetCounter.manager(searcher.ordinals(), rest);
		CollectorManager<?, ?>[] collectors = ranked ? new CollectorManager<?, ?>[] { counter }
				: new CollectorManager<?, ?>[] { counter, page };
		Map<ArticleFacets.Dim, FacetCounter> counts = new EnumMap<>(ArticleFacets.Dim.class);
		Object[] main;
		if (drilled.isEmpty()) {
			main = searcher.search(counted, new MultiCollectorManager(collectors));
		}
		else {
			List<CollectorManager<FacetCounter, FacetCounter>> sideways = new ArrayList<>();
			for (ArticleFacets.Dim dim : drilled) {
				sideways.add(FacetCounter.manager(searcher.ordinals(), EnumSet.of(dim)));
			}
			DrillSideways.Result<Object[], FacetCounter> result = new DrillSideways(searcher, ArticleFacets.NO_CONFIG,
					(TaxonomyReader) null)
				.search(counted, new MultiCollectorManager(collectors), sideways);
			main = result.drillDownResult();
			for (int i = 0; i < drilled.size(); i++) {
				counts.put(drilled.get(i), result.drillSidewaysResults().get(i));
			}
		}
		FacetCounter hitCounter = (FacetCounter) main[0];
		rest.forEach(dim -> counts.put(dim, hitCounter));
		TopDocs hits = ranked ? searcher.search(ArticleFacets.drillDown(text, request),
				new TopFieldCollectorManager(sort, topN, null, topN, concurrent)) : (TopDocs) main[1];
		return new Found(hits, hitCounter.hits(), counts);
	}

	/** Relevance for a query unless the reader chose time; an empty query lists newest first. */
	private static Sort sort(SearchRequest request, ArticleQueries.Built built) {
		return switch (request.order()) {
			case NEWEST -> NEWEST_FIRST;
			case OLDEST -> OLDEST_FIRST;
			case RELEVANCE -> built.listsAll() ? NEWEST_FIRST : RELEVANCE;
		};
	}

	/**
	 * Every hit of a search, in result order, a batch at a time: for exports and for checking recall against a scan
	 * of the texts. The searcher is held for the whole walk, so the hits are one consistent snapshot.
	 */
	void forEachHit(SearchRequest request, Consumer<ExportRow> consumer) {
		ArticleQueries.Built built = queries.build(request.query());
		try {
			FacetedSearcher searcher = index.acquire();
			try {
				if (searcher.isEmpty()) {
					return;
				}
				Query query = ArticleFacets.drillDown(filtered(built.query(), request), request);
				Sort sort = sort(request, built);
				StoredFields stored = searcher.storedFields();
				ScoreDoc after = null;
				while (true) {
					TopDocs batch = after == null ? searcher.search(query, EXPORT_BATCH, sort, true)
							: searcher.searchAfter(after, query, EXPORT_BATCH, sort, true);
					for (ScoreDoc hit : batch.scoreDocs) {
						Document doc = stored.document(hit.doc);
						consumer.accept(ExportRow.of(doc));
					}
					if (batch.scoreDocs.length < EXPORT_BATCH) {
						return;
					}
					after = batch.scoreDocs[batch.scoreDocs.length - 1];
				}
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("export failed", ex);
		}
	}

	/**
	 * How many hits of a search were stored after the article {@code seenUpTo} (articles are numbered as they are
	 * stored): what is new in a saved search since its last visit.
	 */
	long countStoredAfter(SearchRequest request, long seenUpTo) {
		ArticleQueries.Built built = queries.build(request.query());
		Query newer = new BooleanQuery.Builder()
			.add(ArticleFacets.drillDown(filtered(built.query(), request), request), BooleanClause.Occur.MUST)
			.add(LongField.newRangeQuery(IndexFields.SEQUENCE, Math.addExact(seenUpTo, 1), Long.MAX_VALUE),
					BooleanClause.Occur.FILTER)
			.build();
		try {
			FacetedSearcher searcher = index.acquire();
			try {
				return searcher.isEmpty() ? 0 : searcher.count(newer);
			}
			catch (IndexSearcher.TooManyClauses ex) {
				return 0;
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("counting new hits failed", ex);
		}
	}

	/** The number of the newest article the index holds; 0 when it holds none. */
	long newestStored() {
		try {
			FacetedSearcher searcher = index.acquire();
			try {
				byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), IndexFields.SEQUENCE);
				return max == null ? 0 : LongPoint.decodeDimension(max, 0);
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading the index failed", ex);
		}
	}

	/** The date range and the excluded values narrow the text query for every facet alike. */
	private static Query filtered(Query text, SearchRequest request) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
		if (request.from() != null || request.to() != null) {
			long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
			long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
			query.add(LongField.newRangeQuery(IndexFields.DATE, from, to), BooleanClause.Occur.FILTER);
		}
		for (String reporter : request.excludedReporters()) {
			query.add(new TermQuery(new Term(IndexFields.REPORTER, reporter)), BooleanClause.Occur.MUST_NOT);
		}
		for (String official : request.excludedOfficials()) {
			query.add(new TermQuery(new Term(IndexFields.OFFICIAL, official)), BooleanClause.Occur.MUST_NOT);
		}
		return query.build();
	}

	private static List<SearchHit> hits(FacetedSearcher searcher, ArticleQueries.Built built, ScoreDoc[] page, TopDocs all)
			throws IOException {
		// Each hit's stored fields are read once, for the hit and for marking its headline and body.
		StoredFields stored = searcher.storedFields();
		Map<Integer, Document> documents = new HashMap<>();
		for (ScoreDoc hit : page) {
			documents.put(hit.doc, stored.document(hit.doc));
		}
		Map<String, String[]> markedFields = searcher.highlighter()
			.mark(built.markedHeadline(), built.markedBody(), new TopDocs(all.totalHits, page), documents);
		String[] headlines = markedFields.get(IndexFields.HEADLINE);
		String[] snippets = markedFields.get(IndexFields.BODY);
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			ExportRow row = ExportRow.of(documents.get(page[i].doc));
			hits.add(new SearchHit(row.id(), row.newspaper(), row.date(), row.page(), row.headline(), headlines[i],
					row.reporters(), row.officials(), snippets[i], row.ocrConfidence()));
		}
		return hits;
	}

}
