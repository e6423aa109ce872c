package org.baoku.archive;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/** What other features may ask of the archive: articles and pages as stored in PostgreSQL. */
@Component
public class ArchiveApi {

	private final ArticleRepository articles;

	ArchiveApi(ArticleRepository articles) {
		this.articles = articles;
	}

	public Optional<ArticleView> article(long id) {
		return articles.find(id);
	}

	public List<ArticleView> articlesOfIssue(long issueId) {
		return articles.ofIssue(issueId);
	}

	public void forEachArticleBatch(int batchSize, Consumer<List<ArticleView>> consumer) {
		articles.forEachBatch(batchSize, consumer);
	}

	public List<ArticleView> doubtfulArticles(double confidenceBelow, int limit) {
		return articles.doubtful(confidenceBelow, limit);
	}

	public long articleCount() {
		return articles.count();
	}

	public List<IssueSummary> issues() {
		return articles.issues();
	}

	public Optional<IssueSummary> issue(long id) {
		return articles.issue(id);
	}

}
