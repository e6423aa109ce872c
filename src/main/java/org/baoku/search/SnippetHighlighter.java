package org.baoku.search;

import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks a search's matches in the headline (whole) and in a snippet of the body (about {@link #SNIPPET_LENGTH}
 * characters, broken at Chinese sentence ends), escaping all text. One is made per searcher and shared by the
 * searches on it (the highlighter is thread-safe; each call gets break iterators of its own), so the merged field
 * information is worked out once per index refresh rather than on every search.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

	static final int SNIPPET_LENGTH = 120;

	static final String[] FIELDS = { IndexFields.HEADLINE, IndexFields.BODY };

	/** One passage each: the whole headline, one snippet of the body. */
	static final int[] PASSAGES = { 1, 1 };

	SnippetHighlighter(IndexSearcher searcher) {
		super(UnifiedHighlighter.builder(searcher, ChineseAnalyzers.forIndex())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
			// With nothing to mark, the field's opening passage is shown.
			.withMaxNoHighlightPassages(1));
	}

	@Override
	protected BreakIterator getBreakIterator(String field) {
		if (IndexFields.HEADLINE.equals(field)) {
			return new WholeBreakIterator();
		}
		return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA),
				SNIPPET_LENGTH, 0.5f);
	}

}
