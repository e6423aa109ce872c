package org.baoku.ingest.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.ingest.pdf.PageImages;
import org.baoku.ingest.pdf.PageLines;
import org.baoku.ingest.pdf.PdfRefusedException;
import org.baoku.ingest.roles.LineRoles;

/**
 * Training labels for the scan line-role model from a paper's own checked pages (issue 79, per paper): each scan
 * read as the reader reads it (OCR, the scan's features), its lines given their roles by the checked articles as a
 * profile's fit gives a page PDF's ({@link CheckedLines}: a line a checked article's text holds takes the role of
 * that text; another the model's guess where it is not one the articles would name). Writes
 * {@code <page>.labels.json} as {@code label_scan_lines.py} does, for {@code train_roles.py}.
 * <p>
 * usage: {@code java -cp … org.baoku.ingest.profile.CheckedScanLabels GOLD_DIR OUT_DIR SCAN...} (a scan's gold is
 * {@code GOLD_DIR/<its name without extension>.json}; run with {@code -Dbaoku.scan.reader=learned} and, to read OCR
 * once, {@code -Dbaoku.ocr.cache=DIR}).
 */
public final class CheckedScanLabels {

	private static final ObjectMapper JSON = new ObjectMapper();

	private CheckedScanLabels() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: CheckedScanLabels GOLD_DIR OUT_DIR SCAN...");
			System.exit(2);
		}
		Path gold = Path.of(args[0]);
		Path out = Files.createDirectories(Path.of(args[1]));
		LineRoles model = LineRoles.scanModel().orElseThrow(() -> new IllegalStateException("no scan line-role model"));
		int pages = 0;
		int lines = 0;
		int checked = 0;
		for (String scan : List.of(args).subList(2, args.length)) {
			String name = Path.of(scan).getFileName().toString().replaceFirst("\\.[^.]+$", "");
			Path goldFile = gold.resolve(name + ".json");
			if (!Files.exists(goldFile)) {
				System.err.println("checked-scan-labels: no gold for " + name);
				continue;
			}
			byte[] bytes = Files.readAllBytes(Path.of(scan));
			PageLines.Page page;
			try {
				page = PageLines.readWithScans(PageImages.isImage(bytes) ? PageImages.asPdf(bytes) : bytes);
			}
			catch (PdfRefusedException ex) {
				System.err.println("checked-scan-labels: " + name + " not read: " + ex.getMessage());
				continue;
			}
			List<Map<String, Object>> labelled = new ArrayList<>();
			for (CheckedLines.Labelled line : CheckedLines.of(page, JSON.readTree(goldFile.toFile()), model)) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("role", line.role());
				row.put("checked", line.fromArticles());
				row.put("features", line.features());
				labelled.add(row);
				checked += line.fromArticles() ? 1 : 0;
			}
			JSON.writeValue(out.resolve(name + ".labels.json").toFile(), Map.of("lines", labelled));
			pages++;
			lines += labelled.size();
		}
		System.out.printf("checked-scan-labels: %d pages, %d lines labelled, %d of them by the checked articles%n", pages,
				lines, checked);
	}

}
