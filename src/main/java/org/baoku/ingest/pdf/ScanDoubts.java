package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Which articles read off a scan go to review (issue 79): those the scan article-doubt model
 * ({@link ArticleDoubt#scanModel()}) gives its threshold's chance of being wrong and more, from the signals a PDF's
 * articles have ({@link ArticleEvidence}) and what OCR said of the article's lines; the lines OCR was unsure of named
 * with it. Where no scan model is in force, or an article has no signals (its lines were read without the scan
 * line-role model), every article goes, as before there was one: OCR gives the splitter no faces to go by.
 */
final class ScanDoubts {

	private static final Logger log = LoggerFactory.getLogger(ScanDoubts.class);

	/** Said once: a model that cannot be used is an installation fault, not news on every page. */
	private static final AtomicBoolean SAID = new AtomicBoolean();

	/** What OCR said of an article's lines, beside its signals: their score, the unsure ones, the least sure character. */
	static final List<String> NAMES = List.of("ocr_confidence", "ocr_unsure", "ocr_weakest");

	/** An article weighed, and what the explanation says of it. */
	record Weighed(SplitArticle article, String why) {
	}

	private ScanDoubts() {
	}

	static List<Weighed> weigh(List<SplitArticle> articles, ScanText.Measured sure, Optional<ArticleDoubt> model) {
		List<Weighed> weighed = new ArrayList<>(articles.size());
		for (int i = 0; i < articles.size(); i++) {
			List<String> unsure = sure.unsure().get(i).stream().map(l -> l.box().text()).toList();
			SplitArticle article = articles.get(i);
			Map<String, Double> signals = new HashMap<>(article.signals());
			signals.put("ocr_confidence", sure.text().articleConfidence().get(i));
			signals.put("ocr_unsure", (double) unsure.size());
			signals.put("ocr_weakest", sure.weakest().get(i));
			String why = "";
			boolean doubted = true;
			if (model.isPresent() && signals.keySet().containsAll(model.get().features())) {
				article = article.withSignals(signals);
				double wrong = model.get().wrong(signals);
				// A model that found no threshold to trust (1) lets none through: every article goes, as without one.
				doubted = !model.get().doubtsAlone() || model.get().doubts(wrong);
				why = "\n    the scan article-doubt model: %.2f wrong (review from %.2f)".formatted(wrong,
						model.get().threshold());
			}
			else if (!article.signals().isEmpty()) {
				article = article.withSignals(signals);
			}
			if (doubted) {
				article = article.doubted(Doubts.OCR_READ);
				article = unsure.isEmpty() ? article : article.doubted(Doubts.ocrUnsure(unsure));
			}
			weighed.add(new Weighed(article, why));
		}
		return weighed;
	}

	/** The scan model in force, where it can be read and takes only what the reader gathers; else none. */
	static Optional<ArticleDoubt> model() {
		try {
			Optional<ArticleDoubt> model = ArticleDoubt.scanModel();
			List<String> unknown = model
				.map(m -> m.features().stream().filter(f -> !ArticleEvidence.NAMES.contains(f) && !NAMES.contains(f)).toList())
				.orElse(List.of());
			if (!unknown.isEmpty()) {
				throw new IllegalStateException("the scan article-doubt model takes evidence the reader does not gather: " + unknown);
			}
			return model;
		}
		catch (IllegalStateException ex) {
			if (SAID.compareAndSet(false, true)) {
				log.error("Every article read off a scan goes to review: {}", ex.getMessage());
			}
			return Optional.empty();
		}
	}

}
