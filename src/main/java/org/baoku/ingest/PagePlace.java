package org.baoku.ingest;

import java.util.List;

/**
 * Where on its page a correction was made, in the page's points from the top left: the corrected article's regions,
 * the block an editor moved, and the regions of the article the block went to. A re-read of the same page (a scan
 * read by OCR again) finds its articles where they were printed even when it reads their words a little
 * differently, so this is the first anchor a correction is placed again by; the text before and after is the second.
 * A page split as text has no regions: its corrections are placed by text alone.
 */
record PagePlace(List<Box> article, Box block, List<Box> to) {

	/** From this share of the larger of two areas in common, two places are the same printed text. */
	static final double SAME_PLACE = 0.5;

	static final PagePlace NONE = new PagePlace(List.of(), null, List.of());

	PagePlace {
		article = article == null ? List.of() : List.copyOf(article);
		to = to == null ? List.of() : List.copyOf(to);
	}

	/** A rectangle of the page. */
	record Box(double x, double y, double width, double height) {

		static Box of(CorrectionRepository.TextRegion r) {
			return new Box(r.x(), r.y(), r.width(), r.height());
		}

		double area() {
			return Math.max(0, width) * Math.max(0, height);
		}

		double common(Box o) {
			double w = Math.min(x + width, o.x + o.width) - Math.max(x, o.x);
			double h = Math.min(y + height, o.y + o.height) - Math.max(y, o.y);
			return w <= 0 || h <= 0 ? 0 : w * h;
		}

	}

	static List<Box> boxes(List<CorrectionRepository.TextRegion> regions) {
		return regions.stream().map(Box::of).toList();
	}

	/**
	 * The area two sets of rectangles have in common over the larger of their areas (an article's regions do not
	 * overlap one another): 1 where they cover the same part of the page, 0 where they are apart or either is empty.
	 */
	static double overlap(List<Box> a, List<Box> b) {
		double areaA = a.stream().mapToDouble(Box::area).sum();
		double areaB = b.stream().mapToDouble(Box::area).sum();
		if (areaA <= 0 || areaB <= 0) {
			return 0;
		}
		double common = 0;
		for (Box x : a) {
			for (Box y : b) {
				common += x.common(y);
			}
		}
		return common / Math.max(areaA, areaB);
	}

}
