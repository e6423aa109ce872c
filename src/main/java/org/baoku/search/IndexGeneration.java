package org.baoku.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import org.baoku.archive.ArticleView;
import org.baoku.archive.PageContents;
import org.baoku.archive.PageSnapshot;

/**
 * One index folder with its writer and searchers. Readers are reopened only by {@link #commit}, after whole pages
 * were written, so a search never sees a page between its delete and its add. A rebuild writes a new generation
 * beside the live one; {@link ArticleIndex} swaps them.
 */
final class IndexGeneration implements IndexTarget, Closeable {

	/** How far the outbox had been applied when this index was committed. */
	static final String APPLIED_KEY = "baoku.outbox.applied";

	private final Path path;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private IndexGeneration(Path path, IndexWriterConfig.OpenMode mode) throws IOException {
		Files.createDirectories(path);
		this.path = path;
		this.directory = FSDirectory.open(path);
		IndexWriter opened = null;
		try {
			IndexWriterConfig config = new IndexWriterConfig(ChineseAnalyzers.forIndex());
			config.setOpenMode(mode);
			config.setRAMBufferSizeMB(IndexTuning.RAM_BUFFER_MB);
			opened = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(opened, FacetedSearcher.factory());
		}
		catch (IOException | RuntimeException ex) {
			if (opened != null) {
				opened.rollback();
			}
			directory.close();
			throw ex;
		}
		this.writer = opened;
	}

	/** Opens the index in {@code path}, which must hold one. */
	static IndexGeneration open(Path path) throws IOException {
		return new IndexGeneration(path, IndexWriterConfig.OpenMode.APPEND);
	}

	/** An empty index in {@code path}. */
	static IndexGeneration create(Path path) throws IOException {
		IndexGeneration created = new IndexGeneration(path, IndexWriterConfig.OpenMode.CREATE);
		created.writer.commit();
		return created;
	}

	Path path() {
		return path;
	}

	/** Makes the page's documents those of this snapshot: one atomic delete-and-add, seen at the next commit. */
	@Override
	public void replacePage(PageSnapshot page) throws IOException {
		List<Document> documents = new ArrayList<>(page.articles().size());
		for (ArticleView article : page.articles()) {
			documents.add(ArticleDocuments.document(article, page.revision()));
		}
		writer.updateDocuments(pageTerm(page.pageId()), documents);
	}

	@Override
	public void deletePage(long pageId) throws IOException {
		writer.deleteDocuments(pageTerm(pageId));
	}

	/** Articles without a page revision: the benchmark's and tests' corpora. */
	void add(List<ArticleView> articles) throws IOException {
		for (ArticleView article : articles) {
			writer.addDocument(ArticleDocuments.document(article, 0));
		}
	}

	private static Term pageTerm(long pageId) {
		return new Term(IndexFields.PAGE_ID, Long.toString(pageId));
	}

	/** Commits with the schema and how far the outbox was applied (never lowered) in the commit data. */
	@Override
	public void commit(long appliedThrough) throws IOException {
		Map<String, String> data = new HashMap<>();
		data.put(ArticleIndex.SCHEMA_KEY, ArticleIndex.SCHEMA);
		data.put(APPLIED_KEY, Long.toString(Math.max(appliedThrough(), appliedThrough)));
		commit(data);
	}

	@Override
	public long appliedThrough() {
		String value = commitData().get(APPLIED_KEY);
		try {
			return value == null ? 0 : Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** Makes what was written durable with this commit data, then shows it to new searches. */
	void commit(Map<String, String> data) throws IOException {
		writer.setLiveCommitData(data.entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	/** Merges the segments down to {@link IndexTuning#SEGMENTS_AFTER_LOAD}, commits (same commit data) and refreshes. */
	@Override
	public void mergeDown() throws IOException {
		writer.forceMerge(IndexTuning.SEGMENTS_AFTER_LOAD);
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	/** The commit data of the last commit (or what the next commit will carry). */
	Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(e -> data.put(e.getKey(), e.getValue()));
		}
		return data;
	}

	@Override
	public long documentCount() {
		return writer.getDocStats().numDocs;
	}

	/** Throws {@link org.apache.lucene.store.AlreadyClosedException} once this generation was swapped out. */
	FacetedSearcher acquire() throws IOException {
		return (FacetedSearcher) searchers.acquire();
	}

	/** Each page's oldest revision and document count as searches now see them. */
	@Override
	public Map<Long, PageContents> pageContents() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			PageTally tally = new PageTally();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				NumericDocValues pages = leaf.reader().getNumericDocValues(IndexFields.PAGE);
				NumericDocValues revs = leaf.reader().getNumericDocValues(IndexFields.PAGE_REVISION);
				if (pages == null || revs == null) {
					continue;
				}
				Bits live = leaf.reader().getLiveDocs();
				for (int doc = pages.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = pages.nextDoc()) {
					if ((live == null || live.get(doc)) && revs.advanceExact(doc)) {
						tally.add(pages.longValue(), revs.longValue());
					}
				}
			}
			return tally.pages();
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** Closes the writer; searches that still hold a searcher of this generation finish on it. */
	@Override
	public void close() throws IOException {
		try {
			searchers.close();
			writer.close();
		}
		finally {
			directory.close();
		}
	}

	/** Drops what was written since the last commit and closes: for a rebuild that failed half way. */
	@Override
	public void abandon() throws IOException {
		try {
			searchers.close();
			writer.rollback();
		}
		finally {
			directory.close();
		}
	}

}
