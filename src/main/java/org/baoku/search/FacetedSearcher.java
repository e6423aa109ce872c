package org.baoku.search;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet state of its reader, built once when the {@link org.apache.lucene.search.SearcherManager}
 * refreshes rather than on every search.
 */
final class FacetedSearcher extends IndexSearcher {

	private final SortedSetDocValuesReaderState facetState;

	private final SnippetHighlighter highlighter;

	private FacetedSearcher(IndexReader reader) throws IOException {
		super(reader);
		this.facetState = reader.numDocs() == 0 ? null
				: new DefaultSortedSetDocValuesReaderState(reader, ArticleFacets.CONFIG);
		this.highlighter = new SnippetHighlighter(this);
	}

	SnippetHighlighter highlighter() {
		return highlighter;
	}

	/** Null while the index is empty: there is nothing to count. */
	SortedSetDocValuesReaderState facetState() {
		return facetState;
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
