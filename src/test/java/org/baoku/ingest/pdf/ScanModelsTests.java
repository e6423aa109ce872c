package org.baoku.ingest.pdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.ingest.roles.ArticleDoubt;
import org.baoku.ingest.roles.LineRoles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The committed scan models (issue 79) take what the scan reader computes (a PDF line's features and the image's,
 * an article's signals and what OCR said of it, every one of the image's and OCR's among them) and are read as
 * scikit-learn trained them: the answers {@code train_roles.py} and {@code train_doubt.py --sample} wrote beside them.
 */
class ScanModelsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theScanRoleModelTakesTheLineAndImageFeaturesTheReaderComputes() {
		LineRoles model = LineRoles.scanModel().orElseThrow();
		List<String> computed = new ArrayList<>(LineFeatures.NAMES);
		computed.addAll(ScanFeatures.NAMES);
		assertThat(model.features()).containsExactlyInAnyOrderElementsOf(computed);
		assertThat(ScanLines.usable(model)).isSameAs(model);
		assertThat(model.roles()).contains(ScanRoles.PICTURE_TEXT, ScanRoles.BODY, Roles.BYLINE);
	}

	@Test
	void theScanDoubtModelTakesTheSignalsAndWhatOcrSaid() {
		ArticleDoubt model = ArticleDoubt.scanModel().orElseThrow();
		assertThat(model.features()).containsAll(ScanDoubts.NAMES).allMatch(
				f -> ArticleEvidence.NAMES.contains(f) || ScanDoubts.NAMES.contains(f));
		assertThat(model.threshold()).isGreaterThan(0.0).isLessThan(1.0);
		assertThat(ScanDoubts.model()).containsSame(model);
	}

	@Test
	void theAppReadsBothAsScikitLearnDoes() throws Exception {
		JsonNode lines = sample("/org/baoku/ingest/roles/scan-roles-sample.json");
		assertThat(lines.size()).isGreaterThanOrEqualTo(20);
		for (JsonNode line : lines) {
			Map<String, Double> probabilities = LineRoles.scanModel().orElseThrow().probabilities(numbers(line.get("features")));
			line.get("probabilities").fields().forEachRemaining(role -> assertThat(probabilities.get(role.getKey()))
				.as(role.getKey()).isCloseTo(role.getValue().asDouble(), within(1e-9)));
		}
		JsonNode articles = sample("/org/baoku/ingest/roles/scan-doubt-sample.json");
		assertThat(articles.size()).isGreaterThanOrEqualTo(30);
		for (JsonNode article : articles) {
			assertThat(ArticleDoubt.scanModel().orElseThrow().wrong(numbers(article.get("signals"))))
				.isCloseTo(article.get("wrong").asDouble(), within(1e-9));
		}
	}

	private static JsonNode sample(String resource) throws Exception {
		try (InputStream in = ScanModelsTests.class.getResourceAsStream(resource)) {
			return JSON.readTree(in);
		}
	}

	private static Map<String, Double> numbers(JsonNode node) {
		Map<String, Double> numbers = new HashMap<>();
		node.fields().forEachRemaining(e -> numbers.put(e.getKey(), e.getValue().asDouble()));
		return numbers;
	}

}
