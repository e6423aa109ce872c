package org.baoku.ingest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.baoku.ingest.split.BigramCounts;

/**
 * How alike two texts of one page are by their bigrams, each bigram weighed by how few of the page's texts hold it
 * (inverse document frequency): the names of places, people and things an article is about weigh, while bigrams
 * every article uses (我们, 发展, 的一) weigh nothing.
 */
final class TopicWeights {

	private final Map<Long, Integer> textsHolding = new HashMap<>();

	private final int texts;

	TopicWeights(List<BigramCounts> pageTexts) {
		for (BigramCounts text : pageTexts) {
			text.forEach((bigram, count) -> textsHolding.merge(bigram, 1, Integer::sum));
		}
		this.texts = pageTexts.size();
	}

	double cosine(BigramCounts a, BigramCounts b) {
		double[] sums = new double[3]; // the dot product and both norms
		a.forEach((bigram, count) -> {
			double weight = weight(bigram);
			double wa = count * weight;
			sums[1] += wa * wa;
			int inB = b.countOf(bigram);
			if (inB != 0) {
				sums[0] += wa * inB * weight;
			}
		});
		b.forEach((bigram, count) -> {
			double wb = count * weight(bigram);
			sums[2] += wb * wb;
		});
		return sums[0] == 0 ? 0 : sums[0] / Math.sqrt(sums[1] * sums[2]);
	}

	private double weight(long bigram) {
		return Math.log((texts + 1.0) / (textsHolding.getOrDefault(bigram, 0) + 1.0));
	}

}
