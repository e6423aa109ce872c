package org.baoku.ingest.split;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a split article shows of its own soundness, as numbers: signals that a body was glued to another one (a topic
 * break, a second dateline, a headline that fits it poorly), cut short (text that starts or ends mid-sentence), or
 * given the wrong headline. {@link ConfidenceModel} weighs them into a confidence; `parse --explain` prints them.
 */
final class ArticleSignals {

	static final List<String> NAMES = List.of("no_headline", "headline_fit", "headline_fits_other", "length_ratio",
			"topic_break", "starts_mid_sentence", "ends_open", "has_dateline", "has_reporters", "inner_dateline",
			"headline_parts", "openers_inside", "photo", "continued", "headline_weakest_phrase", "headline_length",
			"rival_headline", "page_orphans", "page_headless", "neighbour_likeness", "headline_in_lead",
			"paragraph_ratio", "has_subtitle", "headline_least_window");

	/** A dateline after the first few characters: another article's start inside this body. */
	private static final Pattern INNER_DATELINE = Pattern
		.compile("[。！？”）](?:本报[\\p{IsHan}]{0,8}?\\d{1,2}月\\d{1,2}日[电讯]|本报[\\p{IsHan}]{0,6}讯|新华社[\\p{IsHan}]{0,10}?\\d{1,2}月\\d{1,2}日电)");

	private ArticleSignals() {
	}

	/**
	 * @param article the article as read
	 * @param paragraphs its body's paragraphs
	 * @param match the headline blocks it got
	 * @param otherBodies the bigrams of the page's other bodies
	 * @param medianLength the median body length on the page
	 * @param medianParagraphs the median number of paragraphs of a body on the page
	 * @param neighbourLikeness how much more its wording is like the bodies printed right before and after it than
	 *        like the page's bodies on average, those two included (a text cut in two reads like the piece beside it;
	 *        0 on a page of two)
	 */
	static Map<String, Double> of(SplitArticle article, List<String> paragraphs, HeadlineMatcher.Match match,
			List<BigramSet> otherBodies, double medianLength, double medianParagraphs, boolean continued,
			PageContext page, double neighbourLikeness) {
		Map<String, Double> s = new LinkedHashMap<>();
		boolean photo = article.headline().isEmpty() && article.photoCredit() && match == null;
		String body = article.body();
		BigramSet headlineGrams = Bigrams.of(article.headline().full());
		double own = Bigrams.coverage(headlineGrams, Bigrams.of(body));
		double other = 0;
		for (BigramSet grams : otherBodies) {
			other = Math.max(other, Bigrams.coverage(headlineGrams, grams));
		}
		s.put("no_headline", !photo && article.headline().isEmpty() ? 1.0 : 0.0);
		s.put("headline_fit", photo || article.headline().isEmpty() ? 0.0 : own);
		s.put("headline_fits_other", photo || article.headline().isEmpty() ? 0.0 : Math.max(0, other - own));
		s.put("length_ratio", Math.log(Math.max(body.length(), 1) / Math.max(medianLength, 1)));
		s.put("topic_break", topicBreak(paragraphs));
		s.put("starts_mid_sentence", BlockClassifier.startsMidSentence(body) ? 1.0 : 0.0);
		s.put("ends_open", body.isEmpty() || Line.endsSentenceText(body) || Line.closedByNote(body) ? 0.0 : 1.0);
		s.put("has_dateline", article.dateline() != null ? 1.0 : 0.0);
		s.put("has_reporters", article.reporters().isEmpty() ? 0.0 : 1.0);
		s.put("inner_dateline", INNER_DATELINE.matcher(body).find() ? 1.0 : 0.0);
		s.put("headline_parts", match == null ? 0.0 : (double) match.units().size());
		s.put("openers_inside", (double) paragraphs.stream().skip(1)
			.filter(p -> BlockClassifier.OPENING.matcher(p).find()).count());
		s.put("photo", photo ? 1.0 : 0.0);
		s.put("continued", continued ? 1.0 : 0.0);
		s.put("headline_weakest_phrase", photo || article.headline().isEmpty() ? 1.0 : weakestPhrase(article.headline(), body));
		s.put("headline_length", photo ? 0.0 : article.headline().full().replace(" ", "").length() / 20.0);
		s.put("rival_headline", match == null ? 0.0 : page.rival(match));
		s.put("page_orphans", (double) page.orphans());
		s.put("page_headless", (double) page.headless());
		// A text cut in two reads like the piece beside it; a report's lead and every stretch of it use its
		// headline's words; features run to more paragraphs than the page's others and have a subtitle.
		s.put("neighbour_likeness", neighbourLikeness);
		boolean headed = !photo && !article.headline().isEmpty();
		s.put("headline_in_lead", headed ? Bigrams.coverage(headlineGrams,
				Bigrams.of(body.substring(0, Math.min(body.length(), SplitTuning.LEAD_CHARS)))) : 0.0);
		s.put("paragraph_ratio", Math.log(Math.max(paragraphs.size(), 1) / Math.max(medianParagraphs, 1)));
		s.put("has_subtitle", article.headline().subtitle() != null ? 1.0 : 0.0);
		s.put("headline_least_window", headed ? leastWindow(headlineGrams, body) : 0.0);
		return s;
	}

