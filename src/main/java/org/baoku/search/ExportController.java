package org.baoku.search;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.baoku.archive.CsvCell;
import org.baoku.web.ApiErrors;
import org.baoku.web.PublicUrl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The whole result set of a search, not just a page, as CSV or JSON: date, headline, reporters, officials and a
 * permalink per article. Streamed as the hits are read, so an export of the whole archive holds nothing in memory.
 * Permalinks start with the configured public URL ({@link PublicUrl}), never the request's host: the file is shared.
 */
@Controller
@Tag(name = "Search", description = "Full-text search of the articles, its exports and its Atom feed")
class ExportController {

	private final SearchApi search;

	private final ObjectMapper json;

	private final PublicUrl publicUrl;

	ExportController(SearchApi search, ObjectMapper json, PublicUrl publicUrl) {
		this.search = search;
		this.json = json;
		this.publicUrl = publicUrl;
	}

	@GetMapping(path = "/search/export.csv", produces = "text/csv")
	@Operation(summary = "Export a search as CSV", description = """
			The whole result set of a search (not one page), as CSV in UTF-8 with a byte-order mark: id, newspaper, \
			date, page, headline, reporters, officials, the article's permalink and, for text OCR read from a scanned \
			page, how sure it was (0 to 1; empty for printed text) per line. Streamed as it is read.""")
	@ApiResponse(responseCode = "200", description = "The CSV, as a download (baoku-search.csv)")
	@ApiErrors.BadRequest
	@ApiErrors.SignInRequired
	@ApiErrors.Unavailable
	ResponseEntity<StreamingResponseBody> csv(@ParameterObject @ModelAttribute SearchParams params) {
		String base = publicUrl.base();
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			// A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
			writer.write('\uFEFF');
			writer.write("id,newspaper,date,page,headline,reporters,officials,permalink,ocr,confidence\r\n");
			search.forEachHit(params.toRequest(), row -> {
				try {
					writer.write(String.join(",", Long.toString(row.id()), CsvCell.of(row.newspaper()), row.date(),
							CsvCell.of(row.page()), CsvCell.of(row.headline()),
							CsvCell.of(String.join("、", row.reporters())), CsvCell.of(String.join("、", row.officials())),
							base + "/articles/" + row.id(), Boolean.toString(row.ocrConfidence() != null),
							row.ocrConfidence() == null ? "" : row.ocrConfidence().toString())
							+ "\r\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.flush();
		};
		return download(body, "baoku-search.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping(path = "/search/export.json", produces = "application/json")
	@Operation(summary = "Export a search as JSON", description = """
			The whole result set of a search (not one page), as a JSON array of {id, newspaper, date, page, \
			headline, reporters, officials, permalink, ocr, confidence}; ocr marks text read by OCR from a scanned page, \
			given with the article's confidence (0 to 1, as on its page; null for printed text). Streamed as it is read.""")
	@ApiResponse(responseCode = "200", description = "The JSON array, as a download (baoku-search.json)",
			content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Exported.class))))
	@ApiErrors.BadRequest
	@ApiErrors.SignInRequired
	@ApiErrors.Unavailable
	ResponseEntity<StreamingResponseBody> json(@ParameterObject @ModelAttribute SearchParams params) {
		String base = publicUrl.base();
		StreamingResponseBody body = out -> {
			try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
				generator.writeStartArray();
				search.forEachHit(params.toRequest(), row -> {
					try {
						generator.writeObject(new Exported(row.id(), row.newspaper(), row.date(), row.page(),
								row.headline(), row.reporters(), row.officials(), base + "/articles/" + row.id(),
								row.ocrConfidence() != null, row.ocrConfidence()));
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
			List<String> officials, String permalink, boolean ocr, Double confidence) {
	}

	private static ResponseEntity<StreamingResponseBody> download(StreamingResponseBody body, String name,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

}
