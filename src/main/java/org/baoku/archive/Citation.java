package org.baoku.archive;

import java.util.List;

/**
 * A newspaper article cited as GB/T 7714-2015 asks: {@code 作者. 题名[N]. 报纸名, 出版日期(版次).} Up to three
 * authors are named, more are cut to three and "等"; an article without a byline starts with its title.
 */
final class Citation {

	private static final int AUTHORS_NAMED = 3;

	private Citation() {
	}

	static String gbt7714(ArticleView a, String untitled) {
		StringBuilder cite = new StringBuilder();
		List<String> authors = a.reporters();
		if (!authors.isEmpty()) {
			cite.append(String.join(", ", authors.subList(0, Math.min(AUTHORS_NAMED, authors.size()))));
			if (authors.size() > AUTHORS_NAMED) {
				cite.append(", 等");
			}
			cite.append(". ");
		}
		String title = a.headline().isBlank() ? untitled : a.headline();
		if (a.subtitle() != null && !a.subtitle().isBlank()) {
			title += ": " + a.subtitle();
		}
		cite.append(title).append("[N]. ").append(a.newspaper()).append(", ").append(a.date());
		if (!a.pageLabel().isBlank()) {
			cite.append('(').append(a.pageLabel()).append(')');
		}
		return cite.append('.').toString();
	}

}
