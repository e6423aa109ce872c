package org.baoku.search;

import java.time.OffsetDateTime;

/**
 * A search a signed-in user keeps: its name, the address of its results ({@code /search?…}), and the newest article
 * the index held at the last visit, after which stored articles count as new.
 */
public record SavedSearch(long id, String name, String query, long seenUpTo, OffsetDateTime createdAt,
		OffsetDateTime visitedAt) {
}
