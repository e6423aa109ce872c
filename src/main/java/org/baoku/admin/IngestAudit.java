package org.baoku.admin;

import java.time.LocalDate;

import org.baoku.audit.AuditDetail;
import org.baoku.ingest.IngestResult;

/** What an ingest's audit entry says of it: the page as the request named it, the file and how it ended. */
final class IngestAudit {

	private IngestAudit() {
	}

	/**
	 * Adds the ingest's detail to the request's audit entry: one message per way an ingest ends; a page not stored
	 * (refused, rejected, too large, taken) is recorded as refused, whatever the answer's status.
	 */
	static void describe(String newspaper, LocalDate date, String page, IngestResult result) {
		AuditDetail.Said said = said(newspaper, date, page, result);
		AuditDetail.set(said.key(), said.args().toArray());
		if (refused(result)) {
			AuditDetail.refused();
		}
	}

	static AuditDetail.Said said(String newspaper, LocalDate date, String page, IngestResult result) {
		return new AuditDetail.Said("audit.detail.ingest." + result.status(), java.util.stream.Stream
			.of(newspaper, date == null ? "—" : date, page == null || page.isBlank() ? "—" : page, result.fileName(),
					result.pageId() == null ? "—" : result.pageId(), result.articles())
			.map(String::valueOf)
			.toList());
	}

	/** Not stored, and not because the same file was stored before. */
	static boolean refused(IngestResult result) {
		return !result.stored() && result.status() != IngestResult.Status.DUPLICATE;
	}

}
