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
 * when the model gives it at least its threshold's chance of being wrong (and, where the line-role model says
 * something against its lines, doubted for that too, so that the review list names what to look at); and, once every
 * doubt of its page is in ({@link #ordered}), its confidence scaled down by that chance, so that the review list,
 * ordered by confidence, puts the likelier wrong first among articles doubted as often.
 */
record Weighed(SplitArticle article, String why) {

	private static final Logger log = LoggerFactory.getLogger(Weighed.class);

	/** Said once: a model that cannot be used is an installation fault, not news on every page. */
	private static final AtomicBoolean SAID = new AtomicBoolean();

	/**
	 * The article with its evidence; doubted by the model from its threshold on. An article of lines the line-role
	 * model read none of (OCR lines) is left as it is, without evidence: the model learned from lines it had read.
	 */
	static Weighed of(SplitArticle article, Map<String, Double> evidence, Optional<String> roles,
			Optional<ArticleDoubt> model, boolean linesRead) {
		if (!linesRead) {
			return new Weighed(article, "");
		}
		SplitArticle signed = article.withSignals(evidence);
		if (model.isEmpty()) {
			return new Weighed(signed, "");
		}
		double wrong = model.get().wrong(evidence);
		String why = "\n    the article-doubt model: %.2f wrong (%s)".formatted(wrong, model.get().doubtsAlone()
				? "review from %.2f".formatted(model.get().threshold()) : "it sends none to review alone");
		if (!model.get().doubts(wrong)) {
			return new Weighed(signed, why);
		}
		SplitArticle doubted = signed.doubted(Doubts.READER_UNSURE);
		return new Weighed(roles.isPresent() ? doubted.doubted(Doubts.ROLES_UNSURE) : doubted, why);
	}

	/**
	 * The article's confidence scaled down by the model's chance that it is wrong ({@link LayoutTuning#DOUBT_ORDER_SHARE}),
	 * last, after every doubt of its page: an article no doubt put under the review threshold stays at or above it.
	 * An article without the evidence the model takes (read from OCR lines, or with no model) is as it was.
	 */
	static SplitArticle ordered(SplitArticle article, Optional<ArticleDoubt> model) {
		if (model.isEmpty() || !article.signals().keySet().containsAll(model.get().features())) {
			return article;
		}
		double scaled = article.confidence() * (1 - LayoutTuning.DOUBT_ORDER_SHARE * model.get().wrong(article.signals()));
		return article.atMost(article.needsReview() ? scaled : Math.max(SplitArticle.REVIEW_THRESHOLD, scaled));
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
