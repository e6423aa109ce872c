package org.baoku.ingest.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Characters the recognizer mistakes for their look-alikes, set right where the dictionary says so: 入 is read as 人
 * most of the time in 人民日报's text type (收入 read 收人, 深入 深人), and a phrase search for 收入 then misses the
 * article. Where the character read stands alone in smartcn's segmentation of its neighbourhood and its look-alike
 * would make a word there, the look-alike is what was printed; where both make words (人手 and 入手) the reading stands.
 */
final class LikelyWords {

	/** The character read → the one printed that it is mistaken for. */
	private static final Map<Character, Character> LOOK_ALIKES = Map.of('人', '入');

	/** Characters either side of the one weighed that its segmentation looks at. */
	private static final int REACH = 3;

	private static final SmartChineseAnalyzer SMARTCN = new SmartChineseAnalyzer();

	private LikelyWords() {
	}

	static String corrected(String line) {
		char[] text = line.toCharArray();
		for (int i = 0; i < text.length; i++) {
			Character printed = LOOK_ALIKES.get(text[i]);
			if (printed == null) {
				continue;
			}
			int start = Math.max(0, i - REACH);
			int end = Math.min(text.length, i + REACH + 1);
			String read = new String(text, start, end - start);
			char[] other = read.toCharArray();
			other[i - start] = printed;
			if (!inWord(read, i - start) && inWord(new String(other), i - start)) {
				text[i] = printed;
			}
		}
		return new String(text);
	}

	/** Whether the character at {@code at} is part of a word of two characters or more in the text's segmentation. */
	private static boolean inWord(String text, int at) {
		try (TokenStream tokens = SMARTCN.tokenStream("", text)) {
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			boolean word = false;
			while (tokens.incrementToken()) {
				if (offset.startOffset() <= at && at < offset.endOffset()) {
					word = offset.endOffset() - offset.startOffset() > 1;
				}
			}
			tokens.end();
			return word;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
