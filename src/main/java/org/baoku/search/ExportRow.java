package org.baoku.search;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** One hit as exported: what identifies and describes the article without its text, and where it was printed. */
public record ExportRow(long id, String newspaper, String date, String page, String headline, List<String> reporters,
		List<String> officials, Double ocrConfidence) {

	/** The row of an article's stored fields. */
	static ExportRow of(Document doc) {
		return new ExportRow(Long.parseLong(doc.get(IndexFields.ID)), doc.get(IndexFields.NEWSPAPER),
				doc.get(IndexFields.DATE_TEXT), doc.get(IndexFields.PAGE_LABEL), doc.get(IndexFields.HEADLINE_MAIN),
				List.of(doc.getValues(IndexFields.REPORTER)), List.of(doc.getValues(IndexFields.OFFICIAL)),
				ocrConfidence(doc));
	}

	private static Double ocrConfidence(Document doc) {
		IndexableField field = doc.getField(IndexFields.OCR_CONFIDENCE);
		return field == null ? null : field.numericValue().doubleValue();
	}

}
