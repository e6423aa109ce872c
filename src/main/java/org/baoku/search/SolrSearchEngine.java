package org.baoku.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.baoku.archive.ArticleView;
import org.baoku.web.UnavailableException;

/**
 * Search on SolrCloud ({@code baoku.search.engine=solr}): searches go to an alias, each (re)build fills a new
 * collection and swaps the alias. Same analysis, same parsed query, same results as the embedded index.
 */
@Component
@ConditionalOnProperty(name = "baoku.search.engine", havingValue = "solr")
class SolrSearchEngine implements SearchEngine {

	private static final Logger log = LoggerFactory.getLogger(SolrSearchEngine.class);

	private static final int EXPORT_BATCH = 1000;

	/** When a reader is told to try again after the cluster did not answer. */
	private static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(30);

	private static final String NEWSPAPER_TAG = "newspaper";

	private static final String REPORTER_TAG = "reporter";

	private static final String OFFICIAL_TAG = "official";

	private static final String YEAR_TAG = "year";

	private final CloudSolrClient client;

	private final SolrCollections collections;

	private final SolrSettings settings;

	private final AtomicReference<SolrIndexTarget> live = new AtomicReference<>();

	private final String rebuildReason;

	@Autowired
	SolrSearchEngine(SolrSettings settings) throws IOException {
		this(client(requireUrls(settings)), settings);
	}

	/** The app's client of the cluster at {@code urls}, also the tests' and the benchmark's. */
	static CloudSolrClient client(List<String> urls) {
		return new CloudHttp2SolrClient.Builder(urls).build();
	}

	SolrSearchEngine(CloudSolrClient client, SolrSettings settings) throws IOException {
		this.client = client;
		this.settings = settings;
		this.collections = new SolrCollections(client, settings);
		this.rebuildReason = openLive();
		log.info("SolrCloud search: alias {} on collection {}{}", collections.alias(), live.get().collection(),
				rebuildReason == null ? "" : "; to be rebuilt: " + rebuildReason);
	}

	private static List<String> requireUrls(SolrSettings settings) {
		if (settings.urls().isEmpty()) {
			throw new IllegalStateException(
					"baoku.search.engine=solr needs the Solr nodes' URLs: BAOKU_SEARCH_SOLR_URLS=http://host:8983/solr,...");
		}
		return settings.urls();
	}

	private String openLive() throws IOException {
		collections.ensureConfigSet();
		Optional<String> current = collections.live();
		if (current.isEmpty()) {
			String created = collections.create();
			collections.point(created);
			live.set(target(created));
			return "there was no collection";
		}
		live.set(target(current.get()));
		Optional<String> config = collections.configOf(current.get());
		return config.isPresent() && config.get().equals(collections.configName()) ? null
				: "the collection was made with configset " + config.orElse("?") + ", this version uses "
						+ collections.configName();
	}

	private SolrIndexTarget target(String collection) {
		return new SolrIndexTarget(client, collections, collection, settings.requiredReplicas());
	}

	@Override
	public String describe() {
		return "SolrCloud alias " + collections.alias() + " (collection " + live.get().collection() + ")";
	}

	@Override
	public Optional<String> rebuildReason() {
		return Optional.ofNullable(rebuildReason);
	}

	@Override
	public IndexTarget live() {
		return live.get();
	}

	@Override
	public IndexTarget newGeneration() throws IOException {
		return target(collections.create());
	}

	@Override
	public void swap(IndexTarget next) throws IOException {
		SolrIndexTarget target = (SolrIndexTarget) next;
		collections.point(target.collection());
		SolrIndexTarget old = live.getAndSet(target);
		try {
			collections.delete(old.collection());
		}
		catch (IOException ex) {
			log.warn("The old collection {} could not be deleted: {}", old.collection(), ex.toString());
		}
	}

