package org.baoku.ingest.split;

import java.util.ArrayList;
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

	/** An article whose confidence is below this is listed for review: the one threshold, wherever it is asked. */
	public static final double REVIEW_THRESHOLD = SplitTuning.REVIEW_THRESHOLD;

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
		SplitArticle article = new SplitArticle(headline, dateline, eventDay, byline, reporters, photoCredit, body,
				confidence, doubts, signals);
		article = ArticleReader.signedTwice(body) ? article.doubted(Doubts.SIGNED_TWICE) : article;
		article = BylineFit.misfits(dateline, byline) ? article.doubted(Doubts.BYLINE_MISFITS) : article;
		article = headline.isColumnTagOnly() ? article.doubted(Doubts.TAG_ONLY_HEADLINE) : article;
		article = headline.hasFragment() ? article.doubted(Doubts.HEADLINE_FRAGMENT) : article;
		article = HeadlinePartsApart.found(headline, body) ? article.doubted(Doubts.PARTS_APART) : article;
		// However well its headline fits, a text many times longer than the page's others is rarely one article.
		article = signals.getOrDefault("length_ratio", 0.0) >= SplitTuning.LONG_BODY_LOG_RATIO
				&& !article.doubts().contains(Doubts.LONG_BODY) ? article.doubted(Doubts.LONG_BODY) : article;
		return HeadlessTail.found(headline, body) ? article.doubted(Doubts.HEADLESS_TAIL) : article;
	}

	/**
	 * An article cut along its printed region (a page PDF): the layout settles where it begins and ends, so only what
	 * the layout leaves open is doubted: no headline over its text, text that ends open without a jump line.
	 */
	public SplitArticle laidOut(boolean headlineFound, boolean continued) {
		return laidOut(headlineFound, continued, false);
	}

	/** The same, for a text whose first line is set flush in a column that indents its paragraphs: mid-sentence. */
	public SplitArticle laidOut(boolean headlineFound, boolean continued, boolean startsMidText) {
		List<String> doubts = new ArrayList<>();
		if (!headlineFound && !isPhoto()) {
			doubts.add(Doubts.NO_HEADLINE);
		}
		if (startsMidText && !isPhoto()) {
			doubts.add(Doubts.STARTS_MID_SENTENCE);
		}
		if (!continued && !body.isEmpty() && !Line.endsSentenceText(body) && !Line.closedByNote(body) && !isPhoto()) {
			doubts.add(Doubts.ENDS_OPEN);
		}
		if (continued) {
			doubts.add(Doubts.CONTINUED);
		}
		if (ArticleReader.signedTwice(body)) {
			doubts.add(Doubts.SIGNED_TWICE);
		}
		if (headline.isColumnTagOnly()) {
			doubts.add(Doubts.TAG_ONLY_HEADLINE);
		}
		if (headline.hasFragment()) {
			doubts.add(Doubts.HEADLINE_FRAGMENT);
		}
		double confidence = doubts.isEmpty() ? SplitTuning.LAID_OUT_CONFIDENCE
				: SplitTuning.LAID_OUT_CONFIDENCE - SplitTuning.LAID_OUT_DOUBT_PENALTY * doubts.size();
		return new SplitArticle(headline, dateline, eventDay, byline, reporters, photoCredit, body,
				Math.max(0, confidence), ConfidenceModel.needsReview(confidence) ? List.copyOf(doubts) : List.of(), Map.of());
	}

	/** The article with the signals its reading was weighed on (a page PDF's: what the article-doubt model is given). */
	public SplitArticle withSignals(Map<String, Double> signals) {
		return new SplitArticle(headline, dateline, eventDay, byline, reporters, photoCredit, body, confidence, doubts,
				java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signals)));
	}

	/**
	 * The article with its confidence no higher than {@code most}; its doubts as they were (a confidence lowered under
	 * the review threshold comes with the doubt that lowered it, through {@link #doubted}).
	 */
	public SplitArticle atMost(double most) {
		return new SplitArticle(headline, dateline, eventDay, byline, reporters, photoCredit, body,
				Math.min(confidence, Math.max(0, most)), doubts, signals);
	}

	/** The article with more people credited (a photographer whose photo it prints), each name once. */
	public SplitArticle creditedWith(List<Credit> more) {
		List<Credit> all = new ArrayList<>(reporters);
		for (Credit c : more) {
			if (all.stream().noneMatch(r -> r.name().equals(c.name()))) {
				all.add(c);
			}
		}
		return new SplitArticle(headline, dateline, eventDay, byline, List.copyOf(all), photoCredit, body, confidence,
				doubts, signals);
	}

	/**
	 * The article with one more doubt found by looking at the whole page: its confidence drops by a laid-out doubt's
	 * penalty, and the doubt is listed when that puts it under the review threshold.
	 */
	public SplitArticle doubted(String doubt) {
		double lowered = Math.max(0, confidence - SplitTuning.LAID_OUT_DOUBT_PENALTY);
		List<String> all = new ArrayList<>(doubts);
		all.add(doubt);
		return new SplitArticle(headline, dateline, eventDay, byline, reporters, photoCredit, body, lowered,
				ConfidenceModel.needsReview(lowered) ? List.copyOf(all) : List.of(), signals);
	}

	public List<String> reporterNames() {
		return reporters.stream().map(Credit::name).distinct().toList();
	}

}
