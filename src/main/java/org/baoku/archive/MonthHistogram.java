package org.baoku.archive;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per month on an even time axis: every month from the first to the last with a count is a bar, months
 * without any are bars of zero, and each January (or the first month) carries its year as the axis label.
 */
public record MonthHistogram(List<Bar> bars, long max) {

	/** Bars of this height in pixels at most; a bar with a count is at least 2 px so it can be seen. */
	public static final int HEIGHT = 56;

	/** Beyond this many months (about 80 years) the axis would be unreadable; the newest months are kept. */
	static final int MAX_BARS = 960;

	/** One month: "YYYY-MM", its count, its height, and the year label when a year starts here. */
	public record Bar(String month, long count, int height, String yearLabel) {
	}

	public static final MonthHistogram EMPTY = new MonthHistogram(List.of(), 0);

	/** From counts by "YYYY-MM"; labels that are no month are ignored. */
	public static MonthHistogram of(Map<String, Long> countsByMonth) {
		TreeMap<YearMonth, Long> counts = new TreeMap<>();
		countsByMonth.forEach((label, count) -> {
			try {
				counts.merge(YearMonth.parse(label), count, Long::sum);
			}
			catch (DateTimeParseException | NullPointerException ex) {
				// not a month: nothing to draw
			}
		});
		if (counts.isEmpty()) {
			return EMPTY;
		}
		YearMonth last = counts.lastKey();
		YearMonth first = counts.firstKey().isBefore(last.minusMonths(MAX_BARS - 1)) ? last.minusMonths(MAX_BARS - 1)
				: counts.firstKey();
		long max = counts.tailMap(first).values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			long count = counts.getOrDefault(m, 0L);
			int height = count == 0 ? 0 : (int) Math.max(2, HEIGHT * count / Math.max(1, max));
			String yearLabel = m.equals(first) || m.getMonthValue() == 1 ? Integer.toString(m.getYear()) : null;
			bars.add(new Bar(m.toString(), count, height, yearLabel));
		}
		return new MonthHistogram(List.copyOf(bars), max);
	}

	public boolean isEmpty() {
		return bars.isEmpty();
	}

}