	@Override
	public SearchResult search(SearchRequest asked) {
		List<SearchNotice> notices = new ArrayList<>();
		SearchRequest request = asked.answerable(notices);
		SolrQueries.Built built = SolrQueries.build(request.query());
		if (built.notice() != null) {
			notices.add(built.notice());
		}
		try {
			QueryResponse found = query(searchQuery(built, request));
			long total = found.getResults().getNumFound();
			if (total > 0 && request.offset() >= total) {
				request = request.onPage((int) ((total + request.size() - 1) / request.size()));
				notices.add(SearchNotice.PAST_LAST_PAGE);
				found = query(searchQuery(built, request));
			}
			SearchFacets facets = facets(found, request.years());
			return new SearchResult(request, total, hits(found), facets, built.understood(), notices);
		}
		catch (SolrException ex) {
			if (tooComplex(ex)) {
				notices.add(SearchNotice.TOO_COMPLEX);
				return new SearchResult(request, 0, List.of(), SearchFacets.NONE, built.understood(), notices);
			}
			throw ex;
		}
	}

	private static boolean tooComplex(SolrException ex) {
		String message = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
		return message.contains("too many") && message.contains("clauses");
	}

	private SolrQuery searchQuery(SolrQueries.Built built, SearchRequest request) {
		SolrQuery query = filtered(built, request);
		query.setStart(request.offset()).setRows(request.size()).setFields(SolrDocuments.ROW_FIELDS);
		query.setFacet(true).setFacetMinCount(1);
		query.addFacetField("{!ex=" + NEWSPAPER_TAG + "}" + IndexFields.NEWSPAPER,
				"{!ex=" + REPORTER_TAG + "}" + IndexFields.REPORTER, "{!ex=" + OFFICIAL_TAG + "}" + IndexFields.OFFICIAL,
				"{!ex=" + YEAR_TAG + "}" + SolrFields.YEAR, "{!ex=" + YEAR_TAG + "}" + SolrFields.MONTH);
		for (String field : List.of(IndexFields.NEWSPAPER, IndexFields.REPORTER, IndexFields.OFFICIAL)) {
			query.set("f." + field + ".facet.limit", request.facetSize());
		}
		query.set("f." + SolrFields.YEAR + ".facet.limit", -1);
		query.set("f." + SolrFields.MONTH + ".facet.limit", -1);
		// Escaped text with the query's words in <mark>: the whole headline, a sentence-bounded snippet of the body.
		query.setHighlight(true);
		query.set("hl.method", "unified");
		query.set("hl.fl", IndexFields.HEADLINE + "," + IndexFields.BODY);
		query.set("hl.q", built.marked() == null ? SolrQueries.NOTHING : built.marked());
		query.set("hl.requireFieldMatch", true);
		query.set("hl.encoder", "html");
		query.set("hl.tag.pre", "<mark>");
		query.set("hl.tag.post", "</mark>");
		query.set("hl.tag.ellipsis", "…");
		query.set("hl.snippets", 1);
		query.set("hl.defaultSummary", true);
		query.set("hl.bs.type", "SENTENCE");
		query.set("hl.bs.language", "zh");
		query.set("hl.bs.country", "CN");
		query.set("hl.fragsize", SnippetHighlighter.SNIPPET_LENGTH);
		query.set("f." + IndexFields.HEADLINE + ".hl.bs.type", "WHOLE");
		return query;
	}

	/** The query with its date range, exclusions and chosen facet values (tagged, so their facets drill sideways). */
	private static SolrQuery filtered(SolrQueries.Built built, SearchRequest request) {
		SolrQuery query = new SolrQuery(built.query());
		if (request.from() != null || request.to() != null) {
			query.addFilterQuery(IndexFields.DATE + ":[" + (request.from() == null ? "*" : request.from().toEpochDay()) + " TO "
					+ (request.to() == null ? "*" : request.to().toEpochDay()) + "]");
		}
		request.excludedReporters().forEach(r -> query.addFilterQuery("-" + IndexFields.REPORTER + ":" + SolrQueries.quoted(r)));
		request.excludedOfficials().forEach(o -> query.addFilterQuery("-" + IndexFields.OFFICIAL + ":" + SolrQueries.quoted(o)));
		tagged(query, NEWSPAPER_TAG, IndexFields.NEWSPAPER, request.newspapers());
		tagged(query, REPORTER_TAG, IndexFields.REPORTER, request.reporters());
		tagged(query, OFFICIAL_TAG, IndexFields.OFFICIAL, request.officials());
		tagged(query, YEAR_TAG, SolrFields.YEAR, request.years());
		for (String sort : sort(request, built)) {
			String[] parts = sort.split(" ");
			query.addSort(parts[0], SolrQuery.ORDER.valueOf(parts[1]));
		}
		return query;
	}

