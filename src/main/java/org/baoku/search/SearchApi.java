package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.archive.ArchiveApi;
import org.baoku.archive.ArticleView;
import org.springframework.stereotype.Component;

/** What other features may ask of search: run a query, index a stored page, rebuild from PostgreSQL. */
@Component
public class SearchApi {

	private static final Logger log = LoggerFactory.getLogger(SearchApi.class);

	private static final int REBUILD_BATCH = 500;

	private final ArticleIndex index;

	private final ArticleSearcher searcher;

	private final ArchiveApi archive;

	private final RelatedArticles related;

	SearchApi(ArticleIndex index, ArticleSearcher searcher, ArchiveApi archive, RelatedArticles related) {
		this.index = index;
		this.searcher = searcher;
		this.archive = archive;
		this.related = related;
	}

	/** Articles like this one, those naming the same officials or reporting the same days' events first. */
	public List<ExportRow> related(ArticleView article, int count) {
		return related.like(article, count);
	}

	public SearchResult search(SearchRequest request) {
		return searcher.search(request);
	}

	/** Every hit of a search in result order, not just a page of them. */
	public void forEachHit(SearchRequest request, Consumer<ExportRow> consumer) {
		searcher.forEachHit(request, consumer);
	}

	/** Makes the index hold exactly the articles PostgreSQL now has for this page. */
	public void indexIssue(long issueId) {
		index.replaceIssue(issueId, archive.articlesOfIssue(issueId));
	}

	/** The index holds every stored article and was built by this version. */
	public boolean inSyncWithArchive() {
		return index.schemaCurrent() && index.documentCount() == archive.articleCount();
	}

	public int documentCount() {
		return index.documentCount();
	}

	/** Throws the index away and builds it again from the archive. */
	public synchronized void rebuild() {
		long started = System.nanoTime();
		try {
			index.deleteAll();
			archive.forEachArticleBatch(REBUILD_BATCH, batch -> {
				try {
					index.add(batch);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			index.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("index rebuild failed", ex);
		}
		log.info("Rebuilt the index from PostgreSQL: {} articles in {} ms", index.documentCount(),
				(System.nanoTime() - started) / 1_000_000);
	}

}
