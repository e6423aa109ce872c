package org.baoku.ingest.roles;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.ingest.pdf.LineFeatures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The committed line-role model is read as scikit-learn trained it: for lines it was trained on, the app gives the
 * probabilities scikit-learn gave (written beside the model by {@code train_roles.py --sample}), and it takes the
 * features the app computes, by name, in their order.
 */
class LineRolesTests {

	@Test
	void theModelTakesTheFeaturesTheAppComputes() {
		assertThat(LineRoles.model().features()).containsExactlyElementsOf(LineFeatures.NAMES);
	}

	@Test
	void theAppReadsTheTreesAsScikitLearnDoes() throws Exception {
		JsonNode sample;
		try (InputStream in = getClass().getResourceAsStream("line-roles-sample.json")) {
			sample = new ObjectMapper().readTree(in);
		}
		assertThat(sample.size()).isGreaterThanOrEqualTo(20);
		int agreeing = 0;
		for (JsonNode line : sample) {
			Map<String, Double> features = new HashMap<>();
			line.get("features").fields().forEachRemaining(e -> features.put(e.getKey(), e.getValue().asDouble()));
			LineRoles.Guess guess = LineRoles.model().guess(features);
			// Every role's probability, not only the likeliest: each role's trees are walked as scikit-learn walks them.
			Map<String, Double> probabilities = LineRoles.model().probabilities(features);
			List<Map.Entry<String, JsonNode>> all = iterable(line.get("probabilities"));
			assertThat(probabilities).hasSameSizeAs(all);
			for (Map.Entry<String, JsonNode> role : all) {
				assertThat(probabilities.get(role.getKey())).as(role.getKey())
					.isCloseTo(role.getValue().asDouble(), within(1e-9));
			}
			double best = all.stream().mapToDouble(e -> e.getValue().asDouble()).max().orElseThrow();
			assertThat(guess.probability()).isCloseTo(best, within(1e-9));
			agreeing += guess.role().equals(line.get("label").asText()) ? 1 : 0;
		}
		// Lines it was trained on: it gives most of them their role.
		assertThat(agreeing).isGreaterThan(sample.size() * 9 / 10);
	}

	@Test
	void aLineWithoutAFeatureTheModelTakesIsRefused() {
		assertThatThrownBy(() -> LineRoles.model().guess(Map.of("size", 1.0)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("takes");
	}

	private static List<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
		List<Map.Entry<String, JsonNode>> entries = new java.util.ArrayList<>();
		node.fields().forEachRemaining(entries::add);
		return entries;
	}

}
