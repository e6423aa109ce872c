package org.baoku.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.baoku.archive.PrintedName;
import org.springframework.format.annotation.DateTimeFormat;

/** The upload form: which newspaper, day and page the file is, and whether it may replace a stored version. */
record IngestForm(@NotBlank String newspaper, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		String page, Boolean replace) {

	/** As the page will be stored ({@code RawPage}): a name of invisible characters alone is no name. */
	IngestForm {
		newspaper = PrintedName.of(newspaper);
		page = PrintedName.of(page);
	}

	static IngestForm empty(String newspaper) {
		return new IngestForm(newspaper, null, "", false);
	}

	/** An unticked checkbox sends nothing: only an explicit yes replaces a stored page. */
	boolean replaceStored() {
		return Boolean.TRUE.equals(replace);
	}

}
