package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.archive.ArticleView;
import org.baoku.config.BaokuProperties;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of articles on disk: one writer, one {@link SearcherManager}. Documents are keyed by article id
 * and grouped by page (issue id), so re-ingesting a page replaces its documents.
 */
@Component
class ArticleIndex {

	private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

	/** Stored, tokenized, with offsets in the postings so the highlighter needs no re-analysis. */
	private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED_TEXT.freeze();
	}

	/** Bumped whenever fields or analyzers change, so an older index on disk is rebuilt at start. */
	private static final String SCHEMA = "3";

	private static final String SCHEMA_KEY = "baoku.schema";

	private final Path indexDirectory;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	ArticleIndex(BaokuProperties properties) throws IOException {
		Files.createDirectories(properties.indexDir());
		this.indexDirectory = properties.indexDir();
		this.directory = FSDirectory.open(properties.indexDir());
		IndexWriterConfig config = new IndexWriterConfig(ChineseAnalyzers.forIndex());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		this.writer = new IndexWriter(directory, config);
		this.searchers = new SearcherManager(writer, FacetedSearcher.factory());
		log.info("Lucene index at {} ({} documents)", properties.indexDir(), writer.getDocStats().numDocs);
	}

	/** Replaces the documents of one page with its articles as now stored. */
	void replaceIssue(long issueId, List<ArticleView> articles) {
		try {
			writer.deleteDocuments(new Term(IndexFields.ISSUE, Long.toString(issueId)));
			for (ArticleView article : articles) {
				writer.updateDocument(new Term(IndexFields.ID, Long.toString(article.id())), document(article));
			}
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not index page " + issueId, ex);
		}
	}

	void deleteAll() throws IOException {
		writer.deleteAll();
	}

	void add(List<ArticleView> articles) throws IOException {
		for (ArticleView article : articles) {
			writer.updateDocument(new Term(IndexFields.ID, Long.toString(article.id())), document(article));
		}
	}

	void commit() throws IOException {
		writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	/** Whether the index on disk was built with this version's fields and analyzers. */
	boolean schemaCurrent() {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (SCHEMA_KEY.equals(entry.getKey())) {
					return SCHEMA.equals(entry.getValue());
				}
			}
		}
		return writer.getDocStats().numDocs == 0;
	}

	Path indexDirectory() {
		return indexDirectory;
	}

	int documentCount() {
		return writer.getDocStats().numDocs;
	}

	FacetedSearcher acquire() throws IOException {
		searchers.maybeRefresh();
		return (FacetedSearcher) searchers.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		searchers.release(searcher);
	}

	/** One document per article: what is searched, what is filtered on and what a result shows. */
	static Document document(ArticleView a) throws IOException {
		Document doc = new Document();
		doc.add(new KeywordField(IndexFields.ID, Long.toString(a.id()), Field.Store.YES));
		doc.add(new StringField(IndexFields.ISSUE, Long.toString(a.issueId()), Field.Store.NO));
		doc.add(new LongField(IndexFields.DATE, a.date().toEpochDay(), Field.Store.NO));
		doc.add(new StoredField(IndexFields.DATE_TEXT, a.date().toString()));
		doc.add(new LongField(IndexFields.SEQUENCE, a.id(), Field.Store.NO));
		String headline = headlineText(a);
		doc.add(new Field(IndexFields.HEADLINE, headline, HIGHLIGHTED_TEXT));
		doc.add(new StoredField(IndexFields.HEADLINE_MAIN, a.headline()));
		doc.add(new Field(IndexFields.BODY, a.body(), HIGHLIGHTED_TEXT));
		if (a.dateline() != null) {
			doc.add(new TextField(IndexFields.DATELINE, a.dateline(), Field.Store.NO));
		}
		doc.add(new TextField(IndexFields.HEADLINE_WORDS, headline, Field.Store.NO));
		doc.add(new TextField(IndexFields.BODY_WORDS, a.body(), Field.Store.NO));
		for (String reporter : a.reporters()) {
			doc.add(new KeywordField(IndexFields.REPORTER, reporter, Field.Store.YES));
		}
		for (String official : a.officialNames()) {
			doc.add(new KeywordField(IndexFields.OFFICIAL, official, Field.Store.YES));
		}
		ArticleFacets.add(doc, a.date(), a.reporters(), a.officialNames());
		return ArticleFacets.build(doc);
	}

	static String headlineText(ArticleView a) {
		StringBuilder s = new StringBuilder();
		for (String part : new String[] { a.kicker(), a.headline(), a.subtitle() }) {
			if (part != null && !part.isBlank()) {
				s.append(s.isEmpty() ? "" : " ").append(part);
			}
		}
		return s.toString();
	}

	@PreDestroy
	void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
