package org.baoku.ingest.pdf;

/**
 * A rectangle on a page in PDF points, origin at the top left: where part of an article is printed. A block of body
 * text carries its printed text (its lines run together), so an editor can give the block to another article; a
 * headline's or byline's region carries none ("").
 */
public record Region(double x, double y, double width, double height, String text) {

	public Region(double x, double y, double width, double height) {
		this(x, y, width, height, "");
	}

	static Region of(double left, double top, double right, double bottom) {
		return new Region(round(left), round(top), round(right - left), round(bottom - top));
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	double right() {
		return x + width;
	}

	double bottom() {
		return y + height;
	}

	Region union(Region other) {
		return of(Math.min(x, other.x), Math.min(y, other.y), Math.max(right(), other.right()),
				Math.max(bottom(), other.bottom()));
	}

	Region withText(String printed) {
		return new Region(x, y, width, height, printed);
	}

}
