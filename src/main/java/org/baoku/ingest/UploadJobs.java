package org.baoku.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.ocr.Pulse;
import org.springframework.stereotype.Service;

/**
 * One uploaded page ingested in the background, so that the form or the API answers at once with a job to follow
 * (a scan read by OCR takes minutes): its stage and line N of M ({@link PageProgress}), then its result. An upload
 * is kept on disk until it ends and read again after a restart ({@link UploadSpool}); what became of it is kept in
 * memory while the app runs (the newest {@link #KEPT}).
 */
@Service
public class UploadJobs {

	private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);

	/** Finished jobs kept to be looked at. */
	static final int KEPT = 200;

	/** Uploads ingested at once; OCR itself reads one page at a time ({@code baoku.ocr.workers}). */
	private static final int WORKERS = 2;

	/**
	 * Uploads waiting or running at most, each holding its file (up to a page's size): a script that posts faster
	 * than pages are read is told to wait (503 with Retry-After) instead of filling the memory.
	 */
	static final int MAX_PENDING = 8;

	private final java.util.concurrent.Semaphore pending = new java.util.concurrent.Semaphore(MAX_PENDING);

	private final IngestService ingest;

	private final AtomicInteger threads = new AtomicInteger();

	private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> {
		Thread thread = new Thread(task, "upload-" + threads.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Job> jobs = new LinkedHashMap<>();

	private final UploadSpool spool;

	/** Set when the app stops: an upload its stop cuts short has not ended. */
	private volatile boolean stopping;

	UploadJobs(IngestService ingest, UploadSpool spool) {
		this.ingest = ingest;
		this.spool = spool;
	}

	/** One upload: its page (named, without its bytes), who sent it, how far it is and, once done, how it ended (or why it failed). */
	public record Job(String id, RawPage page, boolean replace, String actor, Instant started, PageProgress progress,
			CompletableFuture<IngestResult> result) {

		public boolean finished() {
			return result.isDone();
		}

		/** How it ended; empty while it runs or when it failed. */
		public Optional<IngestResult> ended() {
			return result.isDone() && !result.isCompletedExceptionally() ? Optional.of(result.join()) : Optional.empty();
		}

		/** Why it failed (not refused: failed, the archive or the app at fault); null otherwise. */
		public String failure() {
			if (!result.isCompletedExceptionally()) {
				return null;
			}
			try {
				result.join();
				return null;
			}
			catch (RuntimeException ex) {
				Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
				return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
			}
		}

		/**
		 * Its result within {@code wait}, or empty when it is still running then; a failure (not a refusal: the
		 * archive or the app at fault) is thrown as it was.
		 */
		public Optional<IngestResult> await(Duration wait) {
			try {
				return Optional.of(result.get(wait.toMillis(), TimeUnit.MILLISECONDS));
			}
			catch (TimeoutException ex) {
				return Optional.empty();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}

	}

	/** Too many uploads wait already: the caller is told to come back later. */
	public static final class Busy extends RuntimeException {

		Busy(String reason) {
			super(reason);
		}

	}

	/** Hears how an upload ended (on the worker's thread): its result, or why it failed. */
	public interface Ending extends Consumer<IngestResult> {

		void failed(String why);

	}

	/**
	 * Starts ingesting the page; {@code ending} hears how it ended. The page is kept on disk first ({@link UploadSpool}),
	 * so an upload answered before it ends is not lost to a restart. Refused (busy) past {@link #MAX_PENDING}.
	 */
	public Job start(RawPage page, boolean replace, String actor, Ending ending) {
		if (!pending.tryAcquire()) {
			throw new Busy("%d uploads are being read already; try again in a minute, or use a bulk job for many files"
				.formatted(MAX_PENDING));
		}
		String id = UUID.randomUUID().toString();
		Instant started = Instant.now();
		try {
			spool.keep(id, page, replace, actor, started);
			return run(id, named(page), () -> page, replace, actor, started, ending);
		}
		catch (RuntimeException ex) {
			pending.release();
			throw ex;
		}
	}

	/**
	 * Reads again the uploads a stop or a crash left unread, under their ids (a saved link to one still leads to it);
	 * {@code endings} gives each the ending that hears it. Ingest is idempotent: an upload stored just before the
	 * crash comes back a duplicate, not a second page.
	 */
	public int resumeLeft(Endings endings) {
		List<UploadSpool.Left> left = spool.left();
		for (UploadSpool.Left upload : left) {
			log.info("The upload of {} was left unread by the last stop; it is read now", upload.named().fileName());
			// Counted among the waiting as any upload is (its file read only when its turn comes); a stop leaves no
			// more than were waiting then, so none is refused.
			pending.acquireUninterruptibly();
			try {
				run(upload.id(), upload.named(), upload::page, upload.replace(), upload.actor(), upload.started(),
						endings.resumed(upload.id(), upload.named(), upload.actor()));
			}
			catch (RuntimeException ex) {
				pending.release();
				throw ex;
			}
		}
		return left.size();
	}

	/** Who hears how an upload read again after a restart ended: no request waits for it. */
	public interface Endings {

		Ending resumed(String id, RawPage page, String actor);

	}

	private Job run(String id, RawPage named, Supplier<RawPage> page, boolean replace, String actor, Instant started,
			Ending ending) {
		PageProgress progress = new PageProgress();
		CompletableFuture<IngestResult> result = CompletableFuture.supplyAsync(() -> {
			try {
				return Pulse.during(progress, () -> ingest.ingest(page.get(), replace));
			}
			finally {
				pending.release();
			}
		}, workers);
		Job job = new Job(id, named, replace, actor, started, progress, result);
		result.whenComplete((ended, failure) -> {
			if (stopping) {
				// Cut short by the app's stop (its reading interrupted): kept on disk, read again at the next start.
				return;
			}
			// Ended one way or another (a failure is logged and told, not retried for ever): nothing left to read.
			spool.done(id);
			if (failure != null) {
				log.error("The upload of {} failed; nothing of it was stored", named.fileName(), failure);
				Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
				ending.failed(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
			}
			else {
				ending.accept(ended);
			}
		});
		synchronized (jobs) {
			jobs.put(id, job);
			jobs.values().removeIf(j -> j.finished() && jobs.size() > KEPT);
		}
		return job;
	}

	/** The job keeps what the page is, not its bytes: a finished job waits to be looked at, holding no page. */
	private static RawPage named(RawPage page) {
		return new RawPage(page.newspaper(), page.date(), page.pageLabel(), page.fileName(), new byte[0]);
	}

	public Optional<Job> find(String id) {
		synchronized (jobs) {
			return Optional.ofNullable(jobs.get(id));
		}
	}

	@PreDestroy
	void stop() {
		stopping = true;
		workers.shutdownNow();
	}

}
