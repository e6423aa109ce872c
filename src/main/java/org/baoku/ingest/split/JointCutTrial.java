package org.baoku.ingest.split;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where no profile sets the joint cut ({@link JointCut}: two articles run together under two headlines printed as
 * one, cut apart together), the page is read again with it and the reading kept that the splitter doubts less
 * ({@link #standing}: the share of its articles sent to review, offset by their mean confidence). Turned on for every
 * page, the cut lifts pages typeset anew but sends one right article too many to review on the pages held out;
 * weighed by the page's own doubt, it is kept only where the page as a whole stands better with it.
 */
final class JointCutTrial {

	/** What the trial found on a page, for `parse --explain`. */
	record Outcome(boolean tried, boolean cutDiffers, boolean kept, double plain, double joint) {

		static final Outcome NOT_TRIED = new Outcome(false, false, false, 0, 0);

		String describe() {
			if (!tried) {
				return "joint cut: set by the profile, not tried";
			}
			if (!cutDiffers) {
				return "joint cut: tried, nothing to cut";
			}
			return String.format("joint cut: tried, %s (the page stands at %.3f without it, %.3f with it: minus"
					+ " the share of its articles sent to review, plus %.1f times their mean confidence)",
					kept ? "kept" : "dropped", plain, joint, SplitTuning.TRIAL_CONFIDENCE_WEIGHT);
		}

	}

	/** A reading of the page and what the trial found. */
	record Reading(PageSplitter.Trace trace, Outcome outcome) {
	}

	private JointCutTrial() {
	}

	static Reading read(Supplier<PageSplitter.Trace> reading) {
		SplitProfile profile = SplitProfile.current();
		PageSplitter.Trace plain = reading.get();
		if (profile.value(TextTunable.JOINT_MAX_COSINE) >= 0) {
			return new Reading(plain, Outcome.NOT_TRIED);
		}
		SplitProfile trial = profile.with(TextTunable.JOINT_MAX_COSINE, SplitTuning.JOINT_TRIAL_COSINE);
		PageSplitter.Trace joint = trial.run(reading);
		if (bodies(joint).equals(bodies(plain))) {
			return new Reading(plain, new Outcome(true, false, false, 0, 0));
		}
		double without = standing(plain.page());
		double with = standing(joint.page());
		return with > without ? new Reading(joint, new Outcome(true, true, true, without, with))
				: new Reading(plain, new Outcome(true, true, false, without, with));
	}

	private static List<String> bodies(PageSplitter.Trace trace) {
		return trace.page().articles().stream().map(SplitArticle::body).toList();
	}

	/**
	 * How well a reading of the page stands by its own doubt: minus the share of its articles sent to review, plus
	 * {@link SplitTuning#TRIAL_CONFIDENCE_WEIGHT} times their mean confidence.
	 */
	static double standing(SplitPage page) {
		if (page.articles().isEmpty()) {
			return 0;
		}
		double doubted = page.articles().stream().filter(SplitArticle::needsReview).count();
		double confidence = page.articles().stream().mapToDouble(SplitArticle::confidence).average().orElse(0);
		return -doubted / page.articles().size() + SplitTuning.TRIAL_CONFIDENCE_WEIGHT * confidence;
	}

}
