package org.baoku.audit;

import java.time.LocalDate;

/** Which entries of the audit log to show: each part may be empty (then it does not narrow). */
public record AuditFilter(String actor, String action, LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null);
	}

}
