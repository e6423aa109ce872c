package org.baoku.ingest.roles;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A gradient-boosted tree classifier as data: what {@code tools/engines/train_roles.py} writes of scikit-learn's
 * HistGradientBoostingClassifier (the features' names, the classes, the baseline, each round's tree per class), and
 * the softmax of the summed leaves it answers. Read once; answering walks a few hundred small trees.
 */
public record BoostedTrees(List<String> features, List<String> classes, double[] baseline, List<Tree[]> rounds) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * One tree, its nodes flat: a split node sends {@code x[feature] <= threshold} to {@code left}, the rest to
	 * {@code right}; a leaf (feature -1) gives its value.
	 */
	public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

		double leaf(double[] x) {
			int i = 0;
			while (feature[i] >= 0) {
				i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
			}
			return value[i];
		}

	}

	public static BoostedTrees read(InputStream in) throws IOException {
		JsonNode root = JSON.readTree(in);
		List<String> features = new ArrayList<>();
		root.get("features").forEach(n -> features.add(n.asText()));
		List<String> classes = new ArrayList<>();
		root.get("roles").forEach(n -> classes.add(n.asText()));
		double[] baseline = new double[root.get("baseline").size()];
		for (int i = 0; i < baseline.length; i++) {
			baseline[i] = root.get("baseline").get(i).asDouble();
		}
		List<Tree[]> rounds = new ArrayList<>();
		for (JsonNode round : root.get("rounds")) {
			Tree[] trees = new Tree[round.size()];
			for (int k = 0; k < trees.length; k++) {
				trees[k] = tree(round.get(k));
			}
			rounds.add(trees);
		}
		if (baseline.length != (classes.size() == 2 ? 1 : classes.size())) {
			throw new IOException("a model of " + classes.size() + " classes with " + baseline.length + " baselines");
		}
		return new BoostedTrees(List.copyOf(features), List.copyOf(classes), baseline, List.copyOf(rounds));
	}

	private static Tree tree(JsonNode nodes) {
		int n = nodes.size();
		Tree tree = new Tree(new int[n], new double[n], new int[n], new int[n], new double[n]);
		for (int i = 0; i < n; i++) {
			JsonNode node = nodes.get(i);
			if (node.size() == 1) {
				tree.feature()[i] = -1;
				tree.value()[i] = node.get(0).asDouble();
			}
			else {
				tree.feature()[i] = node.get(0).asInt();
				tree.threshold()[i] = node.get(1).asDouble();
				tree.left()[i] = node.get(2).asInt();
				tree.right()[i] = node.get(3).asInt();
			}
		}
		return tree;
	}

	/** Each class's probability for the features {@code x}, in the order of {@link #classes()}. */
	public double[] probabilities(double[] x) {
		double[] raw = baseline.clone();
		for (Tree[] round : rounds) {
			for (int k = 0; k < round.length; k++) {
				raw[k] += round[k].leaf(x);
			}
		}
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
