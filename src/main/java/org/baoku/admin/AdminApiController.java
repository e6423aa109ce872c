package org.baoku.admin;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.baoku.archive.PrintedName;
import org.baoku.audit.AuditDetail;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.UploadJobs;
import org.baoku.ingest.bulk.NewspaperAliases;
import org.baoku.ingest.bulk.PageFileName;
import org.baoku.search.IndexStats;
import org.baoku.search.SearchApi;
import org.baoku.web.ApiErrors;
import org.baoku.web.BusyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@Tag(name = "Admin", description = "Ingesting single pages and rebuilding the index (HTTP Basic, admin)")
class AdminApiController {

	private final IngestService ingest;

	private final SearchApi search;

	private final UploadJobs uploads;

	private final UploadAudit audit;

	private final UploadPages pages;

	private final NewspaperAliases aliases;

	AdminApiController(IngestService ingest, SearchApi search, UploadJobs uploads, UploadAudit audit, UploadPages pages,
			NewspaperAliases aliases) {
		this.aliases = aliases;
		this.uploads = uploads;
		this.audit = audit;
		this.pages = pages;
		this.ingest = ingest;
		this.search = search;
	}

	@PostMapping(path = "/api/admin/pages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Ingest one page file", description = """
			Splits one raw page file (text, a one-page PDF, or a scanned page: an image or an image-only PDF, read by \
			OCR) into articles and stores them, in one transaction; the answer says how it ended (status), the page's \
			id and its articles. A page image, or a page that takes longer than a second (a scan: OCR takes from half a minute to \
			minutes) is answered 202 at once with the upload to follow (Location: /api/admin/uploads/{id}): its stage \
			and line N of M, the time left, then the same result. Many files at once: the bulk jobs (/api/admin/jobs).""")
	@SecurityRequirement(name = ApiErrors.BASIC_AUTH)
	@ApiResponse(responseCode = "201", description = "Stored as a new page (INGESTED)")
	@ApiResponse(responseCode = "200", description = "Stored over the page (REPLACED), or the same file was stored before (DUPLICATE)")
	@ApiResponse(responseCode = "202", description = "Still being read (a scan): follow the upload at Location",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = UploadPages.UploadProgress.class)))
	@ApiResponse(responseCode = "409", description = "The page is stored with other text and replace was not asked for (CONFLICT)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = IngestResult.class)))
	@ApiResponse(responseCode = "422", description = "The file was read but cannot be ingested (REJECTED: no text, not Chinese prose, a PDF or image refused), with the reason",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = IngestResult.class)))
	@ApiErrors.BadRequest
	@ApiErrors.Unauthorized
	@ApiErrors.TooLarge
	@ApiErrors.TooManyRequests
	ResponseEntity<?> ingest(
			@Parameter(description = "The page file: plain text, a PDF of one page, or a scanned page (PNG, JPEG, TIFF)") @RequestParam("file") MultipartFile file,
			@Parameter(description = "The newspaper's name; without it read from the file's name (an abbreviation as an admin mapped it), else " + AdminController.DEFAULT_NEWSPAPER) @RequestParam(required = false) String newspaper,
			@Parameter(description = "The issue's date (YYYY-MM-DD); without it the date is read from the file's name") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Parameter(description = "The page's label as printed (e.g. A01, 3); without it read from the file's name") @RequestParam(defaultValue = "") String page,
			@Parameter(description = "Replace the page if it is stored with other text") @RequestParam(defaultValue = "false") boolean replace,
			Principal admin, HttpServletRequest request, Locale locale) throws IOException {
		// A part larger than a page is refused by its size, before it is read into memory.
		if (file.getSize() > ingest.maxPageBytes()) {
			IngestResult tooLarge = ingest.tooLarge(file.getOriginalFilename(), file.getSize());
			IngestAudit.describe(PrintedName.of(newspaper), date, PrintedName.of(page), tooLarge);
			return ResponseEntity.status(httpStatus(tooLarge.status())).body(tooLarge);
		}
		// The audit log names the paper and page as stored: a right-to-left override would show them reversed.
		// What the upload does not say is read from the file's name, as a bulk job reads it.
		Optional<PageFileName.Named> named = PageFileName.named(file.getOriginalFilename(),
				AdminController.DEFAULT_NEWSPAPER, aliases.all());
		String paper = newspaper != null && !newspaper.isBlank() ? newspaper
				: named.map(PageFileName.Named::newspaper).orElse(AdminController.DEFAULT_NEWSPAPER);
		LocalDate day = date != null ? date : named.map(PageFileName.Named::date).orElse(null);
		String label = !page.isBlank() ? page : named.map(PageFileName.Named::page).orElse("");
		RawPage raw = new RawPage(paper, day, label, file.getOriginalFilename(), file.getBytes());
		UploadAudit.Entry entry = audit.entry(admin.getName(), request, raw);
		UploadJobs.Job job;
		try {
			job = uploads.start(raw, replace, admin.getName(), entry);
		}
		catch (UploadJobs.Busy busy) {
			throw new BusyException(busy.getMessage(), Duration.ofSeconds(60));
		}
		Optional<IngestResult> result = job.await(UploadPages.answerWithin(raw.bytes()));
		if (result.isPresent()) {
			entry.answered(result.get());
			return ResponseEntity.status(httpStatus(result.get().status())).body(result.get());
		}
		entry.answeredBefore(job);
		return ResponseEntity.accepted().location(URI.create("/api/admin/uploads/" + job.id()))
			.body(pages.progress(job, locale));
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
	@Tag(name = "Archive")
	@Operation(summary = "The archive and its index compared", description = """
			Pages and articles in PostgreSQL and documents in the search index, and whether they agree page by page \
			(what is waiting to be indexed).""")
	@ApiResponse(responseCode = "200", description = "The counts")
	@ApiErrors.SignInRequired
	@ApiErrors.Unavailable
	IndexStats stats() {
		return search.stats();
	}

	/** Builds the index again beside the live one and swaps it in. */
	@PostMapping("/api/admin/reindex")
	@Operation(summary = "Rebuild the search index", description = """
			Builds the index again from the archive beside the live one and swaps it in when done (searches go on \
			meanwhile); answers when it is done, with the counts.""")
	@SecurityRequirement(name = ApiErrors.BASIC_AUTH)
	@ApiResponse(responseCode = "200", description = "Rebuilt; the counts")
	@ApiErrors.Unauthorized
	@ApiErrors.TooManyRequests
	@ApiErrors.Unavailable
	IndexStats reindex() {
		search.rebuild();
		return search.stats();
	}

}
