package org.baoku.ingest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two texts of one page are by their bigrams, each bigram weighed by how few of the page's texts hold it
 * (inverse document frequency): the names of places, people and things an article is about weigh, while bigrams
 * every article uses (我们, 发展, 的一) weigh nothing.
 */
final class TopicWeights {

	private final Map<String, Integer> textsHolding = new HashMap<>();

	private final int texts;

	TopicWeights(List<Map<String, Integer>> pageTexts) {
		for (Map<String, Integer> text : pageTexts) {
			text.keySet().forEach(bigram -> textsHolding.merge(bigram, 1, Integer::sum));
		}
		this.texts = pageTexts.size();
	}

	double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		double dot = 0;
		double normA = 0;
		for (Map.Entry<String, Integer> e : a.entrySet()) {
			double wa = e.getValue() * weight(e.getKey());
			normA += wa * wa;
			Integer inB = b.get(e.getKey());
			if (inB != null) {
				dot += wa * inB * weight(e.getKey());
			}
		}
		double normB = 0;
		for (Map.Entry<String, Integer> e : b.entrySet()) {
			double wb = e.getValue() * weight(e.getKey());
			normB += wb * wb;
		}
		return dot == 0 ? 0 : dot / Math.sqrt(normA * normB);
	}

	private double weight(String bigram) {
		return Math.log((texts + 1.0) / (textsHolding.getOrDefault(bigram, 0) + 1.0));
	}

}
