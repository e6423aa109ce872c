package org.baoku.ingest.split;

import java.util.Arrays;

/**
 * The assignment problem (Hungarian method, O(n³)): pairs rows with columns so that the summed score is as high as
 * possible. Pairs scoring at or below zero are left unpaired.
 */
public final class Assignment {

	private Assignment() {
	}

	/** For each row, the column it is paired with, or -1. */
	public static int[] maximize(double[][] score) {
		int rows = score.length;
		int cols = rows == 0 ? 0 : score[0].length;
		int n = Math.max(rows, cols);
		if (n == 0) {
			return new int[0];
		}
		double max = 0;
		for (double[] row : score) {
			for (double v : row) {
				max = Math.max(max, v);
			}
		}
		// Minimize cost = max - score on a square matrix; padding and non-positive pairs cost max.
		double[][] cost = new double[n + 1][n + 1];
		for (int i = 1; i <= n; i++) {
			for (int j = 1; j <= n; j++) {
				double v = i <= rows && j <= cols ? score[i - 1][j - 1] : 0;
				cost[i][j] = max - Math.max(v, 0);
			}
		}
		int[] p = new int[n + 1];
		int[] way = new int[n + 1];
		double[] u = new double[n + 1];
		double[] v = new double[n + 1];
		for (int i = 1; i <= n; i++) {
			p[0] = i;
			int j0 = 0;
			double[] minv = new double[n + 1];
			Arrays.fill(minv, Double.POSITIVE_INFINITY);
			boolean[] used = new boolean[n + 1];
			do {
				used[j0] = true;
				int i0 = p[j0];
				int j1 = 0;
				double delta = Double.POSITIVE_INFINITY;
				for (int j = 1; j <= n; j++) {
					if (!used[j]) {
						double cur = cost[i0][j] - u[i0] - v[j];
						if (cur < minv[j]) {
							minv[j] = cur;
							way[j] = j0;
						}
						if (minv[j] < delta) {
							delta = minv[j];
							j1 = j;
						}
					}
				}
				for (int j = 0; j <= n; j++) {
					if (used[j]) {
						u[p[j]] += delta;
						v[j] -= delta;
					}
					else {
						minv[j] -= delta;
					}
				}
				j0 = j1;
			}
			while (p[j0] != 0);
			do {
				int j1 = way[j0];
				p[j0] = p[j1];
				j0 = j1;
			}
			while (j0 != 0);
		}
		int[] result = new int[rows];
		Arrays.fill(result, -1);
		for (int j = 1; j <= n; j++) {
			int i = p[j];
			if (i >= 1 && i <= rows && j <= cols && score[i - 1][j - 1] > 0) {
				result[i - 1] = j - 1;
			}
		}
		return result;
	}

}
