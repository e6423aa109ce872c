package org.baoku.archive;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A year of a newspaper as month calendars, weeks from Monday: days with an issue link to it, the others do not. */
public record IssueCalendar(int year, List<Month> months) {

	/** One month: its weeks, each seven days, null where the day belongs to the month before or after. */
	public record Month(YearMonth month, int issues, List<List<Day>> weeks) {
	}

	/** A day of the month and its issue, null when none is stored. */
	public record Day(LocalDate date, IssueSummary issue) {
	}

	static IssueCalendar of(int year, List<IssueSummary> issues) {
		Map<LocalDate, IssueSummary> byDate = issues.stream()
			.collect(Collectors.toMap(IssueSummary::date, Function.identity(), (a, b) -> a));
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<List<Day>> weeks = new ArrayList<>();
			List<Day> week = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, (Day) null));
			int count = 0;
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				LocalDate date = month.atDay(d);
				IssueSummary issue = byDate.get(date);
				count += issue == null ? 0 : 1;
				week.add(new Day(date, issue));
				if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new Month(month, count, weeks));
		}
		return new IssueCalendar(year, List.copyOf(months));
	}

}
