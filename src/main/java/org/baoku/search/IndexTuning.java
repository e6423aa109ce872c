package org.baoku.search;

/**
 * How the index is written: the numbers that trade memory and freshness during a load for fewer flushes and
 * merges. Measured with the bulk command on the benchmark pages (README, "Benchmark"): on 2 cores, 1,000 pages a
 * commit and a 256 MB buffer took about a fifth less CPU than Lucene's default 16 MB and 200 pages a commit,
 * because each flush makes a segment that later merges copy again.
 */
final class IndexTuning {

	/**
	 * Memory the writer fills before it flushes a segment. Reached only by a bulk load or a rebuild; an ordinary
	 * page's commit flushes far less.
	 */
	static final double RAM_BUFFER_MB = 256;

	/**
	 * Outbox rows (pages) applied per index commit while a bulk load runs: a loaded page is searchable within
	 * this many pages. Outside bulk loads every page is committed at once.
	 */
	static final int OUTBOX_BATCH = 1_000;

	/**
	 * Segments the index is merged down to when a bulk load or a rebuild ends. Every term of a search is looked up
	 * in every segment, and facet counts map each segment's values: on the benchmark's 100,000 articles, merging 14
	 * segments into one (8 s) cut a search's CPU by a third (5.1 to 3.5 ms) and its median at 8 clients from 25 to
	 * 17 ms. Pages added later make small segments that the merge policy handles as usual.
	 */
	static final int SEGMENTS_AFTER_LOAD = 1;

	/** Pages read from PostgreSQL per query during a rebuild. */
	static final int REBUILD_PAGES = 100;

	private IndexTuning() {
	}

}
