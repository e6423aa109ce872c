package org.baoku.ingest.split;

import java.util.List;
import java.util.Map;

/**
 * One article as the splitter cut it from a page: its headline, dateline, byline and body paragraphs (joined by
 * newlines), with how sure the splitter is, why it doubts (when it asks for review) and the signals behind that.
 */
public record SplitArticle(Headline headline, String dateline, EventDay eventDay, String byline,
		List<Credit> reporters, boolean photoCredit, String body, double confidence, List<String> doubts,
		Map<String, Double> signals) {

	SplitArticle(Headline headline, String dateline, EventDay eventDay, String byline, List<Credit> reporters,
			boolean photoCredit, String body) {
		this(headline, dateline, eventDay, byline, reporters, photoCredit, body, 1.0, List.of(), Map.of());
	}

	/** A photo item: a caption and its credit, no headline unless one is printed. */
	public boolean isPhoto() {
		return headline.isEmpty() && photoCredit;
	}

	/** Below the review threshold: editors should check this split. */
	public boolean needsReview() {
		return ConfidenceModel.needsReview(confidence);
	}

	SplitArticle assessed(Map<String, Double> signals) {
		double confidence = ConfidenceModel.confidence(signals);
		List<String> doubts = ConfidenceModel.needsReview(confidence) ? ConfidenceModel.reasons(signals) : List.of();
		return new SplitArticle(headline, dateline, eventDay, byline, reporters, photoCredit, body, confidence, doubts,
				signals);
	}

	public List<String> reporterNames() {
		return reporters.stream().map(Credit::name).distinct().toList();
	}

}
