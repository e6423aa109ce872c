package org.baoku.search;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.baoku.archive.ArticleSearchHelp;
import org.baoku.archive.ArticleView;
import org.baoku.web.UnavailableException;

/** Search's answers to the article page ({@link ArticleSearchHelp}). */
@Component
class ArticlePageSearch implements ArticleSearchHelp {

	private static final Logger log = LoggerFactory.getLogger(ArticlePageSearch.class);

	private final SearchApi search;

	ArticlePageSearch(SearchApi search) {
		this.search = search;
	}

	@Override
	public List<String> wordsOf(String query) {
		return search.wordsOf(query);
	}

	/** Related articles, or none while the search cluster does not answer: the article itself is in PostgreSQL. */
	@Override
	public List<Related> related(ArticleView article, int count) {
		try {
			return search.related(article, count).stream().map(r -> new Related(r.id(), r.date(), r.headline())).toList();
		}
		catch (UnavailableException ex) {
			log.warn("article {} shown without related articles: {}", article.id(), ex.getMessage());
			return List.of();
		}
	}

}
