package org.baoku.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of a folder of raw pages ({@code manifest.csv}: file, newspaper, date, page[, note]), so ingest
 * never has to guess a page's date.
 */
public record SeedManifest(List<Entry> entries) {

	/** One page listed in the manifest. */
	public record Entry(String file, String newspaper, LocalDate date, String page) {
	}

	public static SeedManifest read(Path csv) throws IOException {
		return parse(csv.toString(), Files.readAllLines(csv, StandardCharsets.UTF_8));
	}

	/** A manifest's lines; {@code csv} names it in error messages. */
	public static SeedManifest parse(String csv, List<String> lines) {
		List<Entry> entries = new ArrayList<>();
		for (int n = 1; n < lines.size(); n++) {
			String line = lines.get(n).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			List<String> cells = cells(line);
			if (cells.size() < 3) {
				throw new IllegalArgumentException("%s line %d: expected file,newspaper,date,page".formatted(csv, n + 1));
			}
			try {
				entries.add(new Entry(cells.get(0), cells.get(1), LocalDate.parse(cells.get(2)),
						cells.size() > 3 ? cells.get(3) : ""));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("%s line %d: date '%s' is not YYYY-MM-DD".formatted(csv, n + 1,
						cells.get(2)));
			}
		}
		return new SeedManifest(entries);
	}

	/** Splits one CSV line; a quoted cell may hold commas and doubled quotes. */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

}
