package org.baoku.ingest.split;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Tells whether a line break falls inside a word ("…国际会展中心酒店、智" / "慧城市…"): then the text runs on and
 * the line before it cannot be a headline. Uses the smartcn word segmenter.
 */
public final class WordBreaks {


	private static final SmartChineseAnalyzer SEGMENTER = new SmartChineseAnalyzer();

	private WordBreaks() {
	}

	public static boolean insideWord(String before, String after) {
		if (before.isEmpty() || after.isEmpty() || !Chars.isIdeograph(Chars.last(before))
				|| !Chars.isIdeograph(after.codePointAt(0))) {
			return false;
		}
		String left = before.substring(Math.max(0, before.length() - SplitTuning.WORD_BREAK_CONTEXT));
		String right = after.substring(0, Math.min(after.length(), SplitTuning.WORD_BREAK_CONTEXT));
		int cut = left.length();
		try (TokenStream tokens = SEGMENTER.tokenStream("", left + right)) {
			OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			boolean spans = false;
			while (tokens.incrementToken()) {
				spans |= offsets.startOffset() < cut && offsets.endOffset() > cut;
			}
			tokens.end();
			return spans;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
