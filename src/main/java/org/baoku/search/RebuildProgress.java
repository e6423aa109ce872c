package org.baoku.search;

import java.time.Instant;

/**
 * How far a rebuild of the index from PostgreSQL has come: pages written of the pages there are, when it started
 * and ended, how many articles the new index holds, and why it failed if it did.
 */
public record RebuildProgress(State state, long pagesDone, long pagesTotal, Instant started, Instant finished,
		Integer documents, String error) {

	public enum State {

		IDLE, RUNNING, DONE, FAILED

	}

	static RebuildProgress idle() {
		return new RebuildProgress(State.IDLE, 0, 0, null, null, null, null);
	}

	public int percent() {
		return pagesTotal == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, pagesDone * 100 / pagesTotal);
	}

}
