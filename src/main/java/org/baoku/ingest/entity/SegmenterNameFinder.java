package org.baoku.ingest.entity;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.baoku.ingest.split.ChineseNames;

/**
 * A word segmenter leaves a name it does not know as single characters before the next dictionary word: that run,
 * two or three characters long and starting with a surname, is the name.
 */
final class SegmenterNameFinder implements NameFinder {

	private static final int WINDOW = 10;

	/** Characters that are grammar, not names. */
	private static final String FUNCTION_CHARS = "的了在是和与及或等被把这那其之也都就";

	private static final SmartChineseAnalyzer SMARTCN = new SmartChineseAnalyzer();

	@Override
	public String nameAt(String text, int start) {
		String window = text.substring(start, Math.min(text.length(), start + WINDOW));
		StringBuilder name = new StringBuilder();
		try (TokenStream tokens = SMARTCN.tokenStream("", window)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && term.length() == 1 && name.length() < 4) {
				name.append(term);
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String found = window.startsWith(name.toString()) ? name.toString() : "";
		boolean plausible = ChineseNames.isPersonalName(found) && found.chars().noneMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0);
		return plausible ? found : null;
	}

}
