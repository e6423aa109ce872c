package org.baoku.ingest;

import java.util.List;

import org.baoku.ingest.pdf.Region;

/**
 * Everything read from one raw page: its articles, what is not an article, the page's text, and for a page PDF its
 * size and the regions each article is printed in (null for a text page).
 */
public record ParsedPage(List<ParsedArticle> articles, List<String> banners, String text, Layout layout) {

	/** A page PDF's size in points and, per article in order, the rectangles it is printed in. */
	public record Layout(double width, double height, List<List<Region>> regions) {
	}

	public boolean isEmpty() {
		return articles.isEmpty();
	}

}
