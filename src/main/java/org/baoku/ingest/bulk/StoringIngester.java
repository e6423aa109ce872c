package org.baoku.ingest.bulk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.baoku.search.SearchApi;

/**
 * Stores pages for a bulk load through the same ingest as uploads. The index is not written once a page: the
 * outbox, committed with each page, holds the work, and a thread of its own applies it in whole batches (one index
 * commit each) while the next pages are split and stored, so the two halves of the work share the machine's cores
 * instead of taking turns. {@link #finish()} waits for that thread and applies what is left.
 */
final class StoringIngester implements BulkIngest.Ingester {

	private static final Logger log = LoggerFactory.getLogger(StoringIngester.class);

	/** Pages stored between two nudges of the indexing thread. */
	static final int INDEX_BATCH_PAGES = 200;

	private final IngestService ingest;

	private final boolean replace;

	private final ExecutorService indexer = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "bulk-indexer");
		thread.setDaemon(true);
		return thread;
	});

	private final SearchApi.BulkLoad load;

	private Future<?> indexing = CompletableFuture.completedFuture(null);

	private int stored;

	StoringIngester(IngestService ingest, boolean replace) {
		this.ingest = ingest;
		this.replace = replace;
		this.load = ingest.bulkLoad();
	}

	@Override
	public BulkIngest.Done ingest(RawPage page) {
		IngestResult result = ingest.ingestQueued(page, replace);
		if (result.stored() && ++stored % INDEX_BATCH_PAGES == 0 && indexing.isDone()) {
			indexing = indexer.submit(ingest::indexQueuedBatches);
		}
		return BulkIngest.Done.of(result);
	}

	/** Waits for the indexing thread, then applies what is still queued (and fails as that does). */
	void finish() {
		try {
			indexing.get();
		}
		catch (ExecutionException ex) {
			// The work is still in the outbox: the call below does it again, or fails with the reason.
			log.warn("Indexing beside the bulk load failed; trying once more at its end: {}", ex.getCause().toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			indexer.shutdown();
			load.close();
		}
		ingest.indexQueued();
	}

}