	/**
	 * What the page as a whole says: headline blocks no body took, bodies no headline went to (counted once, when the
	 * page is split), rival headlines.
	 */
	record PageContext(HeadlineMatcher.Result result, int headless) {

		/**
		 * Bodies no headline went to count, photo captions aside: a text of whole sentences no longer than a caption
		 * that no dateline or byline opens needs no headline, while a fragment (opening mid-sentence or breaking off)
		 * is a sign the page was split wrong. {@code chunks} are the bodies {@code result} matched, in its order.
		 */
		static PageContext of(HeadlineMatcher.Result result, List<BodyChunk> chunks) {
			int headless = 0;
			for (int c = 0; c < chunks.size(); c++) {
				if (result.matches().get(c).primary() == null && !readsAsCaption(chunks.get(c))) {
					headless++;
				}
			}
			return new PageContext(result, headless);
		}

		private static boolean readsAsCaption(BodyChunk chunk) {
			String text = chunk.text();
			return !chunk.openedByDateline && text.length() <= SplitTuning.CAPTION_MAX_CHARS
					&& !BlockClassifier.startsMidSentence(text) && Line.endsSentenceText(text);
		}

		int orphans() {
			return (int) result.banners().stream().filter(u -> HeadlineShapes.isMainLike(u.block())).count();
		}

		/** How close the best headline block that went elsewhere comes to this body's own (0: far, 1: as close). */
		double rival(HeadlineMatcher.Match match) {
			int chunk = result.matches().indexOf(match);
			if (chunk < 0 || match.primary() == null) {
				return 0;
			}
			double own = match.coverage();
			double best = 0;
			for (int u = 0; u < result.chunkOf().length; u++) {
				if (result.chunkOf()[u] != chunk) {
					best = Math.max(best, result.coverage()[u][chunk]);
				}
			}
			return own <= 0 ? 1 : Math.min(1, best / own);
		}

	}

	/**
	 * The least share of the headline's bigrams found in a stretch of the body: stretches of HEADLINE_WINDOW_CHARS
	 * starting every HEADLINE_WINDOW_STEP characters and ending before the body does (1 for a body too short for two).
	 */
	private static double leastWindow(BigramSet headline, String body) {
		int window = SplitTuning.HEADLINE_WINDOW_CHARS;
		double least = 1;
		if (body.length() <= window + SplitTuning.HEADLINE_WINDOW_STEP) {
			return least;
		}
		for (int at = 0; at + window < body.length(); at += SplitTuning.HEADLINE_WINDOW_STEP) {
			least = Math.min(least, Bigrams.coverage(headline, Bigrams.of(body.substring(at, at + window))));
		}
		return least;
	}

	/** The share of its bigrams that the headline phrase least found in the body has there. */
	private static double weakestPhrase(Headline headline, String body) {
		BigramSet grams = Bigrams.of(body);
		double weakest = 1;
		for (String phrase : headline.full().replaceAll("[（(][^）)]*[）)]", " ").split("[\\s——]+")) {
			if (phrase.codePoints().filter(Chars::isIdeograph).count() >= 4) {
				weakest = Math.min(weakest, Bigrams.coverage(Bigrams.of(phrase), grams));
			}
		}
		return weakest;
	}

	/** How sharply the wording changes at the paragraph break where it changes most (0: never, 1: completely). */
	private static double topicBreak(List<String> paragraphs) {
		String all = String.join("", paragraphs);
		double least = 1;
		int at = 0;
		for (int p = 0; p + 1 < paragraphs.size(); p++) {
			at += paragraphs.get(p).length();
			if (at < SplitTuning.TOPIC_SIGNAL_MIN_SIDE || all.length() - at < SplitTuning.TOPIC_SIGNAL_MIN_SIDE) {
				continue;
			}
			String before = all.substring(Math.max(0, at - SplitTuning.TOPIC_SIGNAL_WINDOW), at);
			String after = all.substring(at, Math.min(all.length(), at + SplitTuning.TOPIC_SIGNAL_WINDOW));
			least = Math.min(least, Bigrams.cosine(Bigrams.counts(before), Bigrams.counts(after)));
		}
		return 1 - least;
	}

}
