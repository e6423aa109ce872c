package org.baoku.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with what facet counting and highlighting need of its reader, built once when the
 * {@link org.apache.lucene.search.SearcherManager} refreshes rather than on every search.
 */
final class FacetedSearcher extends IndexSearcher {

	private final FacetOrdinals ordinals;

	private final SnippetHighlighter highlighter;

	private FacetedSearcher(IndexReader reader) throws IOException {
		super(reader);
		this.ordinals = new FacetOrdinals(reader);
		this.highlighter = new SnippetHighlighter(this);
	}

	SnippetHighlighter highlighter() {
		return highlighter;
	}

	FacetOrdinals ordinals() {
		return ordinals;
	}

	/** An empty index has nothing to search or count. */
	boolean isEmpty() {
		return getIndexReader().numDocs() == 0;
	}

	static SearcherFactory factory() {
		return new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
				return new FacetedSearcher(reader);
			}
		};
	}

}
