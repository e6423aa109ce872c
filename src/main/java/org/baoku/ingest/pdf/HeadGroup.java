package org.baoku.ingest.pdf;

import java.util.ArrayList;
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

	String text() {
		StringBuilder s = new StringBuilder();
		lines.forEach(l -> s.append(l.text()));
		return s.toString();
	}

	Region region() {
		return Region.of(left(), top(), right(), bottom());
	}

}
