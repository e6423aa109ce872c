package org.baoku.search;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.archive.CsvCell;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The whole result set of a search, not just a page, as CSV or JSON: date, headline, reporters, officials and a
 * permalink per article. Streamed as the hits are read, so an export of the whole archive holds nothing in memory.
 */
@Controller
class ExportController {

	private final SearchApi search;

	private final ObjectMapper json;

	ExportController(SearchApi search, ObjectMapper json) {
		this.search = search;
		this.json = json;
	}

	@GetMapping("/search/export.csv")
	ResponseEntity<StreamingResponseBody> csv(@ModelAttribute SearchParams params) {
		String base = baseUrl();
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			// A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
			writer.write('\uFEFF');
			writer.write("id,newspaper,date,page,headline,reporters,officials,permalink\r\n");
			search.forEachHit(params.toRequest(), row -> {
				try {
					writer.write(String.join(",", Long.toString(row.id()), CsvCell.of(row.newspaper()), row.date(),
							CsvCell.of(row.page()), CsvCell.of(row.headline()),
							CsvCell.of(String.join("、", row.reporters())), CsvCell.of(String.join("、", row.officials())),
							base + "/articles/" + row.id()) + "\r\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.flush();
		};
		return download(body, "baoku-search.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/search/export.json")
	ResponseEntity<StreamingResponseBody> json(@ModelAttribute SearchParams params) {
		String base = baseUrl();
		StreamingResponseBody body = out -> {
			try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
				generator.writeStartArray();
				search.forEachHit(params.toRequest(), row -> {
					try {
						generator.writeObject(new Exported(row.id(), row.newspaper(), row.date(), row.page(),
								row.headline(), row.reporters(), row.officials(), base + "/articles/" + row.id()));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				generator.writeEndArray();
			}
		};
		return download(body, "baoku-search.json", MediaType.APPLICATION_JSON);
	}

	record Exported(long id, String newspaper, String date, String page, String headline, List<String> reporters,
			List<String> officials, String permalink) {
	}

	private static ResponseEntity<StreamingResponseBody> download(StreamingResponseBody body, String name,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
