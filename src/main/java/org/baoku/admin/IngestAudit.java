package org.baoku.admin;

import java.time.LocalDate;

import org.baoku.audit.AuditDetail;
import org.baoku.ingest.IngestResult;

/** What an ingest's audit entry says of it: the page as the request named it, the file and how it ended. */
final class IngestAudit {

	private IngestAudit() {
	}

	/** Adds the ingest's detail to the request's audit entry: one message per way an ingest ends. */
	static void describe(String newspaper, LocalDate date, String page, IngestResult result) {
		AuditDetail.set("audit.detail.ingest." + result.status(), newspaper, date == null ? "—" : date,
				page == null || page.isBlank() ? "—" : page, result.fileName(),
				result.pageId() == null ? "—" : result.pageId(), result.articles());
	}

}
