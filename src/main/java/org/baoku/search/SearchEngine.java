package org.baoku.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.baoku.archive.ArticleView;

/**
 * The search port: what the app asks of a search engine. Two adapters: the embedded Lucene index (the default,
 * {@link EmbeddedSearchEngine}) and SolrCloud ({@link SolrSearchEngine}, {@code BAOKU_SEARCH_ENGINE=solr}). Both
 * index with the same analysis ({@code org.baoku.analysis}), render the same parsed query ({@link QueryLanguage}) and
 * pass the same contract tests.
 */
interface SearchEngine {

	/** Where the index is, for the log and the admin page. */
	String describe();

	/** Why the index must be rebuilt from PostgreSQL before it can be trusted; empty when it can be. */
	Optional<String> rebuildReason();

	/** The index searches now read. */
	IndexTarget live();

	/** An empty index beside the live one, for a rebuild. */
	IndexTarget newGeneration() throws IOException;

	/** Makes a rebuild's index, whole and committed, the live one at once; the old one is dropped. */
	void swap(IndexTarget next) throws IOException;

	/** A page of hits with exact totals, facet counts drilled sideways and escaped, marked snippets. */
	SearchResult search(SearchRequest request);

	/** Every hit of a search in result order, streamed from one consistent view. */
	void forEachHit(SearchRequest request, Consumer<ExportRow> rows);

	/** How many hits of a search were stored after the article {@code seenUpTo}. */
	long countStoredAfter(SearchRequest request, long seenUpTo);

	/** The number of the newest article the index holds; 0 when none. */
	long newestStored();

	/** Articles like this one: shared wording and officials, the same days' events first. */
	List<ExportRow> related(ArticleView article, int count);

}
