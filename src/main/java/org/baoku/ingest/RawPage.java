package org.baoku.ingest;

import java.time.LocalDate;

/** A raw page file as an admin hands it in: which newspaper, which day, which page, and its bytes. */
public record RawPage(String newspaper, LocalDate date, String pageLabel, String fileName, byte[] bytes) {

	public RawPage {
		if (newspaper == null || newspaper.isBlank()) {
			throw new IllegalArgumentException("newspaper is required");
		}
		if (date == null) {
			throw new IllegalArgumentException("date is required");
		}
		newspaper = newspaper.strip();
		pageLabel = pageLabel == null ? "" : pageLabel.strip();
		fileName = fileName == null || fileName.isBlank() ? "upload.txt" : fileName.strip();
	}

}
