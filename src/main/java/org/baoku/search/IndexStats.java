package org.baoku.search;

/**
 * PostgreSQL and the index side by side: pages and articles in each, index work waiting, pages whose revision or
 * number of articles differs, how far the index has applied the work, and whether the two agree.
 */
public record IndexStats(long pagesInDatabase, long articlesInDatabase, long pagesInIndex, long articlesInIndex,
		long backlog, long stalePages, long appliedThrough, boolean agree) {
}
