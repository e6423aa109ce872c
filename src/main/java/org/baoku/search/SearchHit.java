package org.baoku.search;

import java.util.List;

/**
 * One result, with where it was printed (newspaper, date, page as printed): {@code headlineHtml} and {@code snippetHtml} are HTML-escaped text with the query's words in
 * {@code <mark>}.
 */
public record SearchHit(long id, String newspaper, String date, String page, String headline, String headlineHtml,
		List<String> reporters, List<String> officials, String snippetHtml) {
}
