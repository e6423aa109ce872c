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
		boolean ranked = sort.needsScores();
		Counted counted = count(searcher, text, request, ranked ? null : sort);
		if (counted.total > 0 && request.offset() >= counted.total) {
			request = request.onPage((counted.total + request.size() - 1) / request.size());
			notices.add(SearchNotice.PAST_LAST_PAGE);
			if (!ranked) {
				counted = count(searcher, text, request, sort);
			}
		}
		SearchFacets facets = counted.facets(request.facetSize(), request.years());
		if (request.offset() >= counted.total) {
			return new SearchResult(request, counted.total, List.of(), facets, built.understood(), notices);
		}
		TopDocs found = ranked ? rank(searcher, text, request, sort) : counted.page;
		ScoreDoc[] page = Arrays.copyOfRange(found.scoreDocs, Math.min(request.offset(), found.scoreDocs.length),
				found.scoreDocs.length);
		return new SearchResult(request, counted.total, hits(searcher, built, page, found), facets, built.understood(),
				notices);
	}

	/**
	 * How many hits a search has, for each facet the counter that counted it, and, sorted by date, the hits up to its
	 * page (null when ranked by relevance).
	 */
	private record Counted(TopDocs page, int total, Map<ArticleFacets.Dim, FacetCounter> counters) {

		/** Year counts ignore the chosen years (to add another); the month histogram shows only the chosen years. */
		SearchFacets facets(int size, List<String> chosenYears) throws IOException {
			FacetCounter dates = counters.get(ArticleFacets.Dim.DATE);
			return new SearchFacets(counters.get(ArticleFacets.Dim.NEWSPAPER).top(ArticleFacets.Dim.NEWSPAPER, size),
					counters.get(ArticleFacets.Dim.REPORTER).top(ArticleFacets.Dim.REPORTER, size),
					counters.get(ArticleFacets.Dim.OFFICIAL).top(ArticleFacets.Dim.OFFICIAL, size), dates.years(),
					dates.months(chosenYears));
		}

	}

	/**
	 * One pass over every hit counts them and every facet not drilled into; each drilled-into facet is counted in the
	 * same pass (drill sideways) over the hits that miss only that facet, so choosing a value still shows the others.
	 * Sorted by date ({@code pageSort}), the same pass collects the page. Ranked by relevance it does not score: scoring
	 * every hit (and, drilled sideways, every near miss) is left to {@link #rank}, which needs far fewer.
	 */
	private static Counted count(FacetedSearcher searcher, Query text, SearchRequest request, Sort pageSort)
			throws IOException {
		DrillDownQuery query = ArticleFacets.drillDown(pageSort == null ? new ConstantScoreQuery(text) : text, request);
		List<ArticleFacets.Dim> drilled = ArticleFacets.drilled(request);
		Set<ArticleFacets.Dim> rest = FacetCounter.all();
		drilled.forEach(rest::remove);
		CollectorManager<?, ?> counter = FacetCounter.manager(searcher.ordinals(), rest);
		MultiCollectorManager collectors = pageSort == null ? new MultiCollectorManager(counter)
				: new MultiCollectorManager(counter, new TopFieldCollectorManager(pageSort, depth(searcher, request), null,
						Integer.MAX_VALUE, searcher.getSlices().length > 1));
		Map<ArticleFacets.Dim, FacetCounter> counters = new EnumMap<>(ArticleFacets.Dim.class);
		Object[] main;
		if (drilled.isEmpty()) {
			main = searcher.search(query, collectors);
		}
		else {
			List<CollectorManager<FacetCounter, FacetCounter>> sideways = new ArrayList<>();
			for (ArticleFacets.Dim dim : drilled) {
				sideways.add(FacetCounter.manager(searcher.ordinals(), EnumSet.of(dim)));
			}
			DrillSideways.Result<Object[], FacetCounter> result = new DrillSideways(searcher, ArticleFacets.NO_CONFIG,
					(TaxonomyReader) null)
				.search(query, collectors, sideways);
			main = result.drillDownResult();
			for (int i = 0; i < drilled.size(); i++) {
				counters.put(drilled.get(i), result.drillSidewaysResults().get(i));
			}
		}
		FacetCounter hits = (FacetCounter) main[0];
		rest.forEach(dim -> counters.put(dim, hits));
		return new Counted(pageSort == null ? null : (TopDocs) main[1], hits.hits(), counters);
	}

	/**
	 * The best-scoring hits up to the page: asked for no more than that, Lucene skips blocks of hits whose best
	 * possible score cannot reach the page (block-max scoring), so most hits of a broad search are never scored.
	 */
	private static TopDocs rank(FacetedSearcher searcher, Query text, SearchRequest request, Sort sort) throws IOException {
		int depth = depth(searcher, request);
		return searcher.search(ArticleFacets.drillDown(text, request),
				new TopFieldCollectorManager(sort, depth, null, depth, searcher.getSlices().length > 1));
	}

	/** How many hits a page needs collected: every one up to its last. */
	private static int depth(FacetedSearcher searcher, SearchRequest request) {
		return Math.max(1, Math.min(request.offset() + request.size(), searcher.getIndexReader().maxDoc()));
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
