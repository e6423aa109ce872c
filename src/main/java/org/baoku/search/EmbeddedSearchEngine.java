package org.baoku.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.baoku.archive.ArticleView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default engine: one Lucene index in the data folder, in generations swapped by a rebuild. */
@Component
@ConditionalOnProperty(name = "baoku.search.engine", havingValue = "embedded", matchIfMissing = true)
class EmbeddedSearchEngine implements SearchEngine {

	private final ArticleIndex index;

	private final ArticleSearcher searcher;

	private final RelatedArticles related;

	EmbeddedSearchEngine(ArticleIndex index, ArticleSearcher searcher, RelatedArticles related) {
		this.index = index;
		this.searcher = searcher;
		this.related = related;
	}

	@Override
	public String describe() {
		return "embedded Lucene index at " + index.indexDirectory();
	}

	@Override
	public Optional<String> rebuildReason() {
		return index.rebuildReason();
	}

	@Override
	public IndexTarget live() {
		return index.live();
	}

	@Override
	public IndexTarget newGeneration() throws IOException {
		return index.newGeneration();
	}

	@Override
	public void swap(IndexTarget next) throws IOException {
		index.swap((IndexGeneration) next);
	}

	@Override
	public SearchResult search(SearchRequest request) {
		return searcher.search(request);
	}

	@Override
	public void forEachHit(SearchRequest request, Consumer<ExportRow> rows) {
		searcher.forEachHit(request, rows);
	}

	@Override
	public long countStoredAfter(SearchRequest request, long seenUpTo) {
		return searcher.countStoredAfter(request, seenUpTo);
	}

	@Override
	public long newestStored() {
		return searcher.newestStored();
	}

	@Override
	public List<ExportRow> related(ArticleView article, int count) {
		return related.like(article, count);
	}

}
