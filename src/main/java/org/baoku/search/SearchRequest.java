package org.baoku.search;

import java.time.LocalDate;
import java.util.List;

import org.baoku.archive.PrintedName;

/**
 * A search as asked: the query text, the chosen facet values (newspapers, reporters, officials, years) (several values of one facet combine with OR,
 * different facets with AND), excluded values, a date range, and which page of results, counted from 1.
 */
public record SearchRequest(String query, List<String> newspapers, List<String> reporters, List<String> officials,
		List<String> excludedReporters, List<String> excludedOfficials, LocalDate from, LocalDate to, List<String> years,
		Order order, int page, int size, int facetSize) {

	/** How results are ordered: relevance unless the reader asks for time; recency is never mixed in silently. */
	public enum Order {

		RELEVANCE("rel"), NEWEST("new"), OLDEST("old");

		public final String code;

		Order(String code) {
			this.code = code;
		}

		static Order of(String code) {
			for (Order order : values()) {
				if (order.code.equals(code)) {
					return order;
				}
			}
			return null;
		}

	}

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_FACET_SIZE = 10;

	public static final int MAX_FACET_SIZE = 200;

	public SearchRequest {
		query = query == null ? "" : query.strip();
		newspapers = names(newspapers);
		reporters = names(reporters);
		officials = names(officials);
		excludedReporters = names(excludedReporters);
		excludedOfficials = names(excludedOfficials);
		years = clean(years).stream().filter(y -> y.matches("\\d{1,4}")).toList();
		// Relevance means nothing without words: an empty query lists by time, and says so.
		order = order == null || (order == Order.RELEVANCE && query.isEmpty()) ? (query.isEmpty() ? Order.NEWEST
				: Order.RELEVANCE) : order;
		size = size < 1 ? 10 : Math.min(size, MAX_SIZE);
		page = Math.min(Math.max(page, 1), SearchLimits.MAX_DEPTH_OF_RESULTS);
		facetSize = facetSize < 1 ? DEFAULT_FACET_SIZE : Math.min(facetSize, MAX_FACET_SIZE);
	}

	public static SearchRequest of(String query, int page, int size) {
		return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, page,
				size, 0);
	}

	public int offset() {
		return (page - 1) * size;
	}

	/**
	 * The search as either engine answers it: the date range the right way round, the page within the results that
	 * can be paged through; each change is noted.
	 */
	SearchRequest answerable(List<SearchNotice> notices) {
		SearchRequest request = this;
		if (reversedRange()) {
			request = withRangeSwapped();
			notices.add(SearchNotice.RANGE_SWAPPED);
		}
		if (request.beyondPaging()) {
			request = lastPageWithinPaging();
			notices.add(SearchNotice.DEEP_PAGING);
		}
		return request;
	}

	/** Whether this page lies beyond the results that can be paged through. */
	boolean beyondPaging() {
		return (long) page * size > SearchLimits.MAX_DEPTH_OF_RESULTS;
	}

	/** The last page within the results that can be paged through. */
	SearchRequest lastPageWithinPaging() {
		return onPage(Math.max(1, SearchLimits.MAX_DEPTH_OF_RESULTS / size));
	}

	/** The same search on another page. */
	SearchRequest onPage(int number) {
		return new SearchRequest(query, newspapers, reporters, officials, excludedReporters, excludedOfficials, from, to, years,
				order, number, size, facetSize);
	}

	/** The same search's first {@code count} hits, newest first: what a feed of it holds. */
	SearchRequest newestFirst(int count) {
		return new SearchRequest(query, newspapers, reporters, officials, excludedReporters, excludedOfficials, from, to,
				years, Order.NEWEST, 1, count, facetSize);
	}

	/** Whether the date range was given the wrong way round (from after to). */
	boolean reversedRange() {
		return from != null && to != null && from.isAfter(to);
	}

	/** The same search with the date range the right way round. */
	SearchRequest withRangeSwapped() {
		return new SearchRequest(query, newspapers, reporters, officials, excludedReporters, excludedOfficials, to, from, years,
				order, page, size, facetSize);
	}

	public boolean hasFilters() {
		return !newspapers.isEmpty() || !reporters.isEmpty() || !officials.isEmpty() || !excludedReporters.isEmpty()
				|| !excludedOfficials.isEmpty() || from != null || to != null || !years.isEmpty();
	}

	/** Names as they are stored ({@link PrintedName}), so a filter typed or pasted with invisible characters matches. */
	private static List<String> names(List<String> values) {
		return values == null ? List.of()
				: values.stream().map(PrintedName::of).filter(v -> v != null && !v.isEmpty()).distinct().toList();
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
	}

}
