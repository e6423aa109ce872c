package org.baoku.search;

import java.util.List;

/**
 * One result, with where it was printed (newspaper, date, page as printed): {@code headlineHtml} and
 * {@code snippetHtml} are HTML-escaped text with the query's words in {@code <mark>}; {@code ocrConfidence} says the
 * text was read by OCR from a scanned page and how sure OCR was (0 to 1), null for printed text.
 */
public record SearchHit(long id, String newspaper, String date, String page, String headline, String headlineHtml,
		List<String> reporters, List<String> officials, String snippetHtml, Double ocrConfidence) {

	/** The text was read by OCR: a search may miss words it misread. */
	public boolean ocr() {
		return ocrConfidence != null;
	}

}
