package org.baoku.ingest.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.split.BigramCounts;
import org.baoku.ingest.split.Bigrams;

import static org.assertj.core.api.Assertions.assertThat;

/** Bigrams every text of the page shares weigh nothing; the names one article is about weigh most. */
class TopicWeightsTests {

	@Test
	void theNamesAnArticleIsAboutOutweighWordsEveryArticleUses() {
		BigramCounts block = Bigrams.counts("西岭村的美丽嬗变，得益于袁州区的秀美乡村建设，我们要推进发展。");
		BigramCounts village = Bigrams.counts("江西宜春市袁州区西岭村，村民说环境更好了。");
		BigramCounts other = Bigrams.counts("我们要推进发展，技术工人待遇提高，推进发展。");
		BigramCounts third = Bigrams.counts("我们要推进发展，稳就业。");
		BigramCounts fourth = Bigrams.counts("推进发展，我们要保民生。");
		TopicWeights weights = new TopicWeights(List.of(block, village, other, third, fourth));
		assertThat(weights.cosine(block, village)).isGreaterThan(2 * weights.cosine(block, other));
		assertThat(Bigrams.cosine(block, village)).as("unweighted, the shared common words win")
			.isLessThan(Bigrams.cosine(block, other));
		TopicWeights everywhere = new TopicWeights(List.of(other, other));
		assertThat(everywhere.cosine(other, other)).as("what every text holds tells nothing").isZero();
	}

}
