package org.baoku.ingest.bulk;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Where a page file goes: its newspaper, date and page, as read from a manifest or the file's name. */
public record Placement(String newspaper, LocalDate date, String page) {

	/** Latin letters alone, as a file name abbreviates a paper ("rmrb"): no newspaper is named so. */
	private static final Pattern ABBREVIATION = Pattern.compile("[A-Za-z]{2,10}");

	static Placement of(PageFile file) {
		return file.newspaper() == null ? null : new Placement(file.newspaper(), file.date(), file.page());
	}

	/** Whether the newspaper's name looks like an abbreviation in a file name rather than a paper's name. */
	public boolean looksAbbreviated() {
		return ABBREVIATION.matcher(newspaper).matches();
	}

	@Override
	public String toString() {
		return newspaper + " " + date + " " + page;
	}

}
