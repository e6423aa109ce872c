package org.baoku.admin;

import java.time.LocalDate;

import org.baoku.ingest.IngestResult;

/** What an ingest's audit entry says of it: the page as the request named it, the file and how it ended. */
final class IngestAudit {

	private IngestAudit() {
	}

	static String describe(String newspaper, LocalDate date, String page, IngestResult result) {
		return newspaper + " " + (date == null ? "(date from the file)" : date) + (page == null || page.isBlank() ? ""
				: " " + page) + ", file " + result.fileName() + ": " + result.status()
				+ (result.pageId() == null ? "" : ", page " + result.pageId()) + ", " + result.articles() + " articles"
				+ (result.message() == null ? "" : " (" + result.message() + ")");
	}

}
