package org.baoku.ingest.split;

import java.util.List;

/**
 * One article as the splitter cut it from a page: its headline, dateline, byline and body paragraphs (joined by
 * newlines), with how sure the splitter is and why it doubts.
 */
public record SplitArticle(Headline headline, String dateline, EventDay eventDay, String byline,
		List<Credit> reporters, boolean photoCredit, String body, double confidence, List<String> doubts) {

	public List<String> reporterNames() {
		return reporters.stream().map(Credit::name).distinct().toList();
	}

}
