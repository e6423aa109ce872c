package org.baoku.search;

import java.util.List;

/** A page of results, how many articles match in all, and why anything was answered other than as asked. */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, SearchFacets facets,
		String understood, List<SearchNotice> notices) {

	public SearchResult {
		notices = List.copyOf(notices);
	}

	/** The query text was read as plain words (malformed, too long or too complex). */
	public boolean plainWords() {
		return notices.stream().anyMatch(n -> n != SearchNotice.DEEP_PAGING);
	}

	public int pageCount() {
		long pages = Math.max(1, (total + request.size() - 1) / request.size());
		return (int) Math.min(pages, Math.max(1, SearchLimits.MAX_DEPTH_OF_RESULTS / request.size()));
	}

	public boolean hasNext() {
		return request.page() < pageCount();
	}

	public boolean hasPrevious() {
		return request.page() > 1;
	}

}
