package org.baoku.search;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import org.baoku.archive.ArticleView;

/** One document per article: what is searched, what is filtered on and what a result shows. */
final class ArticleDocuments {

	/** Stored, tokenized, with offsets in the postings so the highlighter needs no re-analysis. */
	private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED_TEXT.freeze();
	}

	/**
	 * Between a headline's parts, and between a byline and the names it credits: a no-break space reads as a space
	 * in a marked headline, but it is not layout to the tokenizer (only whitespace is), so it leaves a gap no phrase
	 * crosses. The end of a kicker and the start of the title under it are not a word anyone printed.
	 */
	static final String PART_BREAK = "\u00A0";

	private ArticleDocuments() {
	}

	/** The article's document, marked with the revision of its page. */
	static Document document(ArticleView a, long pageRevision) throws IOException {
		Document doc = new Document();
		doc.add(new KeywordField(IndexFields.ID, Long.toString(a.id()), Field.Store.YES));
		doc.add(new StringField(IndexFields.PAGE_ID, Long.toString(a.pageId()), Field.Store.NO));
		doc.add(new NumericDocValuesField(IndexFields.PAGE, a.pageId()));
		doc.add(new NumericDocValuesField(IndexFields.PAGE_REVISION, pageRevision));
		doc.add(new LongField(IndexFields.DATE, a.date().toEpochDay(), Field.Store.NO));
		doc.add(new StoredField(IndexFields.DATE_TEXT, a.date().toString()));
		doc.add(new StringField(IndexFields.YEAR, Integer.toString(a.date().getYear()), Field.Store.NO));
		doc.add(new LongField(IndexFields.SEQUENCE, a.id(), Field.Store.NO));
		String headline = headlineText(a);
		doc.add(new Field(IndexFields.HEADLINE, headline, HIGHLIGHTED_TEXT));
		doc.add(new StoredField(IndexFields.HEADLINE_MAIN, a.headline()));
		doc.add(new Field(IndexFields.BODY, a.body(), HIGHLIGHTED_TEXT));
		if (a.dateline() != null) {
			doc.add(new TextField(IndexFields.DATELINE, a.dateline(), Field.Store.NO));
		}
		String byline = bylineText(a);
		if (!byline.isEmpty()) {
			doc.add(new TextField(IndexFields.BYLINE, byline, Field.Store.NO));
		}
		// The keyword fields' doc values are the facets (ArticleFacets): a blank newspaper is no facet value.
		if (a.newspaper() != null && !a.newspaper().isBlank()) {
			doc.add(new KeywordField(IndexFields.NEWSPAPER, a.newspaper(), Field.Store.YES));
		}
		if (a.pageLabel() != null) {
			doc.add(new StoredField(IndexFields.PAGE_LABEL, a.pageLabel()));
		}
		// Words (smartcn) for the headline only: segmenting a body cost more than all the rest of indexing it, and
		// the body's ranking already comes from its bigrams.
		doc.add(new TextField(IndexFields.HEADLINE_WORDS, headline, Field.Store.NO));
		for (String reporter : a.reporters()) {
			doc.add(new KeywordField(IndexFields.REPORTER, reporter, Field.Store.YES));
		}
		for (String official : a.officialNames()) {
			doc.add(new KeywordField(IndexFields.OFFICIAL, official, Field.Store.YES));
		}
		if (a.ocrConfidence() != null) {
			// Kept for text read by OCR: the article's one confidence, which hits and exports show with it.
			doc.add(new StoredField(IndexFields.OCR_CONFIDENCE, a.articleConfidence()));
		}
		return doc;
	}

	/**
	 * The byline as printed and the names it credits, each apart: a name the splitter read from a line of its own or
	 * from the text is found even where the stored byline prints it differently.
	 */
	static String bylineText(ArticleView a) {
		StringBuilder s = new StringBuilder(a.byline() == null ? "" : a.byline().strip());
		for (String reporter : a.reporters()) {
			s.append(s.isEmpty() ? "" : PART_BREAK).append(reporter);
		}
		return s.toString();
	}

	/** Kicker, main title and subtitle as one searchable text, each apart. */
	static String headlineText(ArticleView a) {
		StringBuilder s = new StringBuilder();
		for (String part : new String[] { a.kicker(), a.headline(), a.subtitle() }) {
			if (part != null && !part.isBlank()) {
				s.append(s.isEmpty() ? "" : PART_BREAK).append(part);
			}
		}
		return s.toString();
	}

}
