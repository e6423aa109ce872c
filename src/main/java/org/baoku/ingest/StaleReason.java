package org.baoku.ingest;

import java.util.Arrays;
import java.util.List;

import org.baoku.config.Refusal;

/**
 * Why a correction no longer applies after a re-ingest, said twice as a {@link Refusal} is: a message key with its
 * arguments for the editors, in their language, and English for the log.
 */
record StaleReason(String key, List<String> args, String english) {

	static final StaleReason ARTICLE_GONE = of("articleGone", "the article is no longer on the page after a re-ingest");

	static final StaleReason BODY_DIFFERS = of("bodyDiffers",
			"after a re-ingest the split reads the body differently from both before and after the correction");

	static final StaleReason MERGED_APART = of("mergedApart",
			"after a re-ingest the two articles it joined are no longer next to each other as they were");

	static final StaleReason CUT_GONE = of("cutGone", "after a re-ingest the article it cut is no longer on the page as it was");

	static final StaleReason GIVEN_TO_GONE = of("givenToGone",
			"after a re-ingest the article the block was given to is no longer on the page as it was");

	static final StaleReason BLOCK_BROKEN = of("blockBroken",
			"after a re-ingest the block's text is no longer printed as one block of the article");

	static final StaleReason BLOCK_GONE = of("blockGone", "after a re-ingest the block's text is no longer on the page as it was");

	private static StaleReason of(String code, String english) {
		return new StaleReason("review.stale.reason." + code, List.of(), english);
	}

	/** Fields (as {@link ArticleFields#differences} names them) the new split reads unlike before and after. */
	static StaleReason fieldsDiffer(List<String> fields) {
		// The editor's message names no fields: the review page lists what the correction changed beside it.
		return new StaleReason("review.stale.reason.fieldsDiffer", List.of(),
				"after a re-ingest the split reads " + String.join(", ", fields)
						+ " differently from both before and after the correction");
	}

	/** Doing the correction again was refused: the refusal says why. */
	static StaleReason refused(Refusal refusal) {
		return new StaleReason(refusal.key(), Arrays.stream(refusal.args()).map(String::valueOf).toList(),
				"after a re-ingest " + refusal.getMessage());
	}

}
