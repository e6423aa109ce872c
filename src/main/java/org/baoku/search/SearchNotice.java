package org.baoku.search;

/** Why a search was answered other than as asked; the page shows the message key, the API the text. */
public enum SearchNotice {

	PLAIN_WORDS("search.plainWords", "the query has a syntax error and was read as plain words"),
	TOO_LONG("search.tooLong", "the query was longer than " + SearchLimits.MAX_QUERY_LENGTH
			+ " characters: its start was read as plain words"),
	TOO_COMPLEX("search.tooComplex", "the query nested or combined more than a search may ("
			+ SearchLimits.MAX_DEPTH + " levels, " + SearchLimits.MAX_TERMS + " words): it was read as plain words"),
	DEEP_PAGING("search.deepPaging", "only the first " + SearchLimits.MAX_DEPTH_OF_RESULTS
			+ " results can be paged through: the last page within them is shown; narrow the search or export it",
			false),
	PAST_LAST_PAGE("search.pastLastPage", "the page asked for lies past the last page of results: the last page is shown",
			false),
	RANGE_SWAPPED("search.rangeSwapped", "the date range ended before it began: it was read the other way round", false);

	public final String key;

	public final String text;

	/** Whether the query text itself was read other than as typed (as plain words). */
	public final boolean aboutQuery;

	SearchNotice(String key, String text) {
		this(key, text, true);
	}

	SearchNotice(String key, String text, boolean aboutQuery) {
		this.key = key;
		this.text = text;
		this.aboutQuery = aboutQuery;
	}

}
