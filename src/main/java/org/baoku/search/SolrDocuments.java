package org.baoku.search;

import java.util.List;

import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import org.baoku.archive.ArticleView;

/** An article as a SolrCloud document: the embedded index's fields ({@link ArticleDocuments}) in Solr's schema. */
final class SolrDocuments {

	/** What a hit or an export row is read from. */
	static final String ROW_FIELDS = String.join(",", SolrFields.ID, SolrFields.ARTICLE_ID, IndexFields.NEWSPAPER,
			IndexFields.DATE_TEXT, IndexFields.PAGE_LABEL, IndexFields.HEADLINE_MAIN, IndexFields.REPORTER,
			IndexFields.OFFICIAL, IndexFields.OCR_CONFIDENCE);

	private SolrDocuments() {
	}

	/** The document id: page id!article id, so the compositeId router puts a page's articles on one shard. */
	static String id(long pageId, long articleId) {
		return pageId + "!" + articleId;
	}

	/** Routes a request to the shard of a page. */
	static String route(long pageId) {
		return pageId + "!";
	}

	static SolrInputDocument document(ArticleView a, long pageRevision) {
		SolrInputDocument doc = new SolrInputDocument();
		doc.setField(SolrFields.ID, id(a.pageId(), a.id()));
		doc.setField(SolrFields.ARTICLE_ID, a.id());
		doc.setField(SolrFields.PAGE_ID, a.pageId());
		doc.setField(IndexFields.PAGE_REVISION, pageRevision);
		doc.setField(IndexFields.DATE, a.date().toEpochDay());
		doc.setField(IndexFields.DATE_TEXT, a.date().toString());
		doc.setField(SolrFields.YEAR, Integer.toString(a.date().getYear()));
		doc.setField(SolrFields.MONTH, SolrFields.month(a.date()));
		String headline = ArticleDocuments.headlineText(a);
		doc.setField(IndexFields.HEADLINE, headline);
		doc.setField(IndexFields.HEADLINE_MAIN, a.headline());
		doc.setField(IndexFields.HEADLINE_WORDS, headline);
		doc.setField(IndexFields.BODY, a.body());
		if (a.dateline() != null) {
			doc.setField(IndexFields.DATELINE, a.dateline());
		}
		String byline = ArticleDocuments.bylineText(a);
		if (!byline.isEmpty()) {
			doc.setField(IndexFields.BYLINE, byline);
		}
		if (a.newspaper() != null) {
			doc.setField(IndexFields.NEWSPAPER, a.newspaper());
		}
		if (a.pageLabel() != null) {
			doc.setField(IndexFields.PAGE_LABEL, a.pageLabel());
		}
		if (!a.reporters().isEmpty()) {
			doc.setField(IndexFields.REPORTER, List.copyOf(a.reporters()));
		}
		if (!a.officialNames().isEmpty()) {
			doc.setField(IndexFields.OFFICIAL, List.copyOf(a.officialNames()));
		}
		if (a.ocrConfidence() != null) {
			doc.setField(IndexFields.OCR_CONFIDENCE, a.articleConfidence());
		}
		return doc;
	}

	static ExportRow row(SolrDocument doc) {
		return new ExportRow(((Number) doc.getFirstValue(SolrFields.ARTICLE_ID)).longValue(),
				(String) doc.getFirstValue(IndexFields.NEWSPAPER), (String) doc.getFirstValue(IndexFields.DATE_TEXT),
				(String) doc.getFirstValue(IndexFields.PAGE_LABEL), (String) doc.getFirstValue(IndexFields.HEADLINE_MAIN),
				strings(doc, IndexFields.REPORTER), strings(doc, IndexFields.OFFICIAL),
				doc.getFirstValue(IndexFields.OCR_CONFIDENCE) instanceof Number n ? n.doubleValue() : null);
	}

	private static List<String> strings(SolrDocument doc, String field) {
		var values = doc.getFieldValues(field);
		return values == null ? List.of() : values.stream().map(Object::toString).toList();
	}

}
