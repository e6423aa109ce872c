package org.baoku.audit;

import java.time.OffsetDateTime;

/**
 * One entry of the audit log: who (an account's name, or how a command-line run was started), from which address,
 * did what to what, and how it ended; its detail in English and, for entries written since, as a message key with
 * its arguments.
 */
public record AuditEvent(long id, OffsetDateTime at, String actor, String address, String action, String target,
		String result, String detail, AuditDetail.Said said) {
}
