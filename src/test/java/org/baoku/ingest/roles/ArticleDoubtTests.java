package org.baoku.ingest.roles;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.ingest.pdf.ArticleEvidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The committed article-doubt model is read as scikit-learn trained it (the answers {@code train_doubt.py --sample}
 * wrote beside it), takes the evidence the app gathers, and a file that is not such a model is refused saying why.
 */
class ArticleDoubtTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theModelTakesTheEvidenceTheAppGathers() {
		ArticleDoubt model = ArticleDoubt.model().orElseThrow();
		assertThat(model.features()).containsExactlyElementsOf(ArticleEvidence.NAMES);
		assertThat(model.threshold()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
	}

	@Test
	void theAppReadsTheTreesAsScikitLearnDoes() throws Exception {
		JsonNode sample = sample();
		assertThat(sample.size()).isGreaterThanOrEqualTo(30);
		for (JsonNode article : sample) {
			assertThat(ArticleDoubt.model().orElseThrow().wrong(signals(article)))
				.isCloseTo(article.get("wrong").asDouble(), within(1e-9));
		}
	}

	@Test
	void aFileThatIsNotADoubtModelIsRefusedSayingWhy() throws Exception {
		try (InputStream roles = LineRoles.class.getResourceAsStream("line-roles.json")) {
			assertThatThrownBy(() -> ArticleDoubt.read(roles)).hasMessageContaining("not an article-doubt model");
		}
		ObjectNode model;
		try (InputStream in = ArticleDoubt.class.getResourceAsStream("article-doubt.json")) {
			model = (ObjectNode) JSON.readTree(in);
		}
		model.remove("threshold");
		assertThatThrownBy(() -> ArticleDoubt.read(new ByteArrayInputStream(model.toString().getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("threshold");
		assertThatThrownBy(() -> ArticleDoubt.model().orElseThrow().wrong(Map.of("kind", 0.0)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("takes");
	}

	static JsonNode sample() throws Exception {
		try (InputStream in = ArticleDoubtTests.class.getResourceAsStream("article-doubt-sample.json")) {
			return JSON.readTree(in);
		}
	}

	static Map<String, Double> signals(JsonNode article) {
		Map<String, Double> signals = new HashMap<>();
		article.get("signals").fields().forEachRemaining(e -> signals.put(e.getKey(), e.getValue().asDouble()));
		return signals;
	}

}
