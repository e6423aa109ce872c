package org.baoku;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reader searching while something else loads the app: one search every quarter second until stopped, its
 * latencies and failures kept (a failure is any answer but 200, or none). Bounded: it stops by itself after two hours.
 */
final class SearchProbe {

	private static final long INTERVAL_MS = 250;

	private static final long MAX_RUN_MS = 7_200_000;

	private final ApiClient api;

	private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger errors = new AtomicInteger();

	private final Thread thread = new Thread(this::run, "search-probe");

	private volatile boolean stopped;

	SearchProbe(ApiClient api) {
		this.api = api;
		thread.setDaemon(true);
	}

	void start() {
		thread.start();
	}

	void stop() throws InterruptedException {
		stopped = true;
		thread.join(10_000);
	}

	int count() {
		return millis.size();
	}

	int errors() {
		return errors.get();
	}

	long p99Millis() {
		List<Long> sorted;
		synchronized (millis) {
			sorted = new ArrayList<>(millis);
		}
		if (sorted.isEmpty()) {
			return 0;
		}
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
	}

	private void run() {
		// The first search of a new app opens the index and compiles its code: a start-up cost, not a probe's answer.
		try {
			api.search("报");
		}
		catch (RuntimeException notYet) {
			// counted below if it goes on
		}
		long end = System.currentTimeMillis() + MAX_RUN_MS;
		while (!stopped && System.currentTimeMillis() < end) {
			long started = System.nanoTime();
			try {
				if (api.search("报").status() != 200) {
					errors.incrementAndGet();
				}
			}
			catch (RuntimeException noAnswer) {
				errors.incrementAndGet();
			}
			millis.add((System.nanoTime() - started) / 1_000_000);
			try {
				Thread.sleep(INTERVAL_MS);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

}
