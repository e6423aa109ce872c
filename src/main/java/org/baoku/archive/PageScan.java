package org.baoku.archive;

import java.util.List;
import java.util.Map;

/**
 * A page kept as its PDF: the file's hash (for the image's URL and cache), its size in points, and where each of
 * its articles is printed, by article id, in the same points from the top left.
 */
public record PageScan(long pageId, String sha256, double width, double height, Map<Long, List<PrintedRegion>> regions) {

	/**
	 * One rectangle of an article on the page: its number among the article's regions and, for a block of body text,
	 * the text printed in it (null for a headline or byline).
	 */
	public record PrintedRegion(int seq, double x, double y, double width, double height, String text) {

		/** The block's first words, to name it in the editor's list. */
		public String opening() {
			return text == null ? "" : text.length() <= 24 ? text : text.substring(0, 24) + "…";
		}

	}

	public List<PrintedRegion> regionsOf(long articleId) {
		return regions.getOrDefault(articleId, List.of());
	}

	/** The article's blocks of body text, which an editor can give to another article. */
	public List<PrintedRegion> textBlocksOf(long articleId) {
		return regionsOf(articleId).stream().filter(r -> r.text() != null).toList();
	}

	/** A short version tag for the image's URL, so a replaced page's new image is not taken from a cache. */
	public String version() {
		return sha256.substring(0, 12);
	}

}
