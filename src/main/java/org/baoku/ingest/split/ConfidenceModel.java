package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weighs an article's {@link ArticleSignals} into the probability that it was split right (logistic regression; the
 * weights in {@link SplitTuning#CONFIDENCE_WEIGHTS} were fitted on the development pages, see tools/fit-confidence.py),
 * and names the signals that count most against it, in Chinese, for the editors who review it.
 */
final class ConfidenceModel {

	private ConfidenceModel() {
	}

	static double confidence(Map<String, Double> signals) {
		double z = SplitTuning.CONFIDENCE_BIAS;
		for (int i = 0; i < ArticleSignals.NAMES.size(); i++) {
			z += SplitTuning.CONFIDENCE_WEIGHTS[i] * signals.get(ArticleSignals.NAMES.get(i));
		}
		return Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
	}

	static boolean needsReview(double confidence) {
		return confidence < SplitTuning.REVIEW_THRESHOLD;
	}

	/** The signals that pull the confidence down, worst first, as reasons an editor can check. */
	static List<String> reasons(Map<String, Double> signals) {
		List<String> reasons = new ArrayList<>();
		if (signals.get("no_headline") > 0) {
			reasons.add(Doubts.NO_HEADLINE);
		}
		if (signals.get("inner_dateline") > 0) {
			reasons.add(Doubts.INNER_DATELINE);
		}
		if (signals.get("headline_fits_other") > SplitTuning.REASON_FITS_OTHER) {
			reasons.add(Doubts.HEADLINE_FITS_OTHER);
		}
		else if (signals.get("headline_fit") < SplitTuning.REASON_WEAK_HEADLINE && signals.get("no_headline") == 0 && signals.get("photo") == 0) {
			reasons.add(Doubts.weakHeadline(signals.get("headline_fit")));
		}
		if (signals.get("topic_break") > SplitTuning.REASON_TOPIC_BREAK) {
			reasons.add(Doubts.TOPIC_BREAK);
		}
		if (signals.get("neighbour_likeness") > SplitTuning.REASON_LIKE_NEIGHBOUR) {
			reasons.add(Doubts.LIKE_NEIGHBOUR);
		}
		if (signals.get("starts_mid_sentence") > 0) {
			reasons.add(Doubts.STARTS_MID_SENTENCE);
		}
		if (signals.get("ends_open") > 0 && signals.get("continued") == 0) {
			reasons.add(Doubts.ENDS_OPEN);
		}
		if (signals.get("length_ratio") > SplitTuning.REASON_LONG) {
			reasons.add(Doubts.LONG_BODY);
		}
		if (signals.get("length_ratio") < -SplitTuning.REASON_SHORT) {
			reasons.add(Doubts.SHORT_BODY);
		}
		if (signals.get("continued") > 0) {
			reasons.add(Doubts.CONTINUED);
		}
		if (reasons.isEmpty()) {
			reasons.add(Doubts.OVERALL);
		}
		return reasons;
	}

}
