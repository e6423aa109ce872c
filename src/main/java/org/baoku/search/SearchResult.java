package org.baoku.search;

import java.util.List;

/** A page of results and how many articles match in all. */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, SearchFacets facets,
		String understood, boolean plainWords) {

	public int pageCount() {
		return (int) Math.max(1, (total + request.size() - 1) / request.size());
	}

	public boolean hasNext() {
		return request.page() < pageCount();
	}

	public boolean hasPrevious() {
		return request.page() > 1;
	}

}
