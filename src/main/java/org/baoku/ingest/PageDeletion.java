package org.baoku.ingest;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.search.SearchApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's deletion of a page or of a whole issue. Each page goes in one transaction: its articles are retired
 * (their permalinks answer 410 Gone), the page is remembered as deleted (its permalink answers 410 too), its index
 * work is queued (the indexer drops a page PostgreSQL no longer has), and an issue left without pages goes too.
 */
@Service
public class PageDeletion {

	private static final Logger log = LoggerFactory.getLogger(PageDeletion.class);

	private final JdbcClient jdbc;

	private final IngestRepository pages;

	private final TransactionTemplate transaction;

	private final SearchApi search;

	PageDeletion(JdbcClient jdbc, IngestRepository pages, TransactionTemplate transaction, SearchApi search) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.transaction = transaction;
		this.search = search;
	}

	/** Deletes the page; false when there is no such page (nothing changes). */
	public boolean deletePage(long pageId, String admin) {
		Boolean deleted = transaction.execute(status -> delete(pageId, admin));
		indexNow();
		return Boolean.TRUE.equals(deleted);
	}

	/** Deletes every page of the issue; returns how many. */
	public int deleteIssue(String newspaper, LocalDate date, String admin) {
		List<Long> ids = jdbc.sql("""
				select p.id from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where n.name = :paper and i.issue_date = :date order by p.id""")
			.param("paper", newspaper)
			.param("date", date)
			.query(Long.class)
			.list();
		int deleted = 0;
		for (long id : ids) {
			if (Boolean.TRUE.equals(transaction.execute(status -> delete(id, admin)))) {
				deleted++;
			}
		}
		indexNow();
		return deleted;
	}

	private boolean delete(long pageId, String admin) {
		// The page's row locked first: an upload replacing it waits, then finds its slot empty.
		Long issueId = jdbc.sql("select issue_id from page where id = :id for update")
			.param("id", pageId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (issueId == null) {
			return false;
		}
		jdbc.sql("""
				insert into deleted_page (id, newspaper, issue_date, page_label, deleted_by)
				select p.id, n.name, i.issue_date, p.page_label, :admin
				from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where p.id = :id""")
			.param("id", pageId)
			.param("admin", admin)
			.update();
		jdbc.sql("select id from article where page_id = :id").param("id", pageId).query(Long.class).list()
			.forEach(pages::retireArticle);
		pages.queueIndexing(pageId);
		jdbc.sql("delete from page where id = :id").param("id", pageId).update();
		jdbc.sql("delete from issue where id = :issue and not exists (select 1 from page where issue_id = :issue)")
			.param("issue", issueId)
			.update();
		log.info("Page {} deleted by {}", pageId, admin);
		return true;
	}

	private void indexNow() {
		try {
			search.indexWaitingPages();
		}
		catch (RuntimeException ex) {
			log.error("Indexing a deletion failed; it stays queued", ex);
		}
	}

}
