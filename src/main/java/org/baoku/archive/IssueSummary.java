package org.baoku.archive;

import java.time.LocalDate;

/** One stored page of an issue, for browsing by date. */
public record IssueSummary(long id, String newspaper, LocalDate date, String pageLabel, String sourceFile,
		int articleCount) {
}
