package org.baoku.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.archive.PrintedName;
import org.baoku.search.SearchApi;
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

	private final IngestRepository pages;

	private final TransactionTemplate transaction;

	private final SearchApi search;

	PageDeletion(IngestRepository pages, TransactionTemplate transaction, SearchApi search) {
		this.pages = pages;
		this.transaction = transaction;
		this.search = search;
	}

	/** Deletes the page; false when there is no such page (nothing changes). */
	public boolean deletePage(long pageId, String admin) {
		Boolean deleted = transaction.execute(status -> delete(pageId, admin));
		search.indexWaitingPagesAfter("a deletion");
		return Boolean.TRUE.equals(deleted);
	}

	/** Deletes every page of the issue; returns how many. */
	public int deleteIssue(String newspaper, LocalDate date, String admin) {
		List<Long> ids = pages.pagesOf(PrintedName.of(newspaper), date);
		int deleted = 0;
		for (long id : ids) {
			if (Boolean.TRUE.equals(transaction.execute(status -> delete(id, admin)))) {
				deleted++;
			}
		}
		search.indexWaitingPagesAfter("a deletion");
		return deleted;
	}

	private boolean delete(long pageId, String admin) {
		// The page's row locked first: an upload replacing it waits, then finds its slot empty.
		Optional<Long> issueId = pages.lockPage(pageId);
		if (issueId.isEmpty()) {
			return false;
		}
		pages.deletePage(pageId, issueId.get(), admin);
		log.info("Page {} deleted by {}", pageId, admin);
		return true;
	}

}
