package org.baoku.account;

import java.time.OffsetDateTime;

/** A user of the admin and review pages, without the password. */
public record Account(long id, String username, Role role, boolean enabled, OffsetDateTime createdAt,
		OffsetDateTime passwordChangedAt) {
}
