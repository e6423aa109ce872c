package org.baoku.archive;

/**
 * What a page holds for the index: its revision and how many articles it has. PostgreSQL's and the index's (the
 * oldest revision among the page's documents, and their number) must be equal, or the index lost part of the page.
 */
public record PageContents(long revision, int articles) {
}
