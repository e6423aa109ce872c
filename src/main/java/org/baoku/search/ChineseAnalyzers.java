package org.baoku.search;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import org.baoku.analysis.CharGramTokenizer;
import org.baoku.analysis.FoldingCharFilter;

/**
 * The analyzers of the index. Headline, body and dateline are indexed as characters and character bigrams
 * ({@link CharGramTokenizer}), so any name, fragment or number in the text is found as typed; a SmartChineseAnalyzer
 * copy of the headline adds word-level ranking (the benchmark's smartcn-only baseline also segments bodies).
 */
final class ChineseAnalyzers {

	private ChineseAnalyzers() {
	}

	/** Index side: every character and every bigram. */
	static Analyzer bigramIndex() {
		return charGrams(false);
	}

	/** Query side: bigrams a position apart, to be matched as a phrase. */
	static Analyzer bigramQuery() {
		return charGrams(true);
	}

	static Analyzer forIndex() {
		return new PerFieldAnalyzerWrapper(bigramIndex(),
				Map.of(IndexFields.HEADLINE_WORDS, smart()));
	}

	/** Words for ranking, after the same normalization as the character fields. */
	static Analyzer smart() {
		return new Analyzer() {
			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new FoldingCharFilter(reader);
			}

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer words = new HMMChineseTokenizer();
				return new TokenStreamComponents(words, new LowerCaseFilter(words));
			}
		};
	}

	private static Analyzer charGrams(boolean forQuery) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				CharGramTokenizer source = new CharGramTokenizer(forQuery);
				return new TokenStreamComponents(source);
			}
		};
	}

}
