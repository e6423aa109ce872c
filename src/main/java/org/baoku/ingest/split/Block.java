package org.baoku.ingest.split;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines the extractor printed together, between blank lines. {@code joined} says the block was cut from the one
 * above it with no blank line between (see {@link PageReader}).
 */
public record Block(int index, List<Line> lines, boolean joinedAbove) {

	public Block(int index, List<Line> lines) {
		this(index, lines, false);
	}

	public Line first() {
		return lines.get(0);
	}

	public Line last() {
		return lines.get(lines.size() - 1);
	}

	public int size() {
		return lines.size();
	}

	/**
	 * The width the lines were wrapped at: a wrapped line fills its column. Extracted widths wander (compressed
	 * punctuation, a line run into the next), so a block of several lines takes the upper quartile of its lines
	 * before the last rather than the widest.
	 */
	public double columnWidth() {
		if (lines.size() < 3) {
			return lines.stream().mapToDouble(Line::width).max().orElse(0);
		}
		double[] widths = lines.subList(0, lines.size() - 1).stream().mapToDouble(Line::width).sorted().toArray();
		return widths[(int) Math.floor(widths.length * SplitTuning.COLUMN_WIDTH_QUANTILE)];
	}

	public String joined() {
		return lines.stream().map(Line::text).collect(Collectors.joining());
	}

	public String text(String separator) {
		return lines.stream().map(Line::text).collect(Collectors.joining(separator));
	}

}
