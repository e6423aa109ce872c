package org.baoku.search;

import java.io.IOException;
import java.util.Map;

import org.baoku.archive.PageContents;
import org.baoku.archive.PageSnapshot;

/**
 * One index pages are written to, by either engine: the live one, or the new generation a rebuild fills beside
 * it. Writes are idempotent by page revision, so work repeated after a crash changes nothing.
 */
interface IndexTarget {

	/** The page's articles in place of whatever the index held of it. */
	void replacePage(PageSnapshot page) throws IOException;

	/** Takes a page that no longer exists out of the index. */
	void deletePage(long pageId) throws IOException;

	/**
	 * Makes what was written durable (and, on SolrCloud, copied to enough replicas) and searchable, noting that the
	 * index work up to {@code appliedThrough} is in; throws when it is not, so the work stays queued.
	 */
	void commit(long appliedThrough) throws IOException;

	/** The index work applied as of the last commit. */
	long appliedThrough();

	/**
	 * Each page as searches now see it: its revision, the oldest of its documents' (a page some documents of which
	 * an update left at an older revision is stale), and how many documents it has (a page that lost one is stale
	 * too); compared with PostgreSQL's to find stale pages.
	 */
	Map<Long, PageContents> pageContents() throws IOException;

	long documentCount();

	/** After a bulk load: fewer, larger segments for faster searches. */
	void mergeDown() throws IOException;

	/** Drops a rebuild's new generation that failed half way. */
	void abandon() throws IOException;

}
