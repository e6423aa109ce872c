package org.baoku.search;

import java.util.List;

import org.baoku.archive.ArticleSearchHelp;
import org.baoku.archive.ArticleView;
import org.springframework.stereotype.Component;

/** Search's answers to the article page ({@link ArticleSearchHelp}). */
@Component
class ArticlePageSearch implements ArticleSearchHelp {

	private final SearchApi search;

	ArticlePageSearch(SearchApi search) {
		this.search = search;
	}

	@Override
	public List<String> wordsOf(String query) {
		return search.wordsOf(query);
	}

	@Override
	public List<Related> related(ArticleView article, int count) {
		return search.related(article, count).stream().map(r -> new Related(r.id(), r.date(), r.headline())).toList();
	}

}
