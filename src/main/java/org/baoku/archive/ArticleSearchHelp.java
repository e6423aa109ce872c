package org.baoku.archive;

import java.util.List;

/**
 * What the article page asks of search, which depends on the archive and not the other way round: the words of the
 * reader's query (to mark them in the article) and articles like this one. Implemented in {@code search}.
 */
public interface ArticleSearchHelp {

	/** An article named beside another: its id, its issue's date and its headline. */
	record Related(long id, String date, String headline) {
	}

	List<String> wordsOf(String query);

	List<Related> related(ArticleView article, int count);

}
