package org.baoku.search;

/** Field names of the article index. */
final class IndexFields {

	static final String ID = "id";

	/** The page an article is on, as a term: a page is replaced in the index by deleting this term. */
	static final String PAGE_ID = "page_id";

	static final String DATE = "date";

	static final String DATE_TEXT = "date_text";

	/** The year as printed ("2019"), a term to drill into: postings, not a range over every article's date. */
	static final String YEAR = "year";

	/** Kicker, main title and subtitle, stored, as bigrams with offsets for highlighting. */
	static final String HEADLINE = "headline";

	static final String BODY = "body";

	/** The main title alone, stored for display. */
	static final String HEADLINE_MAIN = "headline_main";

	/** The same text as words (smartcn), for ranking only. */
	static final String HEADLINE_WORDS = "headline_words";

	/** The body as words: only in the benchmark's smartcn-only baseline index, not in the archive's. */
	static final String BODY_WORDS = "body_words";

	/** The dateline, as characters and bigrams, for 电头: searches. */
	static final String DATELINE = "dateline";

	/** The byline as printed with the names it credits, as characters and bigrams: any part of a name is found. */
	static final String BYLINE = "byline";

	/** The newspaper's name, a keyword for the filter, stored for the hit. */
	static final String NEWSPAPER = "newspaper";

	/** The page (版次) as printed, stored for the hit. */
	static final String PAGE_LABEL = "page_label";

	static final String REPORTER = "reporter";

	static final String OFFICIAL = "official";

	static final String SEQUENCE = "seq";

	/** How sure OCR was of the article's text, stored for the hit; absent for printed text (a PDF's text layer). */
	static final String OCR_CONFIDENCE = "ocr_confidence";

	/** The page and its revision as doc values, to compare the index with PostgreSQL page by page. */
	static final String PAGE = "page";

	static final String PAGE_REVISION = "page_revision";

	private IndexFields() {
	}

}
