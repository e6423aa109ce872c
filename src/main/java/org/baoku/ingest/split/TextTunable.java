package org.baoku.ingest.split;

/**
 * The text splitter's numbers a paper's profile may set: those that weigh how a paper sets its headings, titles and
 * bylines and how sharply its articles change topic. Each default and its meaning is in {@link SplitTuning}.
 */
public enum TextTunable implements Tunable {

	HEADING_LINE_SHARE(SplitTuning.HEADING_LINE_SHARE, 0.4, 0.5, 0.7, 0.8),
	SIGNED_TITLES_MIN(SplitTuning.SIGNED_TITLES_MIN, 1, 3, 4),
	OWN_LINE_BYLINE_MAX_CHARS(SplitTuning.OWN_LINE_BYLINE_MAX_CHARS, 20, 30, 50, 60),
	CUT_HEADLINE_MIN_FIT(SplitTuning.CUT_HEADLINE_MIN_FIT, 0.2, 0.3, 0.5, 0.6),
	HEADLINE_ABOVE_MIN(SplitTuning.HEADLINE_ABOVE_MIN, 0.2, 0.3, 0.5, 0.6),
	MAX_TITLE_CHARS(SplitTuning.MAX_TITLE_CHARS, 25, 30, 50, 60),
	TOPIC_BREAK(SplitTuning.TOPIC_BREAK, 0.05, 0.1, 0.2, 0.3),
	MIN_SCORE(SplitTuning.MIN_SCORE, 0.1, 0.2, 0.4, 0.5),
	ATTACH_COVERAGE(SplitTuning.ATTACH_COVERAGE, 0.2, 0.3, 0.5, 0.6),
	CLAIM_BONUS(SplitTuning.CLAIM_BONUS, 0.3, 0.45, 0.8, 1.0),
	JOINT_MAX_COSINE(SplitTuning.JOINT_MAX_COSINE, 0.1, 0.2);

	private final double defaultValue;

	private final double[] candidates;

	TextTunable(double defaultValue, double... candidates) {
		this.defaultValue = defaultValue;
		this.candidates = candidates;
	}

	@Override
	public double defaultValue() {
		return defaultValue;
	}

	@Override
	public double[] candidates() {
		return candidates.clone();
	}

}
