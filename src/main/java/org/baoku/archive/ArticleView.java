package org.baoku.archive;

import java.time.LocalDate;
import java.util.List;

/** An archived article as readers see it and as the index is built from it. */
public record ArticleView(long id, long issueId, String newspaper, LocalDate date, String pageLabel, int position,
		String kicker, String headline, String subtitle, String dateline, LocalDate eventDate, String byline, String body,
		double confidence, List<String> doubts, List<String> reporters, List<OfficialTitle> officials) {

	/** An official named in the article, with the title this article gives. */
	public record OfficialTitle(String name, String title) {
	}

	public List<String> paragraphs() {
		return body.lines().filter(l -> !l.isBlank()).toList();
	}

	public List<String> officialNames() {
		return officials.stream().map(OfficialTitle::name).toList();
	}

}
