package org.baoku.ingest.roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * More rounds for a tree model, fitted on a few labelled lines where the model is: each round a small regression tree
 * per role on the softmax's gradient and curvature (Newton boosting, as scikit-learn's HistGradientBoosting and
 * XGBoost fit theirs), started from what the model already says of every line, so the new trees learn only where the
 * lines disagree with it. Exact splits: a paper's checked pages are hundreds of lines, not millions.
 *
 * <p>Written here rather than taken from a library: the libraries that train in Java either bring tens of MB of
 * native code (XGBoost4J, LightGBM) or a GPL licence (Smile), and none takes a trained model's scores as the start.
 */
public final class TreeFitting {

	/**
	 * How the rounds are fitted: how many, how deep a tree, the fewest lines a leaf holds, the shrinkage of each
	 * tree's values, and the L2 penalty on a leaf's value (its curvature's prior).
	 */
	public record Settings(int rounds, int depth, int minLeaf, double rate, double lambda) {
	}

	private TreeFitting() {
	}

	/**
	 * The model with {@code settings.rounds()} more rounds, fitted on the lines {@code x} (features in the model's
	 * order) whose roles are {@code y} (indices of the model's classes), each line weighing {@code weight}.
	 */
	public static BoostedTrees more(BoostedTrees model, double[][] x, int[] y, double[] weight, Settings settings) {
		int n = x.length;
		int classes = model.baseline().length;
		if (classes < 2) {
			throw new IllegalArgumentException("more rounds are fitted for a model of three roles or more");
		}
		double[][] raw = new double[n][];
		for (int i = 0; i < n; i++) {
			raw[i] = model.raw(x[i]);
		}
		int[][] sorted = sortedByFeature(x, model.features().size());
		List<BoostedTrees.Tree[]> rounds = new ArrayList<>(model.rounds());
		double[] g = new double[n];
		double[] h = new double[n];
		for (int round = 0; round < settings.rounds(); round++) {
			double[][] p = new double[n][];
			for (int i = 0; i < n; i++) {
				p[i] = BoostedTrees.softmax(raw[i]);
			}
			BoostedTrees.Tree[] trees = new BoostedTrees.Tree[classes];
			for (int k = 0; k < classes; k++) {
				for (int i = 0; i < n; i++) {
					g[i] = weight[i] * (p[i][k] - (y[i] == k ? 1 : 0));
					h[i] = weight[i] * Math.max(p[i][k] * (1 - p[i][k]), 1e-6);
				}
				trees[k] = new Grower(x, g, h, sorted, settings).grow();
				for (int i = 0; i < n; i++) {
					raw[i][k] += trees[k].leaf(x[i]);
				}
			}
			rounds.add(trees);
		}
		return new BoostedTrees(model.features(), model.classes(), model.baseline(), List.copyOf(rounds));
	}

	private static int[][] sortedByFeature(double[][] x, int features) {
		int[][] sorted = new int[features][];
		for (int f = 0; f < features; f++) {
			int feature = f;
			sorted[f] = IntStream.range(0, x.length).boxed().sorted(Comparator.comparingDouble(i -> x[i][feature]))
				.mapToInt(Integer::intValue).toArray();
		}
		return sorted;
	}

	/** One regression tree, grown depth first; its nodes come after their parent, as {@link BoostedTrees} reads. */
	private static final class Grower {

		private final double[][] x;

		private final double[] g;

		private final double[] h;

		private final int[][] sorted;

		private final Settings settings;

		private final List<double[]> nodes = new ArrayList<>();

		Grower(double[][] x, double[] g, double[] h, int[][] sorted, Settings settings) {
			this.x = x;
			this.g = g;
			this.h = h;
			this.sorted = sorted;
			this.settings = settings;
		}

		BoostedTrees.Tree grow() {
			boolean[] all = new boolean[x.length];
			Arrays.fill(all, true);
			node(all, 0);
			int size = nodes.size();
			BoostedTrees.Tree tree = new BoostedTrees.Tree(new int[size], new double[size], new int[size], new int[size],
					new boolean[size], new double[size]);
			for (int i = 0; i < size; i++) {
				double[] node = nodes.get(i);
				tree.feature()[i] = (int) node[0];
				tree.threshold()[i] = node[1];
				tree.left()[i] = (int) node[2];
				tree.right()[i] = (int) node[3];
				tree.value()[i] = node[4];
			}
			return tree;
		}

		/** Adds the node for the lines {@code in} and those under it; returns its index. */
		private int node(boolean[] in, int depth) {
			double sumG = 0;
			double sumH = 0;
			int count = 0;
			for (int i = 0; i < in.length; i++) {
				if (in[i]) {
					sumG += g[i];
					sumH += h[i];
					count++;
				}
			}
			int index = nodes.size();
			double value = -settings.rate() * sumG / (sumH + settings.lambda());
			nodes.add(new double[] { -1, 0, 0, 0, Double.isFinite(value) ? value : 0 });
			if (depth >= settings.depth() || count < 2 * settings.minLeaf()) {
				return index;
			}
			double parent = sumG * sumG / (sumH + settings.lambda());
			double bestGain = 1e-9;
			int bestFeature = -1;
			double bestThreshold = 0;
			for (int f = 0; f < sorted.length; f++) {
				double leftG = 0;
				double leftH = 0;
				int left = 0;
				int previous = -1;
				for (int i : sorted[f]) {
					if (!in[i]) {
						continue;
					}
					if (previous >= 0 && x[i][f] > x[previous][f] && left >= settings.minLeaf()
							&& count - left >= settings.minLeaf()) {
						double rightG = sumG - leftG;
						double rightH = sumH - leftH;
						double gain = leftG * leftG / (leftH + settings.lambda())
								+ rightG * rightG / (rightH + settings.lambda()) - parent;
						if (gain > bestGain) {
							bestGain = gain;
							bestFeature = f;
							double mid = (x[previous][f] + x[i][f]) / 2;
							// Adjacent doubles: the midpoint may round up to the right value; the left one splits alike.
							bestThreshold = mid < x[i][f] ? mid : x[previous][f];
						}
					}
					leftG += g[i];
					leftH += h[i];
					left++;
					previous = i;
				}
			}
			if (bestFeature < 0) {
				return index;
			}
			boolean[] leftIn = new boolean[in.length];
			boolean[] rightIn = new boolean[in.length];
			for (int i = 0; i < in.length; i++) {
				if (in[i]) {
					(x[i][bestFeature] <= bestThreshold ? leftIn : rightIn)[i] = true;
				}
			}
			int leftIndex = node(leftIn, depth + 1);
			int rightIndex = node(rightIn, depth + 1);
			nodes.set(index, new double[] { bestFeature, bestThreshold, leftIndex, rightIndex, 0 });
			return index;
		}

	}

}
