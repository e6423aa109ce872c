package org.baoku.ingest.split;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article reports on, as its dateline or first sentence gives it: "7月21日电", "12月19日，", or "19日上午"
 * with the month left to the issue date.
 */
public record EventDay(Integer month, int day) {

	private static final Pattern IN_DATELINE = Pattern.compile("(?:(\\d{1,2})月)?(\\d{1,2})日电");

	private static final Pattern OPENING = Pattern.compile("^(?:(\\d{1,2})月)?(\\d{1,2})日(?:[上下中]午|晚|早|凌晨|起|至|，|、|在|是|上|,)");


	static Optional<EventDay> find(String dateline, String body) {
		if (dateline != null) {
			Matcher m = IN_DATELINE.matcher(dateline);
			if (m.find()) {
				return of(m);
			}
		}
		String start = body.substring(0, Math.min(body.length(), SplitTuning.EVENT_DAY_REACH));
		int sentenceEnd = start.indexOf('。');
		start = sentenceEnd > 0 ? start.substring(0, sentenceEnd) : start;
		for (String clause : start.split("，")) {
			Matcher m = OPENING.matcher(clause + "，");
			if (m.find()) {
				return of(m);
			}
		}
		return Optional.empty();
	}

	private static Optional<EventDay> of(Matcher m) {
		Integer month = m.group(1) == null ? null : Integer.valueOf(m.group(1));
		int day = Integer.parseInt(m.group(2));
		boolean valid = day >= 1 && day <= 31 && (month == null || (month >= 1 && month <= 12));
		return valid ? Optional.of(new EventDay(month, day)) : Optional.empty();
	}

	/** "07-21", or "??-19" when only the day is printed. */
	@Override
	public String toString() {
		return (month == null ? "??" : "%02d".formatted(month)) + "-%02d".formatted(day);
	}

	/**
	 * The calendar date, taking year and (when not printed) month from the issue: the latest such date not after
	 * the issue date, since papers report what happened, not what will.
	 */
	public Optional<LocalDate> on(LocalDate issueDate) {
		for (int back = 0; back <= 12; back++) {
			LocalDate month = issueDate.withDayOfMonth(1).minusMonths(back);
			if ((this.month == null || this.month == month.getMonthValue()) && day <= month.lengthOfMonth()) {
				LocalDate date = month.withDayOfMonth(day);
				if (!date.isAfter(issueDate.plusDays(1))) {
					return Optional.of(date);
				}
			}
		}
		return Optional.empty();
	}

}
