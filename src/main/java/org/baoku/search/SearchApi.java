package org.baoku.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.archive.ArticleView;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/** What other features may ask of search: run a query, index a stored page, rebuild from PostgreSQL. */
@Component
public class SearchApi {

	private static final Logger log = LoggerFactory.getLogger(SearchApi.class);

	private final AtomicBoolean rebuildStarting = new AtomicBoolean();

	private final PageIndexer indexer;

	private final SearchEngine engine;

	private final SearchMetrics metrics;

	private final TaskExecutor tasks;

	SearchApi(PageIndexer indexer, SearchEngine engine, SearchMetrics metrics,
			@Qualifier("applicationTaskExecutor") TaskExecutor tasks) {
		this.metrics = metrics;
		this.tasks = tasks;
		this.indexer = indexer;
		this.engine = engine;
	}

	/** Which engine searches and where its index is: the embedded Lucene index or a SolrCloud alias. */
	public String engine() {
		return engine.describe();
	}

	/** Articles like this one, those naming the same officials or reporting the same days' events first. */
	public List<ExportRow> related(ArticleView article, int count) {
		return engine.related(article, count);
	}

	/** The words of a query a matching article contains (not excluded ones, not fielded people). */
	public List<String> wordsOf(String query) {
		return ArticleQueries.wordsOf(query);
	}

	public SearchResult search(SearchRequest request) {
		return metrics.searches().record(() -> engine.search(request));
	}

	/** How many hits of a search were stored after article {@code seenUpTo}. */
	public long countStoredAfter(SearchRequest request, long seenUpTo) {
		return engine.countStoredAfter(request, seenUpTo);
	}

	/** The number of the newest article the index holds (0 when none). */
	public long newestStored() {
		return engine.newestStored();
	}

	/** Every hit of a search in result order, not just a page of them. */
	public void forEachHit(SearchRequest request, Consumer<ExportRow> consumer) {
		engine.forEachHit(request, consumer);
	}

	/** Merges the index's segments after a bulk load (see {@link IndexTuning#SEGMENTS_AFTER_LOAD}). */
	public void mergeIndexAfterLoad() {
		indexer.mergeDown();
	}

	/** Applies the index work PostgreSQL holds (pages stored or replaced since) to the live index. */
	public void indexWaitingPages() {
		indexer.catchUp();
	}

	/**
	 * Applies the index work waiting, after a change PostgreSQL has committed with its index work; when that fails
	 * the work stays queued for the indexer, so the change is only logged, not lost.
	 */
	public void indexWaitingPagesAfter(String change) {
		try {
			indexer.catchUp();
		}
		catch (RuntimeException ex) {
			log.error("Indexing {} failed; it stays queued", change, ex);
		}
	}

	/**
	 * Indexes waiting pages a whole batch (one index commit) at a time while a whole batch is waiting, leaving the
	 * rest: for a bulk load, which indexes beside its storing and applies the remainder at its end.
	 */
	public void indexWholeBatches() {
		indexer.catchUpWholeBatches();
	}

	/** PostgreSQL and the index compared page by page. */
	public IndexStats stats() {
		return indexer.stats();
	}

	/** Builds the index again from the archive beside the live one and swaps it in; returns its document count. */
	public int rebuild() {
		return indexer.rebuild();
	}

	/**
	 * Starts a rebuild on a thread of its own unless one is running; the admin page follows it with
	 * {@link #rebuildProgress()}. Returns false when one was already running.
	 */
	public boolean startRebuild() {
		if (rebuildProgress().state() == RebuildProgress.State.RUNNING || !rebuildStarting.compareAndSet(false, true)) {
			return false;
		}
		// On Spring's task executor, which the context shuts down with the app.
		tasks.execute(() -> {
			try {
				indexer.rebuild();
			}
			catch (RuntimeException ex) {
				log.error("Index rebuild failed", ex);
			}
			finally {
				rebuildStarting.set(false);
			}
		});
		return true;
	}

	public RebuildProgress rebuildProgress() {
		return indexer.rebuildProgress();
	}

	/** At start: a rebuild when the index cannot be trusted, else catch up and repair pages that differ. */
	public void bringUpToDate() {
		indexer.bringUpToDate();
	}

}
