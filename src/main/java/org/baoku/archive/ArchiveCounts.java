package org.baoku.archive;

import java.time.LocalDate;

/** How much the archive holds and which days it covers (null dates when it is empty). */
public record ArchiveCounts(long issues, long pages, long articles, LocalDate first, LocalDate last) {
}
