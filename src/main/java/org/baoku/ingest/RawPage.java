package org.baoku.ingest;

import java.time.LocalDate;

import org.baoku.archive.PrintedName;

/**
 * A raw page file as an admin hands it in: which newspaper, which day, which page, and its bytes. Nothing is
 * judged here; {@link IngestService} refuses what is missing or out of bounds with a reason.
 */
public record RawPage(String newspaper, LocalDate date, String pageLabel, String fileName, byte[] bytes) {

	/** Longest file name kept; a longer one is cut. */
	private static final int MAX_FILE_NAME = 200;

	public RawPage {
		// Compared and stored as printed: a zero-width space or a bidirectional control makes no second paper or page.
		newspaper = newspaper == null ? "" : PrintedName.of(newspaper);
		pageLabel = pageLabel == null ? "" : PrintedName.of(pageLabel);
		fileName = cleanFileName(fileName);
		bytes = bytes == null ? new byte[0] : bytes;
	}

	/** The name the file had on the admin's machine, without control characters, folders or excess length. */
	private static String cleanFileName(String name) {
		String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
		clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
		if (clean.length() > MAX_FILE_NAME) {
			clean = clean.substring(clean.length() - MAX_FILE_NAME);
		}
		return clean.isBlank() ? "upload.txt" : clean;
	}

}
