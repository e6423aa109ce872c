package org.baoku.archive;

import java.util.List;
import java.util.Map;

/**
 * A page kept as its PDF: the file's hash (for the image's URL and cache), its size in points, and where each of
 * its articles is printed, by article id, in the same points from the top left.
 */
public record PageScan(long pageId, String sha256, double width, double height, Map<Long, List<PrintedRegion>> regions) {

	/** One rectangle of an article on the page. */
	public record PrintedRegion(double x, double y, double width, double height) {
	}

	public List<PrintedRegion> regionsOf(long articleId) {
		return regions.getOrDefault(articleId, List.of());
	}

	/** A short version tag for the image's URL, so a replaced page's new image is not taken from a cache. */
	public String version() {
		return sha256.substring(0, 12);
	}

}
