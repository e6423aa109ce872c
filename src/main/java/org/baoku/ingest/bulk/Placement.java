package org.baoku.ingest.bulk;

import java.time.LocalDate;

/** Where a page file goes: its newspaper, date and page, as read from a manifest or the file's name. */
public record Placement(String newspaper, LocalDate date, String page) {

	static Placement of(PageFile file) {
		return file.newspaper() == null ? null : new Placement(file.newspaper(), file.date(), file.page());
	}

	/** Whether the newspaper's name looks like an abbreviation in a file name rather than a paper's name. */
	public boolean looksAbbreviated() {
		return PaperNames.looksAbbreviated(newspaper);
	}

	@Override
	public String toString() {
		return newspaper + " " + date + " " + page;
	}

}
