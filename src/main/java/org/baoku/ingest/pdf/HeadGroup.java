package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines set apart from the body text (another size or face) stacked close together: a headline with its kicker,
 * subtitle and byline, a photo caption, or the masthead.
 */
final class HeadGroup {

	private final List<TextLine> lines = new ArrayList<>();

	void add(TextLine line) {
		lines.add(line);
	}

	List<TextLine> lines() {
		return lines;
	}

	TextLine last() {
		return lines.get(lines.size() - 1);
	}

	double left() {
		return lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
	}

	double right() {
		return lines.stream().mapToDouble(TextLine::right).max().orElseThrow();
	}

	double top() {
		return lines.get(0).top();
	}

	double bottom() {
		return last().bottom();
	}

	double largestSize() {
		return lines.stream().mapToDouble(TextLine::size).max().orElseThrow();
	}

	/**
	 * Set top to bottom: two or more lines of one glyph each, stacked flush on one left edge (a vertical title, or
	 * the author's name set down beside it).
	 */
	boolean isVertical() {
		if (lines.size() < 2) {
			return false;
		}
		TextLine first = lines.get(0);
		return lines.stream()
			.allMatch(l -> l.length() == 1 && Math.abs(l.left() - first.left()) <= first.size() * LayoutTuning.SAME_BASELINE_EM);
	}

	/** Its type style: the face and size (to half a point) of its biggest line, as a paper's profile keys them. */
	String style() {
		TextLine biggest = lines.stream().max(Comparator.comparingDouble(TextLine::size)).orElseThrow();
		return biggest.font() + "/" + Math.round(biggest.size() * 2) / 2.0;
	}

	String text() {
		StringBuilder s = new StringBuilder();
		lines.forEach(l -> s.append(l.text()));
		return s.toString();
	}

	Region region() {
		return Region.of(left(), top(), right(), bottom());
	}

}
