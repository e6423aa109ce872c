package org.baoku.archive;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** A reporter or an official as the archive knows them: what they were called, when, where and with whom. */
public record PersonProfile(String name, long articleCount, List<TitleHeld> titles, List<MonthCount> months,
		List<Companion> companions, int page, List<ArticleLink> articles) {

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

	/** Articles per month on an even time axis, empty months as zero. */
	public MonthHistogram histogram() {
		Map<String, Long> counts = new LinkedHashMap<>();
		months.forEach(m -> counts.put(m.month(), m.count()));
		return MonthHistogram.of(counts);
	}

	public int pageCount() {
		return (int) Math.max(1, (articleCount + PeopleRepository.ARTICLES_PER_PAGE - 1) / PeopleRepository.ARTICLES_PER_PAGE);
	}

	/** Where the list of articles on this page starts, counted from 1. */
	public int firstNumber() {
		return (page - 1) * PeopleRepository.ARTICLES_PER_PAGE + 1;
	}

}
