package org.baoku.archive;

import java.time.LocalDate;
import java.util.Comparator;

/** One stored page (版次) of an issue: where it belongs, the file it came from and how many articles it holds. */
public record PageSummary(long id, String newspaper, LocalDate date, String pageLabel, String sourceFile,
		int articleCount) {

	/** Pages of one issue in the order they are printed. */
	static final Comparator<PageSummary> PAGE_ORDER = Comparator.comparing(PageSummary::pageLabel, PageOrder.LABELS)
		.thenComparingLong(PageSummary::id);

}
