package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Threads that write pages into the index side by side: the analysis of a page's text (smartcn above all) is most
 * of the work of indexing it, and Lucene's writer takes documents from several threads at once, so a batch is
 * written on every core instead of one.
 */
@Component
class IndexWorkers {

	/** One page's index work. */
	interface PageWork<T> {

		void apply(T page) throws IOException;

	}

	private final ExecutorService threads;

	IndexWorkers() {
		AtomicInteger count = new AtomicInteger();
		this.threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
			Thread thread = new Thread(task, "index-writer-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Does the work for every page and returns when all of it ended; the first failure is thrown once the rest
	 * ended too, so no page is still being written when the caller commits or gives up.
	 */
	<T> void forEach(Collection<T> pages, PageWork<T> work) throws IOException {
		List<Future<?>> running = new ArrayList<>(pages.size());
		for (T page : pages) {
			running.add(threads.submit(() -> {
				work.apply(page);
				return null;
			}));
		}
		Throwable failed = null;
		for (Future<?> one : running) {
			try {
				one.get();
			}
			catch (ExecutionException ex) {
				failed = failed == null ? ex.getCause() : failed;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failed = failed == null ? ex : failed;
			}
		}
		if (failed instanceof IOException io) {
			throw io;
		}
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed instanceof Error error) {
			throw error;
		}
		if (failed != null) {
			throw new UncheckedIOException(new IOException("indexing was interrupted", failed));
		}
	}

	@PreDestroy
	void close() {
		threads.shutdownNow();
	}

}
