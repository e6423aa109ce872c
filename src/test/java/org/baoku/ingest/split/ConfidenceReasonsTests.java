package org.baoku.ingest.split;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reasons an editor reads for a doubted article name what pulled the model's confidence down, measured from a
 * typical right article, never a signal the model counts for the article.
 */
class ConfidenceReasonsTests {

	/** A typical right article's signals (the things that are so or not, as none of them is so), with some changed. */
	private static Map<String, Double> typicalWith(Object... changes) {
		Map<String, Double> signals = new LinkedHashMap<>();
		for (int i = 0; i < ArticleSignals.NAMES.size(); i++) {
			signals.put(ArticleSignals.NAMES.get(i), SplitTuning.TYPICAL_RIGHT[i]);
		}
		for (String fact : List.of("no_headline", "headline_fits_other", "starts_mid_sentence", "ends_open",
				"inner_dateline", "photo", "continued")) {
			signals.put(fact, 0.0);
		}
		for (int i = 0; i < changes.length; i += 2) {
			signals.put((String) changes[i], ((Number) changes[i + 1]).doubleValue());
		}
		return signals;
	}

	@Test
	void aRivalHeadlineIsNamedAndASharpTopicBreakTheModelCountsForTheArticleIsNot() {
		Map<String, Double> signals = typicalWith("rival_headline", 1.0, "topic_break", 0.99, "has_reporters", 0.0);
		assertThat(ConfidenceModel.needsReview(ConfidenceModel.confidence(signals))).isTrue();
		assertThat(ConfidenceModel.reasons(signals)).startsWith(Doubts.RIVAL_HEADLINE)
			.doesNotContain(Doubts.TOPIC_BREAK, Doubts.OVERALL);
	}

	@Test
	void theStrongestPullComesFirstAndEachDirectionHasItsOwnReason() {
		Map<String, Double> signals = typicalWith("neighbour_likeness", 0.5, "page_headless", 1.0, "length_ratio", -2.0);
		assertThat(ConfidenceModel.pulls(signals)).containsExactly(Doubts.LIKE_NEIGHBOUR, Doubts.SHORT_BODY,
				Doubts.PAGE_HEADLESS);
		// A long body raises the confidence today: it is no reason, however long.
		assertThat(ConfidenceModel.pulls(typicalWith("length_ratio", 3.0))).isEmpty();
	}

	@Test
	void aPullTooSmallToMatterIsNotNamedAndNothingNamedLeavesTheOverallReason() {
		// 0.1 more neighbour likeness than typical pulls by 0.1 x 4.2: named; 0.05 pulls by 0.21: not.
		assertThat(ConfidenceModel.pulls(typicalWith("neighbour_likeness", 0.119))).containsExactly(Doubts.LIKE_NEIGHBOUR);
		assertThat(ConfidenceModel.pulls(typicalWith("neighbour_likeness", 0.069))).isEmpty();
		assertThat(ConfidenceModel.reasons(typicalWith())).containsExactly(Doubts.OVERALL);
	}

	@Test
	void certainThingsComeBeforeWhatTheModelWeighs() {
		Map<String, Double> signals = typicalWith("starts_mid_sentence", 1.0, "rival_headline", 1.0);
		assertThat(ConfidenceModel.reasons(signals)).containsExactly(Doubts.STARTS_MID_SENTENCE, Doubts.RIVAL_HEADLINE);
	}

	@Test
	void anArticleWithNoHeadlineIsNamedSoAndNotForWhatAHeadlineWouldShow() {
		Map<String, Double> signals = typicalWith("no_headline", 1.0, "headline_in_lead", 0.0, "headline_weakest_phrase", 0.0,
				"rival_headline", 0.0, "headline_parts", 0.0, "page_headless", 1.0);
		assertThat(ConfidenceModel.reasons(signals)).containsExactly(Doubts.NO_HEADLINE);
	}

	@Test
	void everyNamedSignalIsOneTheModelWeighs() {
		assertThat(ArticleSignals.NAMES).containsAll(ConfidenceModel.NAMED.keySet())
			.containsAll(ConfidenceModel.HEADLINE_SIGNALS);
	}

}
