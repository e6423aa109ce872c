package org.baoku.archive;

import java.util.List;

/** One stored page as of one moment: its revision and its articles in page order, read in one transaction. */
public record PageSnapshot(long pageId, long revision, List<ArticleView> articles) {

	public PageSnapshot {
		articles = List.copyOf(articles);
	}

}
