package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.archive.ArchiveApi;
import org.baoku.archive.PageContents;
import org.baoku.archive.PageSnapshot;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with PostgreSQL. The ingest writes a row of index work with every page it stores; this
 * applies the rows to the live index (each page read as of one moment and written as one delete-and-add), commits
 * with how far it got in the commit data, and only then deletes the rows: a crash anywhere repeats work, never
 * loses it. A rebuild writes a new generation from one snapshot of the archive, replays the pages changed while it
 * ran and swaps it in.
 */
@Component
class PageIndexer {

	private static final Logger log = LoggerFactory.getLogger(PageIndexer.class);

	private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());

	private final SearchEngine index;

	private final IndexOutbox outbox;

	private final ArchiveApi archive;

	/** One writer of the live index at a time; guards {@link #changedDuringRebuild}. */
	private final Object applying = new Object();

	private final Object rebuilding = new Object();

	/** Pages indexed while a rebuild reads its snapshot: replayed into the new generation before the swap. */
	private Set<Long> changedDuringRebuild;

	/** Set once the start-up check has made the index trustworthy; the timer waits for it. */
	private volatile boolean started;

	private final IndexWorkers workers;

	PageIndexer(SearchEngine index, IndexOutbox outbox, ArchiveApi archive, IndexWorkers workers) {
		this.index = index;
		this.outbox = outbox;
		this.archive = archive;
		this.workers = workers;
	}

	/** Applies every waiting row to the live index; returns how many rows were applied. */
	int catchUp() {
		return catchUp(1);
	}

	/** Applies whole batches while a whole batch is waiting: a bulk load's indexing that runs beside its storing. */
	int catchUpWholeBatches() {
		return catchUp(IndexTuning.OUTBOX_BATCH);
	}

	/** After a bulk load: the live index merged down, so searches look each term up in fewer segments. */
	void mergeDown() {
		try {
			index.live().mergeDown();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not merge the index", ex);
		}
	}

	private int catchUp(int atLeast) {
		synchronized (applying) {
			int applied = 0;
			while (true) {
				List<IndexOutbox.Work> work = outbox.waiting(IndexTuning.OUTBOX_BATCH);
				if (work.isEmpty() || work.size() < atLeast) {
					return applied;
				}
				IndexTarget live = index.live();
				Set<Long> pages = new LinkedHashSet<>();
				work.forEach(w -> pages.add(w.pageId()));
				try {
					workers.forEach(pages, page -> apply(live, page));
					long highest = work.stream().mapToLong(IndexOutbox.Work::id).max().orElseThrow();
					live.commit(highest);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("could not index pages " + pages, ex);
				}
				if (changedDuringRebuild != null) {
					changedDuringRebuild.addAll(pages);
				}
				outbox.done(work.stream().map(IndexOutbox.Work::id).toList());
				applied += work.size();
			}
		}
	}

	private void apply(IndexTarget generation, long pageId) throws IOException {
		Optional<PageSnapshot> page = archive.page(pageId);
		if (page.isPresent()) {
			generation.replacePage(page.get());
		}
		else {
			generation.deletePage(pageId);
		}
	}

	/**
	 * Builds the index anew beside the live one and swaps it in: searches see the old index until the new one is
	 * whole. Returns the number of documents in the new index.
	 */
	int rebuild() {
		synchronized (rebuilding) {
			long started = System.nanoTime();
			Instant startedAt = Instant.now();
			long total = archive.pageRevisions().size();
			AtomicLong done = new AtomicLong();
			progress.set(new RebuildProgress(RebuildProgress.State.RUNNING, 0, total, startedAt, null, null, null));
			IndexTarget next;
			try {
				next = index.newGeneration();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not start a new index", ex);
			}
			try {
				synchronized (applying) {
					changedDuringRebuild = new HashSet<>();
				}
				archive.forEachPageBatch(IndexTuning.REBUILD_PAGES, batch -> {
					try {
						workers.forEach(batch, next::replacePage);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					progress.set(new RebuildProgress(RebuildProgress.State.RUNNING, done.addAndGet(batch.size()), total,
							startedAt, null, null, null));
				});
				next.mergeDown();
				synchronized (applying) {
					catchUp();
					for (long page : changedDuringRebuild) {
						apply(next, page);
					}
					changedDuringRebuild = null;
					next.commit(index.live().appliedThrough());
					index.swap(next);
				}
			}
			catch (IOException | RuntimeException ex) {
				synchronized (applying) {
					changedDuringRebuild = null;
				}
				try {
					next.abandon();
				}
				catch (IOException closing) {
					ex.addSuppressed(closing);
				}
				progress.set(new RebuildProgress(RebuildProgress.State.FAILED, done.get(), total, startedAt, Instant.now(),
						null, ex.toString()));
				throw ex instanceof IOException io ? new UncheckedIOException("index rebuild failed", io)
						: (RuntimeException) ex;
			}
			int documents = Math.toIntExact(index.live().documentCount());
			progress.set(new RebuildProgress(RebuildProgress.State.DONE, done.get(), total, startedAt, Instant.now(),
					documents, null));
			log.info("Rebuilt the index from PostgreSQL: {} articles in {} ms", documents,
					(System.nanoTime() - started) / 1_000_000);
			return documents;
		}
	}

	/** The last rebuild's progress (or the running one's). */
	RebuildProgress rebuildProgress() {
		return progress.get();
	}

	/** Compares PostgreSQL and the index page by page, by revision and number of articles. */
	IndexStats stats() {
		try {
			long backlog = outbox.backlog();
			Map<Long, PageContents> inIndex = index.live().pageContents();
			Map<Long, Long> inDatabase = archive.pageRevisions();
			long stale = stalePages(archive.indexedPages(), inIndex).size();
			return new IndexStats(inDatabase.size(), archive.articleCount(), inIndex.size(), index.live().documentCount(),
					backlog, stale, index.live().appliedThrough(), backlog == 0 && stale == 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the index", ex);
		}
	}

	/**
	 * Pages the index holds otherwise than PostgreSQL: at another revision, with another number of documents, or not
	 * at all.
	 */
	private static Set<Long> stalePages(Map<Long, PageContents> inDatabase, Map<Long, PageContents> inIndex) {
		Set<Long> stale = new HashSet<>();
		inDatabase.forEach((page, contents) -> {
			if (!contents.equals(inIndex.get(page))) {
				stale.add(page);
			}
		});
		inIndex.keySet().stream().filter(page -> !inDatabase.containsKey(page)).forEach(stale::add);
		return stale;
	}

	/**
	 * At start: rebuild when the index cannot be trusted, else apply what is waiting and compare the pages (revision
	 * and articles), re-indexing any page that still differs (nothing should, but a check that repairs costs little).
	 */
	void bringUpToDate() {
		Optional<String> reason = index.rebuildReason();
		if (reason.isPresent()) {
			log.info("Rebuilding the index from PostgreSQL: {}", reason.get());
			rebuild();
			catchUp();
			// The admin page reports the rebuilds an admin started; this one is in the log. Its count of articles would
			// be stale as soon as the first start's seed pages are stored ("rebuilt, 0 articles" beside 27).
			progress.set(RebuildProgress.idle());
		}
		else {
			int applied = catchUp();
			log.info("Index caught up: {} waiting pages applied", applied);
			if (requestDrifted() > 0) {
				catchUp();
			}
		}
		started = true;
	}

	/**
	 * Asks again for every page whose revision or number of articles differs between PostgreSQL and the index and
	 * that no waiting work will bring level; returns how many. Nothing should differ, but SolrCloud can lose part of
	 * an update it acknowledged while a node dies and a new shard leader is chosen (the failover test saw a page left
	 * with some documents at the old revision on every copy; a new article's document lost alone leaves the rest at
	 * the new revision, one short), and nothing else would mend such a page before a restart.
	 */
	int requestDrifted() {
		Set<Long> drifted;
		try {
			// Read in this order without holding up the indexer: an ingest stores a page with its work in one
			// transaction, so a page that differs only because its work is not applied yet still has it waiting when
			// the outbox is read last, or has had it applied, when asking for it again only repeats work.
			drifted = stalePages(archive.indexedPages(), index.live().pageContents());
			drifted.removeAll(outbox.waitingPages());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the index", ex);
		}
		if (!drifted.isEmpty()) {
			log.warn("{} pages differ between PostgreSQL and the index with no work waiting for them: indexing them again",
					drifted.size());
			drifted.forEach(page -> outbox.request(page, 0));
		}
		return drifted.size();
	}

	/** The start-up comparison again from time to time; the background catch-up applies what it asks for. */
	@Scheduled(fixedDelayString = "${baoku.index.check-interval:1h}", initialDelayString = "${baoku.index.check-interval:1h}")
	void checkInBackground() {
		if (!started) {
			return;
		}
		try {
			requestDrifted();
		}
		catch (RuntimeException ex) {
			log.error("Comparing PostgreSQL and the index failed; will try again: {}", ex.toString());
		}
	}

	/**
	 * Work that an ingest could not index at once (the index was busy or failed), and a bulk load's pages between its
	 * whole batches, are picked up here: a page a bulk job stored is searchable within one interval, not at the job's
	 * end.
	 */
	@Scheduled(fixedDelayString = "${baoku.index.catch-up-interval:5s}")
	void catchUpInBackground() {
		if (!started) {
			return;
		}
		try {
			catchUp(1);
		}
		catch (RuntimeException ex) {
			log.error("Indexing waiting pages failed; will try again: {}", ex.toString());
		}
	}

}
