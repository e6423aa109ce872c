package org.baoku.ingest;

import java.util.List;

/** Everything read from one raw page: its articles and what is not an article. */
public record ParsedPage(List<ParsedArticle> articles, List<String> banners) {

	public boolean isEmpty() {
		return articles.isEmpty();
	}

}
