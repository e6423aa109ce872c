package org.baoku.search;

/**
 * How much one search may ask for, so no input can exhaust the JVM: beyond these a query is read as plain words
 * (with a notice) and paging stops at the last page within the first results.
 */
final class SearchLimits {

	/** Characters of query text; a pasted sentence fits, a pasted article does not. */
	static final int MAX_QUERY_LENGTH = 200;

	/** Nesting of parentheses, NOT and minus signs. */
	static final int MAX_DEPTH = 10;

	/** Words and operators in one query; plain words are cut to this many too. */
	static final int MAX_TERMS = 32;

	/** page × size: results beyond this are reached by narrowing the search or by the export. */
	static final int MAX_DEPTH_OF_RESULTS = 10_000;

	private SearchLimits() {
	}

}
