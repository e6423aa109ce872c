package org.baoku.ingest.roles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A tree model is read whole and checked as it is read: a file that is not one is refused with what is wrong, and a
 * missing value goes the way the training sent it.
 */
class BoostedTreesTests {

	/** Two classes, one round: feature "size" at most 1.5 goes left (leaf -2), else right (leaf 2). */
	private static final String MODEL = """
			{"features": ["size", "bold"], "roles": ["body", "headline"], "baseline": [0.0],
			 "rounds": [[ [[0, 1.5, 1, 2, %s], [-2.0], [2.0]] ]]}""";

	private static BoostedTrees read(String json) throws IOException {
		return BoostedTrees.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aSplitSendsEachValueItsWay() throws IOException {
		BoostedTrees trees = read(MODEL.formatted(1));
		assertThat(trees.probabilities(new double[] { 1.0, 0 })[1]).isCloseTo(1 / (1 + Math.exp(2)), within(1e-12));
		assertThat(trees.probabilities(new double[] { 2.0, 0 })[1]).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-12));
	}

	@Test
	void aMissingValueGoesWhereTheTrainingSentIt() throws IOException {
		assertThat(read(MODEL.formatted(1)).probabilities(new double[] { Double.NaN, 0 })[1]).isLessThan(0.5);
		assertThat(read(MODEL.formatted(0)).probabilities(new double[] { Double.NaN, 0 })[1]).isGreaterThan(0.5);
	}

	@Test
	void aFileThatIsNotAModelIsRefusedSayingWhy() {
		assertRefused("{\"roles\": [\"body\"]}", "features");
		assertRefused(split("[0, 1.5, 1, 7"), "leads to node 7 of 3");
		assertRefused(split("[0, 1.5, 0, 2"), "leads to node 0");
		assertRefused(split("[5, 1.5, 1, 2"), "feature 5 of 2");
		assertRefused(MODEL.formatted(1).replace("\"baseline\": [0.0]", "\"baseline\": [0.0, 1.0]"), "baselines");
		// A node's feature and children are whole numbers: 0.7 is no feature, 1.5 no node.
		assertRefused(split("[0.7, 1.5, 1, 2"), "neither a leaf nor a split");
		assertRefused(split("[0, 1.5, 1.5, 2"), "neither a leaf nor a split");
		assertRefused(MODEL.formatted(1).replace("[-2.0]", "[\"x\"]"), "neither a leaf nor a split");
	}

	/** The model with its split node written otherwise. */
	private static String split(String node) {
		return MODEL.formatted(1).replace("[0, 1.5, 1, 2", node);
	}

	private static void assertRefused(String json, String why) {
		assertThatThrownBy(() -> read(json)).isInstanceOf(IOException.class).hasMessageContaining(why);
	}

}
