package org.baoku.archive;

import java.time.LocalDate;
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

	private final IssueRepository issues;

	private final ArchiveOverview overview;

	private final PageScanRepository scans;

	/** A page and its articles are read as of one moment, so a replace committing meanwhile is never half seen. */
	private final TransactionTemplate snapshot;

	ArchiveApi(ArticleRepository articles, IssueRepository issues, ArchiveOverview overview, PageScanRepository scans,
			PlatformTransactionManager transactions) {
		this.articles = articles;
		this.issues = issues;
		this.overview = overview;
		this.scans = scans;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	public Optional<ArticleView> article(long id) {
		return articles.find(id);
	}

	/** The printed page of a page PDF with its articles' regions; empty for a page ingested as text. */
	public Optional<PageScan> scanOf(long pageId) {
		return scans.scanOf(pageId);
	}

	/** The page as stored now, or empty when there is no such page. */
	public Optional<PageSnapshot> page(long pageId) {
		return snapshot.execute(status -> articles.revision(pageId)
			.map(revision -> new PageSnapshot(pageId, revision, articles.ofPage(pageId))));
	}

	/** A page's summary and its articles, read together. */
	public Optional<PageView> pageView(long pageId) {
		return snapshot.execute(status -> articles.page(pageId).map(page -> new PageView(page, articles.ofPage(pageId))));
	}

	/** The page with its articles; 410 Gone when an admin deleted it, 404 when it never was. */
	public PageView pageViewOrGone(long pageId) {
		return pageView(pageId).orElseThrow(() -> articles.deletedPage(pageId)
			.<RuntimeException>map(d -> new GoneException("page " + pageId + " (" + d + ") was deleted",
					IssueController.IssueLinks.issue(d.newspaper(), d.date()), "error.goneIssueLink", "error.gone.page",
					d.names()))
			.orElseGet(() -> new NotFoundException("page " + pageId)));
	}

	/** The page's raw text with the article's headline and body marked where they are found in it. */
	public MarkedText rawTextMarking(ArticleView article) {
		String raw = rawText(article.pageId()).orElse("");
		return MarkedText.spans(raw, RawTextSpans.find(raw, List.of(article.headline(), article.body())));
	}

	/** The name a paper is stored under now: the name itself, or what an admin renamed or merged it into. */
	public String nameNow(String newspaper) {
		return newspaper == null || newspapers().contains(newspaper) ? newspaper : renamedTo(newspaper).orElse(newspaper);
	}

	/**
	 * Where a link to a paper's issue of a day leads now: nowhere else (empty) where the paper has that issue under
	 * this name, else the name an admin renamed or merged the paper into.
	 */
	public Optional<String> issueMovedTo(String newspaper, LocalDate day) {
		return issueView(newspaper, day).isPresent() ? Optional.empty() : renamedTo(newspaper);
	}

	/** The newspaper a name now stands for, where an admin renamed the paper or merged it into another. */
	public Optional<String> renamedTo(String newspaper) {
		return issues.renamedTo(newspaper);
	}

	/** Whether an admin deleted pages of this issue (its link then answers 410 once no page is left). */
	public boolean issueHadDeletedPages(String newspaper, LocalDate date) {
		return articles.deletedPages(newspaper, date) > 0;
	}

	/** A page of an issue with its articles in page order. */
	public record PageView(PageSummary page, List<ArticleView> articles) {
	}

	/** An issue with its pages in page order, each with its articles in page order, read together. */
	public Optional<IssueView> issueView(String newspaper, LocalDate date) {
		return snapshot.execute(status -> issues.issue(newspaper, date)
			.map(issue -> new IssueView(issue, articles.pagesOf(newspaper, date)
				.stream()
				.map(page -> new PageView(page, articles.ofPage(page.id())))
				.toList())));
	}

	/** An issue's pages in page order. */
	public List<PageSummary> pagesOf(String newspaper, LocalDate date) {
		return articles.pagesOf(newspaper, date);
	}

	/** An issue and its pages. */
	public record IssueView(IssueSummary issue, List<PageView> pages) {
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
				for (ArticleView article : articles.ofPages(List.copyOf(revisions.keySet()))) {
					byPage.get(article.pageId()).add(article);
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

	/**
	 * The pages the index should hold documents of, each with its revision and how many articles it has (one document
	 * each): a page every article of which an editor dropped is stored but has nothing to index.
	 */
	public Map<Long, PageContents> indexedPages() {
		return articles.contentsOfPagesWithArticles();
	}

	/** The article, or: 410 Gone with its page when a re-ingest removed it, 404 when it never was. */
	public ArticleView articleOrGone(long id) {
		return article(id).orElseThrow(() -> articles.retired(id)
			.<RuntimeException>map(this::gone)
			.orElseGet(() -> new NotFoundException("article " + id)));
	}

	/** What happened to an article no longer in the archive, and where to go instead. */
	private GoneException gone(RetiredArticle r) {
		String what = "article " + r.id() + " (" + r.headline() + ")";
		return switch (r.reason()) {
			case REINGESTED -> new GoneException(what + " was removed when its page was ingested again",
					"/pages/" + r.pageId(), "error.goneLink", "error.gone.reingested");
			case NOT_ARTICLE -> new GoneException(what + " was marked by an editor as no article", "/pages/" + r.pageId(),
					"error.goneLink", "error.gone.notArticle");
			case MERGED -> new GoneException(what + " was merged into article " + r.mergedInto(),
					"/articles/" + r.mergedInto(), "error.goneMergedLink", "error.gone.merged", String.valueOf(r.mergedInto()));
			case PAGE_DELETED -> articles.deletedPage(r.pageId())
				.map(d -> new GoneException(what + " was on page " + r.pageId() + " (" + d + "), which was deleted",
						IssueController.IssueLinks.issue(d.newspaper(), d.date()), "error.goneIssueLink",
						"error.gone.articlePageDeleted", d.names()))
				.orElseGet(() -> new GoneException(what + " was on a page that was deleted", "/issues",
						"error.goneIssuesLink", "error.gone.articleOnDeletedPage"));
		};
	}

	/**
	 * What the review queue shows: which newspaper and days (each may be null), doubtful below which confidence, and
	 * only articles with a doubt that begins with {@code doubtStart} (null for any).
	 */
	public record ReviewFilter(String newspaper, LocalDate from, LocalDate to, double confidenceBelow, String doubtStart) {

		public ReviewFilter {
			newspaper = PrintedName.of(newspaper);
		}

		/** The same queue for articles of any doubt: what the counts of each doubt are taken over. */
		public ReviewFilter anyDoubt() {
			return new ReviewFilter(newspaper, from, to, confidenceBelow, null);
		}

	}

	/** How much waits in the review queue. */
	public record ReviewCounts(long pages, long articles) {
	}

	/** The review queue's order: oldest page first, in page order; or the article the reader was least sure of first. */
	public enum ReviewOrder {

		PAGE, DOUBT

	}

	/**
	 * Articles the splitter doubted that no editor has corrected, on pages no editor marked as checked, in the order
	 * asked for.
	 */
	public List<ArticleView> reviewQueue(ReviewFilter filter, ReviewOrder order, int limit) {
		return articles.waitingForReview(filter, order, limit);
	}

	public ReviewCounts reviewCounts(ReviewFilter filter) {
		return articles.reviewCounts(filter);
	}

	/**
	 * Of the articles the filter lets through, how many have a doubt beginning with each of {@code doubtStarts}; a
	 * start none has is left out.
	 */
	public Map<String, Long> reviewDoubtCounts(ReviewFilter filter, List<String> doubtStarts) {
		return articles.reviewDoubtCounts(filter, doubtStarts);
	}

	public long articleCount() {
		return articles.count();
	}

	/** The page's text as ingested. */
	public Optional<String> rawText(long pageId) {
		return articles.rawText(pageId);
	}

	public List<String> newspapers() {
		return issues.newspapers();
	}

	/** Years with issues of the newspaper, newest first, with how many issues each. */
	public Map<Integer, Long> issueYears(String newspaper) {
		Map<Integer, Long> years = new LinkedHashMap<>();
		issues.years(newspaper).forEach(y -> years.put(y.year(), y.issues()));
		return years;
	}

	/** The newspaper's issues between two days, both included, oldest first. */
	public List<IssueSummary> issuesBetween(String newspaper, LocalDate first, LocalDate last) {
		return issues.between(newspaper, first, last);
	}

	public List<IssueSummary> issuesOn(LocalDate date) {
		return issues.onDate(date);
	}

	public Optional<IssueSummary> issueBefore(String newspaper, LocalDate date) {
		return issues.before(newspaper, date);
	}

	public Optional<IssueSummary> issueAfter(String newspaper, LocalDate date) {
		return issues.after(newspaper, date);
	}

	/** The same month and day in every other year; a null newspaper means every newspaper. */
	public List<IssueSummary> sameDayOtherYears(String newspaper, LocalDate date) {
		return issues.sameDayOtherYears(newspaper, date);
	}

	public List<IssueSummary> latestIssues(int count) {
		return issues.latest(count);
	}

	/** The ids of an issue's articles in reading order. */
	public List<Long> articleIdsOfIssue(String newspaper, LocalDate date) {
		return issues.articleIds(newspaper, date);
	}

	/** What the first start did about sample pages, or why there were none (the ingest side writes it). */
	public Optional<String> startNote() {
		return issues.appState("seeds_note");
	}

	public ArchiveCounts counts() {
		return overview.now().counts();
	}

	/** Articles per month over the whole archive, on an even time axis. */
	public MonthHistogram articlesPerMonth() {
		return overview.now().articlesPerMonth();
	}

}
