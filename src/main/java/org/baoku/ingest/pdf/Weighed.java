package org.baoku.ingest.pdf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.baoku.ingest.roles.ArticleDoubt;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article with its evidence ({@link ArticleEvidence}) as its signals, weighed by the article-doubt model: doubted
 * when the model gives it at least its threshold's chance of being wrong, and, where the line-role model says
 * something against its lines, doubted for that too, so that the review list names what to look at.
 */
record Weighed(SplitArticle article, String why) {

	private static final Logger log = LoggerFactory.getLogger(Weighed.class);

	/** Said once: a model that cannot be used is an installation fault, not news on every page. */
	private static final AtomicBoolean SAID = new AtomicBoolean();

	static Weighed of(SplitArticle article, Map<String, Double> evidence, Optional<String> roles) {
		SplitArticle signed = article.withSignals(evidence);
		Optional<ArticleDoubt> model = model();
		if (model.isEmpty()) {
			return new Weighed(signed, "");
		}
		double wrong = model.get().wrong(evidence);
		double threshold = model.get().threshold();
		String why = "\n    the article-doubt model: %.2f wrong (review from %.2f)".formatted(wrong, threshold);
		// The review list is ordered by confidence: among articles with as many doubts, the likelier wrong first. The
		// spread keeps an article no rule doubts above the review threshold.
		SplitArticle weighed = signed.atMost(signed.confidence() - LayoutTuning.DOUBT_ORDER_SPREAD * wrong);
		if (wrong < threshold) {
			return new Weighed(weighed, why);
		}
		SplitArticle doubted = weighed.doubted(Doubts.READER_UNSURE);
		return new Weighed(roles.isPresent() ? doubted.doubted(Doubts.ROLES_UNSURE) : doubted, why);
	}

	/** The article-doubt model in force, where it can be read and takes only the evidence the reader gathers; else none. */
	static Optional<ArticleDoubt> model() {
		try {
			Optional<ArticleDoubt> model = ArticleDoubt.model();
			List<String> unknown = model.map(m -> m.features().stream().filter(f -> !ArticleEvidence.NAMES.contains(f)).toList())
				.orElse(List.of());
			if (!unknown.isEmpty()) {
				throw new IllegalStateException("the article-doubt model takes evidence the reader does not gather: " + unknown);
			}
			return model;
		}
		catch (IllegalStateException ex) {
			if (SAID.compareAndSet(false, true)) {
				log.error("Articles are weighed without the article-doubt model: {}", ex.getMessage());
			}
			return Optional.empty();
		}
	}

}
