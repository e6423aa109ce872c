package org.baoku.ingest.pdf;

import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;

/**
 * The text of a page read from its PDF, in reading order: the banners, then each article's headline, byline and
 * paragraphs, a blank line between articles. It is what the page view shows for the page's text and what a reader
 * copies; the PDF itself stays the record.
 */
final class PageText {

	private PageText() {
	}

	static String of(LayoutSplitter.Result result) {
		StringBuilder s = new StringBuilder();
		result.banners().forEach(b -> s.append(b).append('\n'));
		for (SplitArticle article : result.articles()) {
			if (!s.isEmpty()) {
				s.append('\n');
			}
			Headline h = article.headline();
			appendLine(s, h.kicker());
			appendLine(s, h.main());
			appendLine(s, h.subtitle());
			if (!article.isPhoto()) {
				// A byline or dateline printed in the text is read there, where it was printed.
				appendLine(s, article.byline() == null || article.body().contains(article.byline()) ? null : article.byline());
				appendLine(s, article.dateline() == null || article.body().contains(article.dateline()) ? null : article.dateline());
			}
			appendLine(s, article.body());
			if (article.isPhoto()) {
				appendLine(s, article.byline());
			}
		}
		return s.toString();
	}

	private static void appendLine(StringBuilder s, String text) {
		if (text != null && !text.isBlank()) {
			s.append(text).append('\n');
		}
	}

}
