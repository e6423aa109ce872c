package org.baoku.ingest.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.ingest.roles.ArticleDoubt;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article-doubt model sends an article to review exactly from its threshold on (the committed one, which found
 * no threshold it could be trusted from, never), naming the line-role model's doubts too; and, last, scales every
 * article's confidence by its chance of wrong, so that the likelier wrong comes first among articles doubted as
 * often, while none goes under the review threshold without a doubt.
 */
class WeighedTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final SplitArticle READ = new SplitArticle(new Headline(null, "城市书房增加二十个", null), null, null,
			null, List.of(), false, "本报讯 城市书房增加二十个。", 0.95, List.of(), Map.of());

	@Test
	void fromItsThresholdOnTheModelSendsAnArticleToReviewNamingWhatTheRoleModelSaid() throws Exception {
		ArticleDoubt model = committedWithThreshold(0.5);
		List<Map<String, Double>> samples = samples();
		Map<String, Double> doubted = samples.stream().filter(s -> model.wrong(s) >= 0.5).findFirst().orElseThrow();
		Weighed weighed = Weighed.of(READ, doubted, Optional.of("unsure: byline 0.41"), Optional.of(model), true);
		assertThat(weighed.article().needsReview()).isTrue();
		assertThat(weighed.article().doubts()).containsExactly(Doubts.READER_UNSURE, Doubts.ROLES_UNSURE);
		assertThat(weighed.article().signals()).isEqualTo(doubted);
		assertThat(weighed.why()).contains("wrong (review from 0.50)");
		Map<String, Double> trusted = samples.stream().filter(s -> model.wrong(s) < 0.5).findFirst().orElseThrow();
		assertThat(Weighed.of(READ, trusted, Optional.of("unsure"), Optional.of(model), true).article().doubts()).isEmpty();
	}

	@Test
	void theCommittedModelSendsNoArticleToReviewAlone() throws Exception {
		ArticleDoubt model = ArticleDoubt.model().orElseThrow();
		for (Map<String, Double> sample : samples()) {
			Weighed weighed = Weighed.of(READ, sample, Optional.of("unsure: byline 0.41"), Optional.of(model), true);
			assertThat(weighed.article().doubts()).isEmpty();
			assertThat(weighed.article().needsReview()).isFalse();
			assertThat(weighed.article().signals()).isEqualTo(sample);
		}
	}

	@Test
	void theLikelierWrongComesFirstAndNoneGoesUnderTheThresholdWithoutADoubt() throws Exception {
		ArticleDoubt model = ArticleDoubt.model().orElseThrow();
		List<Map<String, Double>> samples = new ArrayList<>(samples());
		samples.sort((a, b) -> Double.compare(model.wrong(a), model.wrong(b)));
		double previous = Double.MAX_VALUE;
		double previousDoubted = Double.MAX_VALUE;
		for (Map<String, Double> sample : samples) {
			SplitArticle undoubted = Weighed.ordered(READ.withSignals(sample), Optional.of(model));
			assertThat(undoubted.needsReview()).isFalse();
			assertThat(undoubted.confidence()).isLessThanOrEqualTo(previous);
			previous = undoubted.confidence();
			SplitArticle doubted = Weighed.ordered(READ.withSignals(sample).doubted(Doubts.ENDS_OPEN), Optional.of(model));
			assertThat(doubted.needsReview()).isTrue();
			assertThat(doubted.doubts()).containsExactly(Doubts.ENDS_OPEN);
			assertThat(doubted.confidence()).isLessThanOrEqualTo(previousDoubted).isPositive();
			previousDoubted = doubted.confidence();
		}
		// The likeliest wrong of them is ordered before the least likely among articles with one doubt each.
		assertThat(previousDoubted).isLessThan(Weighed.ordered(READ.withSignals(samples.get(0)).doubted(Doubts.ENDS_OPEN),
				Optional.of(model)).confidence());
	}

	@Test
	void linesNoModelReadAreNotWeighed() throws Exception {
		Map<String, Double> sample = samples().get(0);
		Weighed weighed = Weighed.of(READ, sample, Optional.empty(), ArticleDoubt.model(), false);
		assertThat(weighed.article()).isEqualTo(READ);
		assertThat(Weighed.ordered(weighed.article(), ArticleDoubt.model())).isEqualTo(READ);
	}

	private static List<Map<String, Double>> samples() throws Exception {
		List<Map<String, Double>> samples = new ArrayList<>();
		try (InputStream in = ArticleDoubt.class.getResourceAsStream("article-doubt-sample.json")) {
			for (JsonNode article : JSON.readTree(in)) {
				Map<String, Double> signals = new HashMap<>();
				article.get("signals").fields().forEachRemaining(e -> signals.put(e.getKey(), e.getValue().asDouble()));
				samples.add(signals);
			}
		}
		return samples;
	}

	private static ArticleDoubt committedWithThreshold(double threshold) throws Exception {
		ObjectNode model;
		try (InputStream in = ArticleDoubt.class.getResourceAsStream("article-doubt.json")) {
			model = (ObjectNode) JSON.readTree(in);
		}
		model.put("threshold", threshold);
		return ArticleDoubt.read(new ByteArrayInputStream(model.toString().getBytes(StandardCharsets.UTF_8)));
	}

}
