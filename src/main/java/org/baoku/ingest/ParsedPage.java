package org.baoku.ingest;

import java.util.List;

import org.baoku.ingest.pdf.Region;
import org.baoku.ingest.pdf.ScanText;
import org.baoku.ingest.split.Doubts;

/**
 * Everything read from one raw page: its articles, what is not an article, the page's text, and for a page PDF its
 * size and the regions each article is printed in (null for a text page).
 */
public record ParsedPage(List<ParsedArticle> articles, List<String> banners, String text, Layout layout) {

	/**
	 * A page PDF's size in points, per article in order the rectangles it is printed in, and for a scanned page the
	 * lines OCR read with how sure it was of them and of each article (null for a text layer).
	 */
	public record Layout(double width, double height, List<List<Region>> regions, ScanText scan) {
	}

	public boolean isEmpty() {
		return articles.isEmpty();
	}

	/** Doubted as a whole for its type: set unlike its paper's profile ({@link Doubts#UNLIKE_PROFILE}). */
	public boolean unlikeItsProfile() {
		return articles.stream().anyMatch(a -> a.article().doubts().contains(Doubts.UNLIKE_PROFILE));
	}

}
