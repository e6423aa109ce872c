package org.baoku.search;

import java.util.ArrayList;
import java.util.List;

/** A page of results, how many articles match in all, and why anything was answered other than as asked. */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, SearchFacets facets,
		String understood, List<SearchNotice> notices) {

	public SearchResult {
		notices = List.copyOf(notices);
	}

	/** The query text was read as plain words (malformed, too long or too complex). */
	public boolean plainWords() {
		return notices.stream().anyMatch(n -> n.aboutQuery);
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

	/** Page numbers to offer: the first, the last, and those around the current one; 0 stands for a gap. */
	public List<Integer> pageNumbers() {
		int current = request.page();
		int last = pageCount();
		List<Integer> numbers = new ArrayList<>();
		for (int n = 1; n <= last; n++) {
			if (n == 1 || n == last || Math.abs(n - current) <= PAGES_AROUND) {
				numbers.add(n);
			}
			else if (numbers.get(numbers.size() - 1) != 0) {
				numbers.add(0);
			}
			if (n > current + PAGES_AROUND && n < last) {
				n = last - 1;
				if (numbers.get(numbers.size() - 1) != 0) {
					numbers.add(0);
				}
			}
		}
		return numbers;
	}

	/** How many page numbers are offered on each side of the current page. */
	static final int PAGES_AROUND = 3;

}
