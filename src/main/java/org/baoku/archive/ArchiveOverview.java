package org.baoku.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the home page says of the whole archive (counts, articles per month). Reading it walks every article, so
 * it is kept until the committed pages change: every store or replace commits a new, higher revision for its
 * page, so the sum of the revisions and the number of pages change whatever order transactions commit in. (Not
 * the revision sequence itself: it moves before its transaction commits.)
 */
@Component
class ArchiveOverview {

	/** The overview as of one state of the archive. */
	record Overview(ArchiveCounts counts, MonthHistogram articlesPerMonth) {
	}

	private record Kept(String state, Overview overview) {
	}

	private final IssueRepository issues;

	private final JdbcClient jdbc;

	private final AtomicReference<Kept> kept = new AtomicReference<>();

	ArchiveOverview(IssueRepository issues, JdbcClient jdbc) {
		this.issues = issues;
		this.jdbc = jdbc;
	}

	Overview now() {
		String state = jdbc.sql("select coalesce(sum(revision), 0) || '/' || count(*) from page")
			.query(String.class)
			.single();
		Kept current = kept.get();
		if (current != null && current.state().equals(state)) {
			return current.overview();
		}
		Map<String, Long> months = new LinkedHashMap<>();
		issues.articlesPerMonth().forEach(m -> months.put(m.month(), m.count()));
		Overview fresh = new Overview(issues.counts(), MonthHistogram.of(months));
		kept.set(new Kept(state, fresh));
		return fresh;
	}

}
