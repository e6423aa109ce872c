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
			reasons.add(Doubts.noHeadline());
		}
		if (signals.get("inner_dateline") > 0) {
			reasons.add(Doubts.innerDateline());
		}
		if (signals.get("headline_fits_other") > 0.1) {
			reasons.add(Doubts.headlineFitsOther());
		}
		else if (signals.get("headline_fit") < 0.35 && signals.get("no_headline") == 0 && signals.get("photo") == 0) {
			reasons.add(Doubts.weakHeadline(signals.get("headline_fit")));
		}
		if (signals.get("topic_break") > 0.95) {
			reasons.add(Doubts.topicBreak());
		}
		if (signals.get("starts_mid_sentence") > 0) {
			reasons.add(Doubts.startsMidSentence());
		}
		if (signals.get("ends_open") > 0 && signals.get("continued") == 0) {
			reasons.add(Doubts.endsOpen());
		}
		if (signals.get("length_ratio") > 1.2) {
			reasons.add(Doubts.longBody());
		}
		if (signals.get("length_ratio") < -1.5) {
			reasons.add(Doubts.shortBody());
		}
		if (signals.get("continued") > 0) {
			reasons.add(Doubts.continued());
		}
		if (reasons.isEmpty()) {
			reasons.add(Doubts.overall());
		}
		return reasons;
	}

}
