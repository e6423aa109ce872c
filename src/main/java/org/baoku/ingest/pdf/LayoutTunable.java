package org.baoku.ingest.pdf;

import org.baoku.ingest.split.Tunable;

/**
 * The layout splitter's numbers a paper's profile may set: how far apart a paper sets a headline's lines, its
 * subtitle and its text, what size a subheading or an author's line is, how its columns continue. Each default and
 * its meaning is in {@link LayoutTuning}.
 */
public enum LayoutTunable implements Tunable {

	HEAD_LINE_GAP_EM(LayoutTuning.HEAD_LINE_GAP_EM, 0.9, 1.0, 1.3, 1.5),
	SUBTITLE_GAP_EM(LayoutTuning.SUBTITLE_GAP_EM, 1.25, 1.5, 2.5, 3.0),
	HEAD_TO_TEXT_EM(LayoutTuning.HEAD_TO_TEXT_EM, 2.5, 3.0, 5.0, 6.0),
	SUBHEADING_MAX_SIZE(LayoutTuning.SUBHEADING_MAX_SIZE, 1.4, 1.6, 2.0, 2.4),
	SUBHEADING_GAP_EM(LayoutTuning.SUBHEADING_GAP_EM, 3.0, 3.5, 5.5, 7.0),
	TEXT_STYLE_MAX_SIZE(LayoutTuning.TEXT_STYLE_MAX_SIZE, 1.05, 1.1, 1.25, 1.35),
	MAX_LINE_STEP_EM(LayoutTuning.MAX_LINE_STEP_EM, 1.4, 1.6, 2.0, 2.3),
	CONTINUATION_TOPIC_MARGIN(LayoutTuning.CONTINUATION_TOPIC_MARGIN, 0.0, 0.02, 0.1, 0.2),
	SIGNED_PAGE_SHARE(LayoutTuning.SIGNED_PAGE_SHARE, 0.4, 0.5, 0.7, 0.8),
	AUTHOR_LINE_MAX_SIZE(LayoutTuning.AUTHOR_LINE_MAX_SIZE, 1.15, 1.2, 1.4, 1.6);

	private final double defaultValue;

	private final double[] candidates;

	LayoutTunable(double defaultValue, double... candidates) {
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
