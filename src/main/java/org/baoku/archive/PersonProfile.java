package org.baoku.archive;

import java.time.LocalDate;
import java.util.List;

/** A reporter or an official as the archive knows them: what they were called, when, where and with whom. */
public record PersonProfile(String name, long articleCount, List<TitleHeld> titles, List<MonthCount> months,
		List<Companion> companions, List<ArticleLink> articles) {

	/** A title the archive's articles give the person, first and last seen. */
	public record TitleHeld(String title, LocalDate first, LocalDate last, long articles) {
	}

	/** Articles per month, for the histogram. */
	public record MonthCount(String month, long count) {
	}

	/** Someone named together with the person, and in how many articles. */
	public record Companion(String name, long articles) {
	}

	public record ArticleLink(long id, LocalDate date, String headline) {
	}

	public long maxMonthCount() {
		return months.stream().mapToLong(MonthCount::count).max().orElse(0);
	}

}
