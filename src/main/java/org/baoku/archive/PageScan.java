package org.baoku.archive;

import java.util.List;
import java.util.Map;

/**
 * A page kept as its PDF: the file's hash (for the image's URL and cache), its size in points, where each of its
 * articles is printed, by article id, in the same points from the top left, and for a scanned page the lines OCR read
 * (none for a PDF's text layer).
 */
public record PageScan(long pageId, String sha256, double width, double height, Map<Long, List<PrintedRegion>> regions,
		List<ReadLine> ocrLines) {

	/**
	 * A line OCR read on a scanned page: its box, its text as read, the recognizer's score and its least sure
	 * character's probability (0 to 1), and whether OCR was unsure of it (an editor checks it against the image).
	 */
	public record ReadLine(double x, double y, double width, double height, String text, double confidence,
			double weakest, boolean unsure) {

		boolean within(PrintedRegion r) {
			double cx = x + width / 2;
			double cy = y + height / 2;
			return r.x() <= cx && cx <= r.x() + r.width() && r.y() <= cy && cy <= r.y() + r.height();
		}

	}

	/** The page was read by OCR from its image. */
	public boolean ocr() {
		return !ocrLines.isEmpty();
	}

	/** The lines OCR read within the article's regions, in the order read. */
	public List<ReadLine> ocrLinesOf(long articleId) {
		List<PrintedRegion> printed = regionsOf(articleId);
		return ocrLines.stream().filter(l -> printed.stream().anyMatch(l::within)).toList();
	}

	/** The lines of the article OCR was unsure of; of the whole page for no article (null). */
	public List<ReadLine> unsureLinesOf(Long articleId) {
		return (articleId == null ? ocrLines : ocrLinesOf(articleId)).stream().filter(ReadLine::unsure).toList();
	}

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
