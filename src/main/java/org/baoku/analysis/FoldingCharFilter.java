package org.baoku.analysis;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/** Applies {@link SearchText#fold} character by character ahead of a tokenizer; lengths and offsets are kept. */
public final class FoldingCharFilter extends BaseCharFilter {

	public FoldingCharFilter(Reader in) {
		super(in);
	}

	@Override
	public int read(char[] buffer, int off, int len) throws IOException {
		int n = input.read(buffer, off, len);
		for (int i = off; i < off + Math.max(n, 0); i++) {
			char c = buffer[i];
			if (!Character.isSurrogate(c)) {
				int folded = SearchText.fold(c);
				if (Character.charCount(folded) == 1) {
					buffer[i] = (char) folded;
				}
			}
		}
		return n;
	}

}
