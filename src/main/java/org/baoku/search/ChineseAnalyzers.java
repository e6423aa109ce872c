package org.baoku.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index. Headline and body are indexed as CJK bigrams with unigrams, so any name or fragment
 * in the text can be found as a phrase of bigrams whatever a dictionary thinks of it; a SmartChineseAnalyzer copy
 * of both adds word-level ranking.
 */
final class ChineseAnalyzers {

	private ChineseAnalyzers() {
	}

	/** Index side: unigrams and bigrams, so one-character queries match too. */
	static Analyzer bigramIndex() {
		return bigrams(true);
	}

	/** Query side: bigrams only, each a position apart, to be matched as a phrase. */
	static Analyzer bigramQuery() {
		return bigrams(false);
	}

	static Analyzer forIndex() {
		return new PerFieldAnalyzerWrapper(bigramIndex(),
				Map.of(IndexFields.HEADLINE_WORDS, new SmartChineseAnalyzer(), IndexFields.BODY_WORDS,
						new SmartChineseAnalyzer()));
	}

	static Analyzer smart() {
		return new SmartChineseAnalyzer();
	}

	private static Analyzer bigrams(boolean unigrams) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new CJKWidthFilter(source);
				stream = new LowerCaseFilter(stream);
				stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
						| CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new LowerCaseFilter(new CJKWidthFilter(in));
			}
		};
	}

}
