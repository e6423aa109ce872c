package org.baoku.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

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

	/** The stored documents of the hits being marked, read once by the search (a call's own, on its thread). */
	private final ThreadLocal<Map<Integer, Document>> readAlready = new ThreadLocal<>();

	SnippetHighlighter(IndexSearcher searcher) {
		super(UnifiedHighlighter.builder(searcher, ChineseAnalyzers.forIndex())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
			// With nothing to mark, the field's opening passage is shown.
			.withMaxNoHighlightPassages(1));
	}

	/**
	 * Marks the headline and a snippet of the body of each hit, taking their text from the documents the search has
	 * read for the hits already (stored fields are decompressed once a hit, not twice).
	 */
	Map<String, String[]> mark(Query inHeadline, Query inBody, TopDocs hits, Map<Integer, Document> stored)
			throws IOException {
		readAlready.set(stored);
		try {
			// One field at a time, each with its own phrases: the highlighter looks up what it is given for every hit.
			Map<String, String[]> marked = new HashMap<>(
					highlightFields(new String[] { IndexFields.HEADLINE }, inHeadline, hits, new int[] { 1 }));
			marked.putAll(highlightFields(new String[] { IndexFields.BODY }, inBody, hits, new int[] { 1 }));
			return marked;
		}
		finally {
			readAlready.remove();
		}
	}

	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
			throws IOException {
		Map<Integer, Document> stored = readAlready.get();
		if (stored == null) {
			return super.loadFieldValues(fields, docs, cacheCharsThreshold);
		}
		List<CharSequence[]> values = new ArrayList<>();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			Document document = stored.get(doc);
			CharSequence[] fieldValues = new CharSequence[fields.length];
			for (int f = 0; f < fields.length; f++) {
				// As the highlighter reads a field: values joined, cut at its longest.
				String value = document == null ? ""
						: String.join(String.valueOf(MULTIVAL_SEP_CHAR), document.getValues(fields[f]));
				fieldValues[f] = value.length() > getMaxLength() ? value.substring(0, getMaxLength()) : value;
			}
			values.add(fieldValues);
		}
		return values;
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
