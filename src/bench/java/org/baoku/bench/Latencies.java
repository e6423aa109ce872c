package org.baoku.bench;

import java.util.Arrays;

/** Response times, kept whole so percentiles are exact. Safe to record into from several threads. */
public final class Latencies {

	private long[] nanos = new long[1024];

	private int count;

	public synchronized void add(long elapsedNanos) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = elapsedNanos;
	}

	public synchronized int count() {
		return count;
	}

	/** The p-th percentile in milliseconds (nearest rank), or NaN with no samples. */
	public synchronized double percentileMs(double p) {
		if (count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * count);
		return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
	}

}
