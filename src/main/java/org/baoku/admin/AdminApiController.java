package org.baoku.admin;

import java.io.IOException;
import java.time.LocalDate;

import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/admin/pages}: ingest one raw page file (multipart), for scripts. */
@RestController
class AdminApiController {

	private final IngestService ingest;

	AdminApiController(IngestService ingest) {
		this.ingest = ingest;
	}

	@PostMapping("/api/admin/pages")
	ResponseEntity<IngestResult> ingest(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = AdminController.DEFAULT_NEWSPAPER) String newspaper,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "false") boolean replace)
			throws IOException {
		IngestResult result = ingest.ingest(new RawPage(newspaper, date, page, file.getOriginalFilename(),
				file.getBytes()), replace);
		HttpStatus status = switch (result.status()) {
			case INGESTED -> HttpStatus.CREATED;
			case REPLACED, DUPLICATE -> HttpStatus.OK;
			case CONFLICT -> HttpStatus.CONFLICT;
			case REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
		};
		return ResponseEntity.status(status).body(result);
	}

}
