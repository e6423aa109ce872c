package org.baoku.ingest.roles;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A gradient-boosted tree classifier as data: what {@code tools/engines/train_roles.py} writes of scikit-learn's
 * HistGradientBoostingClassifier (the features' names, the classes, the baseline, each round's tree per class), and
 * the softmax of the summed leaves it answers. Read once; answering walks a few hundred small trees.
 */
public record BoostedTrees(List<String> features, List<String> classes, double[] baseline, List<Tree[]> rounds) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * One tree, its nodes flat: a split node sends {@code x[feature] <= threshold} to {@code left}, the rest to
	 * {@code right}, and a missing value (NaN) where scikit-learn learned to send it ({@code missingLeft}); a leaf
	 * (feature -1) gives its value.
	 */
	public record Tree(int[] feature, double[] threshold, int[] left, int[] right, boolean[] missingLeft,
			double[] value) {

		double leaf(double[] x) {
			int i = 0;
			while (feature[i] >= 0) {
				double v = x[feature[i]];
				i = (Double.isNaN(v) ? missingLeft[i] : v <= threshold[i]) ? left[i] : right[i];
			}
			return value[i];
		}

	}

	/**
	 * The model a JSON file holds, checked whole: a file that is not such a model, or whose trees point outside
	 * themselves or at features it does not name, is refused here with what is wrong, not met page after page.
	 */
	public static BoostedTrees read(InputStream in) throws IOException {
		return of(JSON.readTree(in));
	}

	/** The model a JSON document already read holds, checked as {@link #read} checks it. */
	static BoostedTrees of(JsonNode root) throws IOException {
		for (String key : List.of("features", "roles", "baseline", "rounds")) {
			if (root == null || !root.path(key).isArray() || root.path(key).isEmpty()) {
				throw new IOException("not a tree model: no list \"" + key + "\"");
			}
		}
		List<String> features = new ArrayList<>();
		root.get("features").forEach(n -> features.add(n.asText()));
		List<String> classes = new ArrayList<>();
		root.get("roles").forEach(n -> classes.add(n.asText()));
		double[] baseline = new double[root.get("baseline").size()];
		for (int i = 0; i < baseline.length; i++) {
			baseline[i] = root.get("baseline").get(i).asDouble();
		}
		if (baseline.length != (classes.size() == 2 ? 1 : classes.size())) {
			throw new IOException("a model of " + classes.size() + " classes with " + baseline.length + " baselines");
		}
		List<Tree[]> rounds = rounds(root.get("rounds"), features.size(), baseline.length);
		return new BoostedTrees(List.copyOf(features), List.copyOf(classes), baseline, List.copyOf(rounds));
	}

	/** Rounds of trees as the model file holds them, each round one tree per baseline, checked as {@link #read}. */
	static List<Tree[]> rounds(JsonNode list, int features, int perRound) throws IOException {
		List<Tree[]> rounds = new ArrayList<>();
		for (JsonNode round : list) {
			if (round.size() != perRound) {
				throw new IOException("round " + rounds.size() + " has " + round.size() + " trees, not one per baseline ("
						+ perRound + ")");
			}
			Tree[] trees = new Tree[round.size()];
			for (int k = 0; k < trees.length; k++) {
				trees[k] = tree(round.get(k), features, "round " + rounds.size() + " tree " + k);
			}
			rounds.add(trees);
		}
		return rounds;
	}

	/** Rounds of trees as a model file holds them: {@link #rounds(JsonNode, int, int)} reads them back. */
	static ArrayNode json(List<Tree[]> rounds) {
		ArrayNode list = JSON.createArrayNode();
		for (Tree[] round : rounds) {
			ArrayNode trees = list.addArray();
			for (Tree tree : round) {
				ArrayNode nodes = trees.addArray();
				for (int i = 0; i < tree.feature().length; i++) {
					ArrayNode node = nodes.addArray();
					if (tree.feature()[i] < 0) {
						node.add(tree.value()[i]);
					}
					else {
						node.add(tree.feature()[i]).add(tree.threshold()[i]).add(tree.left()[i]).add(tree.right()[i])
							.add(tree.missingLeft()[i] ? 1 : 0);
					}
				}
			}
		}
		return list;
	}

	/**
	 * A tree's nodes: {@code [value]} for a leaf, {@code [feature, threshold, left, right, missingLeft]} for a split,
	 * whose children come after it (so that a walk always ends).
	 */
	private static Tree tree(JsonNode nodes, int features, String where) throws IOException {
		int n = nodes.size();
		if (n == 0) {
			throw new IOException(where + " has no nodes");
		}
		Tree tree = new Tree(new int[n], new double[n], new int[n], new int[n], new boolean[n], new double[n]);
		for (int i = 0; i < n; i++) {
			JsonNode node = nodes.get(i);
			if (node.size() == 1 && node.get(0).isNumber()) {
				tree.feature()[i] = -1;
				tree.value()[i] = node.get(0).asDouble();
			}
			else if (node.size() >= 4 && whole(node.get(0)) && node.get(1).isNumber() && whole(node.get(2))
					&& whole(node.get(3))) {
				tree.feature()[i] = node.get(0).asInt();
				tree.threshold()[i] = node.get(1).asDouble();
				tree.left()[i] = node.get(2).asInt();
				tree.right()[i] = node.get(3).asInt();
				tree.missingLeft()[i] = node.path(4).asInt(0) == 1;
				if (tree.feature()[i] < 0 || tree.feature()[i] >= features) {
					throw new IOException(where + " node " + i + " splits on feature " + tree.feature()[i] + " of "
							+ features);
				}
				for (int child : new int[] { tree.left()[i], tree.right()[i] }) {
					if (child <= i || child >= n) {
						throw new IOException(where + " node " + i + " leads to node " + child + " of " + n);
					}
				}
			}
			else {
				throw new IOException(where + " node " + i + " is neither a leaf nor a split: " + node);
			}
			if (!Double.isFinite(tree.value()[i])) {
				// a leaf that is not a number would poison every sum it enters
				throw new IOException(where + " node " + i + " gives a value that is not finite: " + node);
			}
		}
		return tree;
	}

	/** Whether a node's field is a whole number an int holds: Jackson would take 3.7 for feature 3. */
	private static boolean whole(JsonNode field) {
		return field.isIntegralNumber() && field.canConvertToInt();
	}

	/** Each class's probability for the features {@code x}, in the order of {@link #classes()}. */
	public double[] probabilities(double[] x) {
		return softmax(raw(x));
	}

	/** The summed scores before the softmax: the baseline and every round's leaves. */
	double[] raw(double[] x) {
		double[] raw = baseline.clone();
		for (Tree[] round : rounds) {
			for (int k = 0; k < round.length; k++) {
				raw[k] += round[k].leaf(x);
			}
		}
		return raw;
	}

	/** The probabilities of summed scores: the logistic of one (two classes), the softmax of several. */
	static double[] softmax(double[] raw) {
		if (raw.length == 1) {
			double p = 1 / (1 + Math.exp(-raw[0]));
			return new double[] { 1 - p, p };
		}
		double max = Double.NEGATIVE_INFINITY;
		for (double r : raw) {
			max = Math.max(max, r);
		}
		double sum = 0;
		double[] p = new double[raw.length];
		for (int k = 0; k < raw.length; k++) {
			p[k] = Math.exp(raw[k] - max);
			sum += p[k];
		}
		for (int k = 0; k < p.length; k++) {
			p[k] /= sum;
		}
		return p;
	}

}
