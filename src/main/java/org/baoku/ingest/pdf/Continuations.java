package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.baoku.ingest.split.JumpLines;
import org.baoku.ingest.split.BigramCounts;
import org.baoku.ingest.split.Bigrams;
import org.baoku.ingest.split.DatelineParser;
import org.baoku.ingest.split.Line;
import org.baoku.ingest.split.WordBreaks;

/**
 * Where a block of text with no headline above it goes on: the text it finishes (a word or a sentence left open at
 * the end of another column), or the article its words are clearly about.
 */
final class Continuations {

	private Continuations() {
	}

	/**
	 * The module whose text stops mid-sentence at the end of its last block, not lower in the block's column, and
	 * jumps nowhere else. Of several, the one whose last word the block's first characters finish ("…为抓" +
	 * "手，…"); else the one whose text the block's words are clearly closer to; else the nearest before it in
	 * reading order (above it, or in a column to its left).
	 */
	static Module unfinished(ColumnBlock block, List<Module> modules) {
		String opening = block.first().text().strip();
		BigramCounts words = Bigrams.counts(block.text());
		Module best = null;
		boolean bestJoinsWord = false;
		double bestTopic = 0;
		for (Module m : modules) {
			if (m.blocks.isEmpty()) {
				continue;
			}
			TextLine last = m.lastBlock().last();
			if (JumpLines.isJump(last.text()) || Line.endsSentenceText(last.text())
					|| Line.closedByNote(m.lastBlock().text()) || below(m.lastBlock(), block)) {
				continue;
			}
			boolean joinsWord = WordBreaks.insideWord(last.text().strip(), opening);
			double topic = Bigrams.cosine(words, Bigrams.counts(text(m.blocks)));
			boolean better;
			if (best == null || joinsWord != bestJoinsWord) {
				better = best == null || joinsWord;
			}
			else if (Math.abs(topic - bestTopic) >= LayoutTunable.CONTINUATION_TOPIC_MARGIN.value()) {
				better = topic > bestTopic;
			}
			else {
				better = closer(m, best, block);
			}
			if (better) {
				best = m;
				bestJoinsWord = joinsWord;
				bestTopic = topic;
			}
		}
		return best;
	}

	/**
	 * The article a block that opens a paragraph under no headline goes on: a column break can fall between two
	 * paragraphs, and then only the words tell where the text went on. Null when no headed text is clearly the most
	 * alike, or when the block opens with a dateline (an article starts there).
	 */
	static Module akin(ColumnBlock block, List<Module> modules) {
		if (DatelineParser.startsWithDateline(block.first().text().strip())) {
			return null;
		}
		BigramCounts words = Bigrams.counts(block.text());
		List<Module> candidates = modules.stream()
			.filter(m -> !m.blocks.isEmpty() && m.head != null && !below(m.lastBlock(), block))
			.toList();
		List<BigramCounts> texts = new ArrayList<>();
		texts.add(words);
		candidates.forEach(m -> texts.add(Bigrams.counts(text(m.blocks))));
		TopicWeights weights = new TopicWeights(texts);
		Module best = null;
		double bestTopic = 0;
		double runnerUp = 0;
		for (int i = 0; i < candidates.size(); i++) {
			Module m = candidates.get(i);
			double topic = weights.cosine(words, texts.get(i + 1));
			if (topic > bestTopic) {
				runnerUp = bestTopic;
				best = m;
				bestTopic = topic;
			}
			else {
				runnerUp = Math.max(runnerUp, topic);
			}
		}
		return bestTopic >= LayoutTuning.CONTINUATION_MIN_TOPIC
				&& bestTopic >= LayoutTuning.CONTINUATION_TOPIC_LEAD * runnerUp ? best : null;
	}

	/** Whether a text ends lower in the block's own column: a block does not go on text printed after it. */
	private static boolean below(ColumnBlock end, ColumnBlock block) {
		return Module.sameColumn(end, block) && end.top() > block.top();
	}

	private static String text(List<ColumnBlock> blocks) {
		StringBuilder text = new StringBuilder();
		blocks.forEach(b -> b.lines().forEach(l -> text.append(l.text())));
		return text.toString();
	}

	private static boolean closer(Module a, Module b, ColumnBlock to) {
		return distance(a.lastBlock(), to) < distance(b.lastBlock(), to);
	}

	private static double distance(ColumnBlock from, ColumnBlock to) {
		return Math.hypot(to.left() - from.left(), to.top() - from.bottom());
	}

}
