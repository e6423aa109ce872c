package org.baoku.search;

/** A search as asked: the query text and which page of results, counted from 1. */
public record SearchRequest(String query, int page, int size) {

	public static final int MAX_SIZE = 100;

	public SearchRequest {
		query = query == null ? "" : query.strip();
		page = Math.max(page, 1);
		size = size < 1 ? 10 : Math.min(size, MAX_SIZE);
	}

	public int offset() {
		return (page - 1) * size;
	}

}