	private static void tagged(SolrQuery query, String tag, String field, List<String> values) {
		if (!values.isEmpty()) {
			query.addFilterQuery("{!tag=" + tag + "}" + SolrQueries.anyOf(field, values));
		}
	}

	/**
	 * As the embedded index sorts: relevance for a query unless the reader chose time; an empty query newest first. Ties
	 * end on the article's id: otherwise shards and replicas break them their own way, and two pages of one search could
	 * disagree.
	 */
	private static List<String> sort(SearchRequest request, SolrQueries.Built built) {
		List<String> newest = List.of(IndexFields.DATE + " desc", SolrFields.ARTICLE_ID + " asc");
		return switch (request.order()) {
			case NEWEST -> newest;
			case OLDEST -> List.of(IndexFields.DATE + " asc", SolrFields.ARTICLE_ID + " asc");
			case RELEVANCE -> built.listsAll() ? newest : List.of("score desc", IndexFields.DATE + " desc", SolrFields.ARTICLE_ID + " asc");
		};
	}

	private static SearchFacets facets(QueryResponse found, List<String> chosenYears) {
		List<SearchFacets.FacetCount> years = counts(found.getFacetField(SolrFields.YEAR));
		List<SearchFacets.FacetCount> months = new ArrayList<>(counts(found.getFacetField(SolrFields.MONTH)));
		if (!chosenYears.isEmpty()) {
			months.removeIf(m -> !chosenYears.contains(m.value().substring(0, m.value().indexOf('-'))));
		}
		years.sort(Comparator.comparing(SearchFacets.FacetCount::value));
		months.sort(Comparator.comparing(SearchFacets.FacetCount::value));
		return new SearchFacets(counts(found.getFacetField(IndexFields.NEWSPAPER)), counts(found.getFacetField(IndexFields.REPORTER)),
				counts(found.getFacetField(IndexFields.OFFICIAL)), years, months);
	}

	private static List<SearchFacets.FacetCount> counts(FacetField field) {
		List<SearchFacets.FacetCount> counts = new ArrayList<>();
		if (field != null && field.getValues() != null) {
			field.getValues().forEach(v -> counts.add(new SearchFacets.FacetCount(v.getName(), v.getCount())));
		}
		return counts;
	}

	private static List<SearchHit> hits(QueryResponse found) {
		Map<String, Map<String, List<String>>> marked = found.getHighlighting();
		List<SearchHit> hits = new ArrayList<>();
		for (SolrDocument doc : found.getResults()) {
			ExportRow row = SolrDocuments.row(doc);
			Map<String, List<String>> fields = marked == null ? Map.of()
					: marked.getOrDefault((String) doc.getFirstValue(SolrFields.ID), Map.of());
			String headline = first(fields, IndexFields.HEADLINE);
			String snippet = first(fields, IndexFields.BODY);
			hits.add(new SearchHit(row.id(), row.newspaper(), row.date(), row.page(), row.headline(),
					headline == null ? HtmlUtils.htmlEscape(row.headline() == null ? "" : row.headline()) : headline,
					row.reporters(), row.officials(), snippet == null ? "" : snippet, row.ocrConfidence()));
		}
		return hits;
	}

