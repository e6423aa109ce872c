package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighs an article's {@link ArticleSignals} into the probability that it was split right (logistic regression; the
 * weights in {@link SplitTuning#CONFIDENCE_WEIGHTS} were fitted on the development pages, see tools/fit-confidence.py),
 * and names what counts most against it, in Chinese, for the editors who review it.
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

	/**
	 * Why an article is doubted, certain things first: no headline, another dateline inside, a headline that fits
	 * another body or shares few words with its own, text that starts or ends mid-sentence, a jump. Then the signals
	 * that pulled the model's confidence down most against a typical right article ({@link #pulls}), the strongest
	 * first; a signal the model does not weigh against an article (a topic break raises it today) is never named.
	 */
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
		if (signals.get("starts_mid_sentence") > 0) {
			reasons.add(Doubts.STARTS_MID_SENTENCE);
		}
		if (signals.get("ends_open") > 0 && signals.get("continued") == 0) {
			reasons.add(Doubts.ENDS_OPEN);
		}
		if (signals.get("continued") > 0) {
			reasons.add(Doubts.CONTINUED);
		}
		for (String reason : pulls(signals)) {
			if (!reasons.contains(reason)) {
				reasons.add(reason);
			}
		}
		if (reasons.isEmpty()) {
			reasons.add(Doubts.OVERALL);
		}
		return reasons;
	}

	/**
	 * The reasons for the signals that pull the confidence at least {@link SplitTuning#REASON_MIN_PULL} (log-odds)
	 * below what a typical right article's value of it gives ({@link SplitTuning#TYPICAL_RIGHT}), the strongest
	 * first: weight times (value minus typical value). Each signal has a reason for a value above the typical one
	 * and one for a value below, or none where that direction says nothing an editor can check.
	 */
	static List<String> pulls(Map<String, Double> signals) {
		record Pull(double by, String reason) {
		}
		List<Pull> pulls = new ArrayList<>();
		// An article with no headline (a photo's caption aside) is named as such; what its headline would show is
		// no reason, nor is the page's headless text it is itself.
		boolean headless = signals.get("no_headline") > 0 || signals.get("photo") > 0;
		for (int i = 0; i < ArticleSignals.NAMES.size(); i++) {
			String name = ArticleSignals.NAMES.get(i);
			Named named = headless && HEADLINE_SIGNALS.contains(name) ? null : NAMED.get(name);
			double value = signals.get(name);
			double by = SplitTuning.CONFIDENCE_WEIGHTS[i] * (value - SplitTuning.TYPICAL_RIGHT[i]);
			String reason = named == null ? null : value > SplitTuning.TYPICAL_RIGHT[i] ? named.above() : named.below();
			if (reason != null && by <= -SplitTuning.REASON_MIN_PULL) {
				pulls.add(new Pull(by, reason));
			}
		}
		pulls.sort(Comparator.comparingDouble(Pull::by));
		return pulls.stream().map(Pull::reason).distinct().toList();
	}

	/** The signals that read the article's headline, or the page's texts left without one. */
	static final Set<String> HEADLINE_SIGNALS = Set.of("rival_headline", "headline_parts", "headline_in_lead",
			"headline_weakest_phrase", "headline_length", "page_headless");

	/** A signal's reason when its value is above a typical right article's, and when below (null: none). */
	record Named(String above, String below) {
	}

	static final Map<String, Named> NAMED = Map.ofEntries(
			Map.entry("topic_break", new Named(Doubts.TOPIC_BREAK, null)),
			Map.entry("length_ratio", new Named(Doubts.LONG_BODY, Doubts.SHORT_BODY)),
			Map.entry("neighbour_likeness", new Named(Doubts.LIKE_NEIGHBOUR, null)),
			Map.entry("rival_headline", new Named(Doubts.RIVAL_HEADLINE, null)),
			Map.entry("headline_parts", new Named(Doubts.HEADLINE_PARTS, null)),
			Map.entry("page_headless", new Named(Doubts.PAGE_HEADLESS, null)),
			Map.entry("page_orphans", new Named(Doubts.PAGE_ORPHANS, null)),
			Map.entry("openers_inside", new Named(Doubts.OPENERS_INSIDE, null)),
			Map.entry("headline_in_lead", new Named(null, Doubts.LEAD_LACKS_HEADLINE)),
			Map.entry("headline_weakest_phrase", new Named(null, Doubts.PHRASE_NOT_IN_TEXT)),
			Map.entry("headline_length", new Named(Doubts.LONG_HEADLINE, null)));

}
