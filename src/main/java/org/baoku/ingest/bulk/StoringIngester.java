package org.baoku.ingest.bulk;

import java.util.ArrayDeque;
import java.util.Deque;
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

/**
 * Stores pages for a bulk load through the same ingest as uploads, on three threads that share the machine's cores
 * instead of taking turns:
 * <ul>
 * <li>the next page is checked and split on a thread of its own ({@code bulk-splitter}) while this one is stored
 * (storing is mostly waiting for PostgreSQL). It is split with the names known when it was announced: those of every
 * page stored before it but the one just before it, the same in every run of the same files;</li>
 * <li>the index is not written once a page: the outbox, committed with each page, holds the work, and a thread of
 * its own ({@code bulk-indexer}) applies it in whole batches (one index commit each); the index's catch-up timer
 * applies what waits between them, so a stored page is searchable within its interval.</li>
 * </ul>
 * {@link #finish()} waits for the threads and applies what is left.
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

	private final ExecutorService splitter = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "bulk-splitter");
		thread.setDaemon(true);
		return thread;
	});

	/** A coming page's checks and split, begun while the page before it is stored. */
	private record Ahead(RawPage page, Future<IngestService.Prepared> prepared) {
	}

	/** Pages begun ahead, in the order they come (the page at hand and the one after it). */
	private final Deque<Ahead> ahead = new ArrayDeque<>();

	private Future<?> indexing = CompletableFuture.completedFuture(null);

	private int stored;

	StoringIngester(IngestService ingest, boolean replace) {
		this.ingest = ingest;
		this.replace = replace;
	}

	@Override
	public void comingNext(RawPage page) {
		ahead.addLast(new Ahead(page, splitter.submit(ingest.preparation(page))));
	}

	@Override
	public BulkIngest.Done ingest(RawPage page) {
		IngestService.Prepared prepared = preparedAhead(page);
		IngestResult result = ingest.ingestQueued(page, prepared != null ? prepared : ingest.prepare(page), replace);
		if (result.stored() && ++stored % INDEX_BATCH_PAGES == 0 && indexing.isDone()) {
			indexing = indexer.submit(ingest::indexQueuedBatches);
		}
		return BulkIngest.Done.of(result);
	}

	/** The page's checks and split if they were begun ahead (and waits for them), else null. */
	private IngestService.Prepared preparedAhead(RawPage page) {
		// Pages come in the order they were announced; the first page was announced to nobody.
		if (ahead.isEmpty() || ahead.peekFirst().page() != page) {
			return null;
		}
		Future<IngestService.Prepared> work = ahead.removeFirst().prepared();
		try {
			return work.get();
		}
		catch (ExecutionException ex) {
			// As if the split had run on this thread: the bulk load reports it as it would any failure of a page.
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while splitting " + page.fileName(), ex);
		}
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
			splitter.shutdownNow();
			indexer.shutdown();
		}
		ingest.indexQueued();
		if (stored > 0) {
			ingest.mergeIndexAfterLoad();
		}
	}

}
