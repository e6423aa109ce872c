package org.baoku.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.baoku.web.GoneException;
import org.baoku.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What other features may ask of the archive: articles and pages as stored in PostgreSQL. */
@Component
public class ArchiveApi {

	private final ArticleRepository articles;

	/** A page and its articles are read as of one moment, so a replace committing meanwhile is never half seen. */
	private final TransactionTemplate snapshot;

	ArchiveApi(ArticleRepository articles, PlatformTransactionManager transactions) {
		this.articles = articles;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	public Optional<ArticleView> article(long id) {
		return articles.find(id);
	}

	/** The page as stored now, or empty when there is no such page. */
	public Optional<PageSnapshot> page(long issueId) {
		return snapshot.execute(status -> articles.revision(issueId)
			.map(revision -> new PageSnapshot(issueId, revision, articles.ofIssue(issueId))));
	}

	/** A page's summary and its articles, read together. */
	public Optional<IssuePage> issuePage(long issueId) {
		return snapshot.execute(status -> articles.issue(issueId)
			.map(issue -> new IssuePage(issue, articles.ofIssue(issueId))));
	}

	/** A page of an issue with its articles in page order. */
	public record IssuePage(IssueSummary issue, List<ArticleView> articles) {
	}

	/**
	 * Every page, a batch of pages at a time, all read in one transaction: the archive as of one moment, so an index
	 * built from it is whole, and a rebuild never holds the archive in memory.
	 */
	public void forEachPageBatch(int pagesPerBatch, Consumer<List<PageSnapshot>> consumer) {
		snapshot.executeWithoutResult(status -> {
			long after = 0;
			while (true) {
				Map<Long, Long> revisions = articles.revisionsAfter(after, pagesPerBatch);
				if (revisions.isEmpty()) {
					return;
				}
				Map<Long, List<ArticleView>> byPage = new LinkedHashMap<>();
				revisions.keySet().forEach(id -> byPage.put(id, new ArrayList<>()));
				for (ArticleView article : articles.ofIssues(List.copyOf(revisions.keySet()))) {
					byPage.get(article.issueId()).add(article);
				}
				consumer.accept(byPage.entrySet()
					.stream()
					.map(e -> new PageSnapshot(e.getKey(), revisions.get(e.getKey()), e.getValue()))
					.toList());
				after = revisions.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
			}
		});
	}

	/** Page id to revision for every stored page. */
	public Map<Long, Long> pageRevisions() {
		return articles.revisions();
	}

	/** The article, or: 410 Gone with its page when a re-ingest removed it, 404 when it never was. */
	public ArticleView articleOrGone(long id) {
		return article(id).orElseThrow(() -> articles.retired(id)
			.<RuntimeException>map(r -> new GoneException("article " + id + " (" + r.headline()
					+ ") was removed when its page was ingested again", "/issues/" + r.issueId()))
			.orElseGet(() -> new NotFoundException("article " + id)));
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

}