	private static String first(Map<String, List<String>> fields, String field) {
		List<String> values = fields.get(field);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	@Override
	public void forEachHit(SearchRequest request, Consumer<ExportRow> rows) {
		SolrQueries.Built built = SolrQueries.build(request.query());
		String cursor = CursorMarkParams.CURSOR_MARK_START;
		while (true) {
			SolrQuery query = filtered(built, request);
			// A cursor needs the unique key last in the sort: a consistent walk however deep.
			query.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
			query.setRows(EXPORT_BATCH).setFields(SolrDocuments.ROW_FIELDS);
			query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
			QueryResponse found = query(query);
			found.getResults().forEach(doc -> rows.accept(SolrDocuments.row(doc)));
			if (cursor.equals(found.getNextCursorMark())) {
				return;
			}
			cursor = found.getNextCursorMark();
		}
	}

	@Override
	public long countStoredAfter(SearchRequest request, long seenUpTo) {
		SolrQuery query = filtered(SolrQueries.build(request.query()), request);
		query.addFilterQuery(SolrFields.ARTICLE_ID + ":[" + Math.addExact(seenUpTo, 1) + " TO *]");
		query.setRows(0);
		query.clearSorts();
		try {
			return query(query).getResults().getNumFound();
		}
		catch (SolrException ex) {
			if (tooComplex(ex)) {
				return 0;
			}
			throw ex;
		}
	}

	@Override
	public long newestStored() {
		SolrQuery query = new SolrQuery(SolrQueries.EVERYTHING).setRows(1).setFields(SolrFields.ARTICLE_ID)
			.setSort(SolrFields.ARTICLE_ID, SolrQuery.ORDER.desc);
		List<SolrDocument> newest = query(query).getResults();
		return newest.isEmpty() ? 0 : ((Number) newest.get(0).getFirstValue(SolrFields.ARTICLE_ID)).longValue();
	}

	/**
	 * MoreLikeThis over the body's bigrams (Solr's cloud MLT parser reads the article's stored text), raised for
	 * sharing its officials and for reporting the same days' events, as {@link RelatedArticles} does.
	 */
	@Override
	public List<ExportRow> related(ArticleView article, int count) {
		String id = SolrDocuments.id(article.pageId(), article.id());
		StringBuilder shared = new StringBuilder("+(_query_:\"{!mlt qf=" + IndexFields.BODY
				+ " mintf=1 mindf=2 minwl=2 maxqt=30 v=$likeId}\"");
		for (String official : article.officialNames()) {
			shared.append(' ').append(IndexFields.OFFICIAL).append(':').append(SolrQueries.quoted(official)).append("^2");
		}
		long day = (article.eventDate() != null ? article.eventDate() : article.date()).toEpochDay();
		shared.append(") ").append(IndexFields.DATE).append(":[").append(day - 2).append(" TO ").append(day + 2).append("]^1.5");
		SolrQuery query = new SolrQuery(shared.toString()).setRows(count).setFields(SolrDocuments.ROW_FIELDS);
		query.set("likeId", id);
		query.addFilterQuery("-" + SolrFields.ID + ":" + SolrQueries.quoted(id));
		return query(query).getResults().stream().map(SolrDocuments::row).toList();
	}

	/**
	 * Runs a query on the live collection. A cluster that cannot answer (no node reachable, or a shard with no live
	 * copy) is a 503 with a reason for the reader, not a server error: what is stored is safe in PostgreSQL.
	 */
	private QueryResponse query(SolrQuery query) {
		try {
			return client.query(collections.alias(), query);
		}
		catch (SolrServerException | IOException ex) {
			throw unavailable(ex);
		}
		catch (SolrException ex) {
			if (ex.code() == SolrException.ErrorCode.SERVICE_UNAVAILABLE.code || ex.code() == 510) {
				throw unavailable(ex);
			}
			throw ex;
		}
	}

	/** Said to readers without the client's text (node addresses, stack details): that goes to the log. */
	private static UnavailableException unavailable(Exception ex) {
		log.warn("The search cluster does not answer: {}", ex.toString());
		return new UnavailableException("the search cluster (SolrCloud) does not answer; try again shortly",
				UNAVAILABLE_RETRY, ex);
	}

	@PreDestroy
	void close() throws IOException {
		client.close();
	}

}
