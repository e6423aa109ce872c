package org.baoku.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.ocr.Pulse;
import org.springframework.stereotype.Service;

/**
 * One uploaded page ingested in the background, so that the form or the API answers at once with a job to follow
 * (a scan read by OCR takes minutes): its stage and line N of M ({@link PageProgress}), then its result. Jobs are
 * kept in memory while the app runs (the newest {@link #KEPT}); a bulk job is what survives a restart.
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

	UploadJobs(IngestService ingest) {
		this.ingest = ingest;
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

	/** Starts ingesting the page; {@code ending} hears how it ended. Refused (busy) past {@link #MAX_PENDING}. */
	public Job start(RawPage page, boolean replace, String actor, Ending ending) {
		if (!pending.tryAcquire()) {
			throw new Busy("%d uploads are being read already; try again in a minute, or use a bulk job for many files"
				.formatted(MAX_PENDING));
		}
		PageProgress progress = new PageProgress();
		String id = UUID.randomUUID().toString();
		CompletableFuture<IngestResult> result;
		try {
			result = CompletableFuture.supplyAsync(() -> {
				try {
					return Pulse.during(progress, () -> ingest.ingest(page, replace));
				}
				finally {
					pending.release();
				}
			}, workers);
		}
		catch (RuntimeException ex) {
			pending.release();
			throw ex;
		}
		// The job keeps what it is, not the file's bytes: a finished job waits to be looked at, holding no page.
		RawPage named = new RawPage(page.newspaper(), page.date(), page.pageLabel(), page.fileName(), new byte[0]);
		Job job = new Job(id, named, replace, actor, Instant.now(), progress, result);
		result.whenComplete((ended, failure) -> {
			if (failure != null) {
				log.error("The upload of {} failed; nothing of it was stored", page.fileName(), failure);
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

	public Optional<Job> find(String id) {
		synchronized (jobs) {
			return Optional.ofNullable(jobs.get(id));
		}
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

}
