package org.baoku.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.baoku.web.BadRequestException;

/** Dates in browsing URLs: YYYY-MM-DD, anything else is a 400 with the reason. */
final class IssueDates {

	private IssueDates() {
	}

	static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new BadRequestException("'" + text + "' is not a day of the calendar written YYYY-MM-DD");
		}
	}

}
