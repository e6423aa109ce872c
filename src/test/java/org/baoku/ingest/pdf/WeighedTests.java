package org.baoku.ingest.pdf;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.ingest.roles.ArticleDoubt;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article is sent to review by the article-doubt model exactly when the model gives it its threshold's chance of
 * being wrong or more, naming the line-role model's doubts too where it has any; either way it carries its evidence.
 */
class WeighedTests {

	private static final SplitArticle READ = new SplitArticle(new Headline(null, "城市书房增加二十个", null), null, null,
			null, List.of(), false, "本报讯 城市书房增加二十个。", 0.95, List.of(), Map.of());

	@Test
	void anArticleTheModelDoubtsGoesToReviewNamingWhatTheRoleModelSaid() throws Exception {
		Map<String, Double> doubted = firstSample(true);
		Weighed weighed = Weighed.of(READ, doubted, Optional.of("unsure: byline 0.41"));
		assertThat(weighed.article().needsReview()).isTrue();
		assertThat(weighed.article().doubts()).containsExactly(Doubts.READER_UNSURE, Doubts.ROLES_UNSURE);
		assertThat(weighed.article().signals()).isEqualTo(doubted);
		assertThat(weighed.why()).contains("wrong (review from");
	}

	@Test
	void anArticleTheModelTrustsKeepsItsReading() throws Exception {
		Map<String, Double> trusted = firstSample(false);
		Weighed weighed = Weighed.of(READ, trusted, Optional.of("unsure: byline 0.41"));
		assertThat(weighed.article().needsReview()).isFalse();
		assertThat(weighed.article().doubts()).isEmpty();
		assertThat(weighed.article().signals()).isEqualTo(trusted);
	}

	/** The signals of the first sampled article the committed model does (or does not) send to review. */
	private static Map<String, Double> firstSample(boolean doubted) throws Exception {
		ArticleDoubt model = ArticleDoubt.model().orElseThrow();
		try (InputStream in = ArticleDoubt.class.getResourceAsStream("article-doubt-sample.json")) {
			for (JsonNode article : new ObjectMapper().readTree(in)) {
				if ((article.get("wrong").asDouble() >= model.threshold()) == doubted) {
					Map<String, Double> signals = new HashMap<>();
					article.get("signals").fields().forEachRemaining(e -> signals.put(e.getKey(), e.getValue().asDouble()));
					return signals;
				}
			}
		}
		throw new AssertionError("the sample holds no article the model " + (doubted ? "doubts" : "trusts"));
	}

}
