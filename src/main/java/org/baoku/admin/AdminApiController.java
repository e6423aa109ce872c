package org.baoku.admin;

import java.io.IOException;
import java.time.LocalDate;

import org.baoku.audit.AuditDetail;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.baoku.search.IndexStats;
import org.baoku.search.SearchApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/admin/pages}: ingest one raw page file (multipart), for scripts; {@code GET /api/stats}: the
 * archive and its index compared; {@code POST /api/admin/reindex}: rebuild the index.
 */
@RestController
class AdminApiController {

	private final IngestService ingest;

	private final SearchApi search;

	AdminApiController(IngestService ingest, SearchApi search) {
		this.ingest = ingest;
		this.search = search;
	}

	@PostMapping("/api/admin/pages")
	ResponseEntity<IngestResult> ingest(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = AdminController.DEFAULT_NEWSPAPER) String newspaper,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "false") boolean replace)
			throws IOException {
		// A part larger than a page is refused by its size, before it is read into memory.
		IngestResult result = file.getSize() > ingest.maxPageBytes()
				? ingest.tooLarge(file.getOriginalFilename(), file.getSize())
				: ingest.ingest(new RawPage(newspaper, date, page, file.getOriginalFilename(), file.getBytes()), replace);
		IngestAudit.describe(newspaper, date, page, result);
		return ResponseEntity.status(httpStatus(result.status())).body(result);
	}

	static HttpStatus httpStatus(IngestResult.Status status) {
		return switch (status) {
			case INGESTED -> HttpStatus.CREATED;
			case REPLACED, DUPLICATE -> HttpStatus.OK;
			case CONFLICT -> HttpStatus.CONFLICT;
			case REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
		};
	}

	/** PostgreSQL and the index side by side, and whether they agree page by page. */
	@GetMapping("/api/stats")
	IndexStats stats() {
		return search.stats();
	}

	/** Builds the index again beside the live one and swaps it in. */
	@PostMapping("/api/admin/reindex")
	IndexStats reindex() {
		search.rebuild();
		return search.stats();
	}

}
