package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Body lines set one under the other in one column, at the page's leading: a piece of one article's text. */
final class ColumnBlock {

	private final List<TextLine> lines = new ArrayList<>();

	void add(TextLine line) {
		lines.add(line);
	}

	List<TextLine> lines() {
		return lines;
	}

	/** Puts {@code line} in the place of {@code old}. */
	void replace(TextLine old, TextLine line) {
		lines.set(lines.indexOf(old), line);
	}

	TextLine first() {
		return lines.get(0);
	}

	/** The block's lines run together. */
	String text() {
		StringBuilder text = new StringBuilder();
		lines.forEach(l -> text.append(l.text()));
		return text.toString();
	}

	TextLine last() {
		return lines.get(lines.size() - 1);
	}

	/**
	 * Where the column's flush lines start: the most common left edge (indented and pulled-out lines are fewer); but
	 * where short paragraphs make indented starts the most common, a line flush further left than a pull-out reaches
	 * shows the edge.
	 */
	double columnLeft() {
		Map<Long, Integer> counts = new HashMap<>();
		for (TextLine line : lines) {
			counts.merge(Math.round(line.left()), 1, Integer::sum);
		}
		long best = counts.entrySet().stream()
			.max((a, b) -> a.getValue() != b.getValue().intValue() ? a.getValue() - b.getValue()
					: Long.compare(b.getKey(), a.getKey()))
			.orElseThrow()
			.getKey();
		double leftmost = lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
		return lines.size() <= 2 || best - leftmost > size() * LayoutTuning.PULL_OUT_EM ? Math.min(best, leftmost) : best;
	}

	double left() {
		return lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
	}

	double right() {
		return lines.stream().mapToDouble(TextLine::right).max().orElseThrow();
	}

	double top() {
		return first().top();
	}

	double bottom() {
		return last().bottom();
	}

	double size() {
		return first().size();
	}

	Region region() {
		return Region.of(left(), top(), right(), bottom());
	}

}
