package org.baoku.ingest.roles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper's own rounds learn where its lines disagree with the model and leave alone what the model already gets
 * right; they are stored and read back as they were fitted, and over another model they are left out.
 */
class TreeFittingTests {

	/** Three roles; "size" over 1.5 says headline, else body; nothing says byline. */
	private static final String BASE = """
			{"features": ["size", "spaced"], "roles": ["body", "byline", "headline"], "baseline": [0.0, -1.0, 0.0],
			 "rounds": [[ [[-1.0]], [[-1.0]], [[0, 1.5, 1, 2, 0], [-2.0], [2.0]] ]]}""";

	private static LineRoles base() throws IOException {
		return LineRoles.read(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, Double> line(double size, double spaced) {
		Map<String, Double> features = new HashMap<>();
		features.put("size", size);
		features.put("spaced", spaced);
		return features;
	}

	@Test
	void aPapersRoundsTeachTheRoleItsLinesHaveWhereTheModelSaidOtherwise() throws IOException {
		LineRoles model = base();
		// The paper sets its bylines letter-spaced in the body size, which the model takes for body.
		List<Map<String, Double>> lines = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			lines.add(line(1.0, i % 3 == 0 ? 1 : 0));
			roles.add(i % 3 == 0 ? "byline" : "body");
			lines.add(line(2.0, 0));
			roles.add("headline");
		}
		assertThat(model.guess(line(1.0, 1)).role()).isEqualTo("body");

		PaperRounds paper = model.fit(lines, roles, new TreeFitting.Settings(20, 3, 5, 0.3, 1.0));
		LineRoles adapted = model.over(paper);

		assertThat(paper.rounds()).hasSize(20);
		assertThat(adapted.guess(line(1.0, 1)).role()).isEqualTo("byline");
		assertThat(adapted.guess(line(1.0, 1)).probability()).isGreaterThan(0.9);
		assertThat(adapted.guess(line(1.0, 0)).role()).isEqualTo("body");
		assertThat(adapted.guess(line(2.0, 0)).role()).isEqualTo("headline");
		assertThat(adapted.fingerprint()).isNotEqualTo(model.fingerprint());
	}

	@Test
	void roundsAreReadBackAsFittedAndLeftOutOverAnotherModel() throws IOException {
		LineRoles model = base();
		List<Map<String, Double>> lines = List.of(line(1.0, 1), line(1.0, 0), line(1.0, 1), line(2.0, 0));
		PaperRounds paper = model.fit(lines, List.of("byline", "body", "byline", "headline"),
				new TreeFitting.Settings(3, 2, 1, 0.3, 1.0));

		PaperRounds read = PaperRounds.read(new ObjectMapper().readTree(paper.json().toString()), () -> model);
		assertThat(read).isEqualTo(paper);
		assertThat(model.over(read).probabilities(line(1.0, 1)))
			.isEqualTo(model.over(paper).probabilities(line(1.0, 1)));

		LineRoles retrained = LineRoles.read(new ByteArrayInputStream(
				BASE.replace("\"baseline\": [0.0, -1.0, 0.0]", "\"baseline\": [0.0, -1.5, 0.0]")
					.getBytes(StandardCharsets.UTF_8)));
		assertThat(PaperRounds.read(paper.json(), () -> retrained)).isEqualTo(PaperRounds.NONE);
		assertThat(retrained.over(paper)).isSameAs(retrained);
		// The same trees trained again, only the file's notes other: the same model, the rounds still follow it.
		LineRoles again = LineRoles.read(new ByteArrayInputStream(
				BASE.replace("{\"features\"", "{\"trained\": {\"seconds\": 7.2}, \"features\"").getBytes(StandardCharsets.UTF_8)));
		assertThat(again.fingerprint()).isEqualTo(model.fingerprint());
		assertThat(PaperRounds.read(paper.json(), () -> again)).isEqualTo(paper);
		// No model to read them over: the rounds are left out, the profile still reads.
		assertThat(PaperRounds.read(paper.json(), () -> {
			throw new IllegalStateException("the line-role model x.json cannot be read");
		})).isEqualTo(PaperRounds.NONE);
	}

}
