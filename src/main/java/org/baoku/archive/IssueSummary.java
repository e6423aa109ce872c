package org.baoku.archive;

import java.time.LocalDate;

/** One issue: a newspaper's edition of one day, with how many pages and articles of it are stored. */
public record IssueSummary(String newspaper, LocalDate date, int pageCount, int articleCount) {
}
