package org.baoku.search;

import java.util.HashMap;
import java.util.Map;

import org.baoku.archive.PageContents;

/** Counts an index's documents page by page as a scan meets them, keeping each page's oldest revision. */
final class PageTally {

	private final Map<Long, PageContents> pages = new HashMap<>();

	void add(long page, long revision) {
		pages.merge(page, new PageContents(revision, 1),
				(had, one) -> new PageContents(Math.min(had.revision(), one.revision()), had.articles() + 1));
	}

	Map<Long, PageContents> pages() {
		return pages;
	}

}
