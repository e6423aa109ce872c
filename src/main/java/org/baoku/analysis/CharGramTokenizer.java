package org.baoku.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Every letter, digit and ideograph is a position, indexed as itself and as the bigram it starts, so any run of
 * characters the text holds is found as a phrase of bigrams: Ctrl-F recall for names, fragments and numbers
 * alike. Anything else (spaces, punctuation) leaves a gap, so no phrase runs across it; a dot between digits
 * belongs to the number ("381.6亿"). Characters pass through {@link SearchText#fold} first.
 * <p>
 * At query time ({@code forQuery}) only the bigrams are emitted, one position apart, and a lone character as
 * itself: a query word becomes a phrase that matches exactly where the text contains it.
 */
public final class CharGramTokenizer extends Tokenizer {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

	private final boolean forQuery;

	/** The input as code points with their char offsets. */
	private int[] points;

	private int[] offsets;

	private int count;

	private int at;

	private boolean bigramPending;

	private int pendingIncrement;

	private boolean inGap;

	public CharGramTokenizer(boolean forQuery) {
		this.forQuery = forQuery;
	}

	public CharGramTokenizer(AttributeFactory factory, boolean forQuery) {
		super(factory);
		this.forQuery = forQuery;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		String text = readAll();
		points = new int[text.length()];
		offsets = new int[text.length() + 1];
		count = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int width = Character.charCount(c);
			// A space between two ideographs is layout: it takes no position, so a phrase runs across it.
			if (count > 0 && SearchText.isLayoutSpace(points[count - 1], text, i)) {
				i += width;
				continue;
			}
			points[count] = SearchText.fold(c);
			offsets[count++] = i;
			i += width;
		}
		offsets[count] = text.length();
		at = 0;
		bigramPending = false;
		inGap = false;
		pendingIncrement = 1;
	}

	@Override
	public boolean incrementToken() {
		clearAttributes();
		while (at < count) {
			if (!isWord(at)) {
				// A separator: the next token is a position further off, so no phrase bridges it.
				if (!inGap) {
					pendingIncrement++;
					inGap = true;
				}
				at++;
				continue;
			}
			inGap = false;
			boolean hasNext = at + 1 < count && isWord(at + 1);
			if (!forQuery) {
				if (!bigramPending) {
					emit(at, at + 1, pendingIncrement);
					pendingIncrement = 1;
					bigramPending = hasNext;
					if (!hasNext) {
						at++;
					}
					return true;
				}
				bigramPending = false;
				emit(at, at + 2, 0);
				length.setPositionLength(2);
				at++;
				return true;
			}
			boolean hasPrevious = at > 0 && isWord(at - 1);
			if (hasNext || !hasPrevious) {
				emit(at, hasNext ? at + 2 : at + 1, pendingIncrement);
				pendingIncrement = 1;
				at++;
				return true;
			}
			// The last character of a word starts no bigram but still takes its position in the text.
			pendingIncrement++;
			at++;
		}
		return false;
	}

	private boolean isWord(int i) {
		int c = points[i];
		if (c == '.' && i > 0 && i + 1 < count) {
			return Character.isDigit(points[i - 1]) && Character.isDigit(points[i + 1]);
		}
		return SearchText.isWordChar(c);
	}

	private void emit(int from, int to, int positionIncrement) {
		term.setEmpty();
		for (int i = from; i < to; i++) {
			int c = points[i];
			if (Character.isBmpCodePoint(c)) {
				term.append((char) c);
			}
			else {
				term.append(Character.highSurrogate(c)).append(Character.lowSurrogate(c));
			}
		}
		offset.setOffset(correctOffset(offsets[from]), correctOffset(offsets[to]));
		increment.setPositionIncrement(positionIncrement);
		length.setPositionLength(1);
	}

	@Override
	public void end() throws IOException {
		super.end();
		int last = correctOffset(count == 0 ? 0 : offsets[count]);
		offset.setOffset(last, last);
	}

	private String readAll() throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[4096];
		int n;
		while ((n = input.read(buffer)) > 0) {
			text.append(buffer, 0, n);
		}
		return text.toString();
	}

}
