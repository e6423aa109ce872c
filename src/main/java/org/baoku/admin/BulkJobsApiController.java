package org.baoku.admin;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.baoku.ingest.bulk.BulkJob;
import org.baoku.ingest.bulk.BulkJobs;
import org.baoku.web.ApiErrors;
import org.baoku.web.BadRequestException;
import org.baoku.web.ConflictException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's bulk jobs for scripts ({@code /api/admin/jobs}, HTTP Basic): what the bulk upload page does, as
 * JSON. Answers are in English (the files' reasons too); every change is in the audit log, as on the page.
 */
@RestController
@RequestMapping("/api/admin/jobs")
@Tag(name = "Bulk jobs", description = "Many page files or zips ingested in the background, with a dry run to check first (HTTP Basic, admin)")
@SecurityRequirement(name = ApiErrors.BASIC_AUTH)
@ApiErrors.Unauthorized
class BulkJobsApiController {

	private final BulkJobs jobs;

	private final JobViews views;

	BulkJobsApiController(BulkJobs jobs, JobViews views) {
		this.jobs = jobs;
		this.views = views;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Start a bulk job", description = """
			Uploads page files (text or PDF) or zips and queues them as one job; the answer comes before it runs \
			(poll its Location). Newspaper, date and page come from a manifest.csv in a file's folder or from its \
			name; a part's file name may be a path in an uploaded folder (folder/sub/0101_A01.pdf), kept as \
			folders. A file whose name cannot be used is listed in the job as REFUSED with its reason.""")
	@ApiResponse(responseCode = "202", description = "The job is queued; Location is its progress")
	@ApiErrors.BadRequest
	@ApiErrors.TooLarge
	@ApiErrors.TooManyRequests
	ResponseEntity<JobViews.JobProgress> start(
			@Parameter(description = "Page files or zips (repeat the part for each file)") @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@Parameter(description = "The newspaper for files whose name or manifest does not say it") @RequestParam(defaultValue = "") String newspaper,
			@Parameter(description = "Replace pages already stored (otherwise they come back DUPLICATE or CONFLICT)") @RequestParam(defaultValue = "false") boolean replace,
			@Parameter(description = "Split and show only; nothing is stored until the job is committed") @RequestParam(defaultValue = "false") boolean dryRun,
			@Parameter(description = "Split PDFs of whole issues (named by newspaper and date only) into their pages") @RequestParam(defaultValue = "false") boolean splitPages)
			throws IOException {
		List<BulkJobs.Upload> chosen = Uploads.of(files);
		if (chosen.isEmpty()) {
			throw new BadRequestException("send one or more page files or zips as parts named 'files'");
		}
		BulkJob job = jobs.start(chosen, newspaper, replace, dryRun, splitPages);
		return accepted(job);
	}

	@GetMapping
	@Operation(summary = "List the bulk jobs", description = """
			The jobs this run of the app knows, newest first, without their files (GET a job for them). Finished \
			jobs beyond the last 50 are forgotten; what they stored stays in the archive.""")
	@ApiResponse(responseCode = "200", description = "The jobs, newest first")
	List<JobViews.JobProgress> list() {
		return jobs.jobs().stream().map(job -> views.progress(job, -1, Locale.ENGLISH)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A bulk job's progress", description = """
			Its state, figures (total, done, percent, counts per outcome, failed, articles), why it failed, what it \
			was committed as, and every file's outcome with its reason. Poll it until 'finished' is true.""")
	@ApiResponse(responseCode = "200", description = "The job")
	@ApiErrors.NotFound
	JobViews.JobProgress show(@Parameter(description = "The job's id") @PathVariable String id,
			@Parameter(description = "Only the files that ended from this one on (0: all), for polling") @RequestParam(defaultValue = "0") int from) {
		return views.progress(views.find(id), Math.max(from, 0), Locale.ENGLISH);
	}

	@PostMapping("/{id}/commit")
	@Operation(summary = "Commit a dry run", description = """
			Runs a finished dry run's files for real, as a new job (the answer); the dry run then names it in \
			committedAs. An interrupted or failed job's files can be committed too.""")
	@ApiResponse(responseCode = "202", description = "The new job is queued; Location is its progress")
	@ApiErrors.NotFound
	@ApiErrors.Conflict
	ResponseEntity<JobViews.JobProgress> commit(@Parameter(description = "The dry run's id") @PathVariable String id)
			throws IOException {
		BulkJob dryRun = views.find(id);
		return accepted(jobs.commit(dryRun.id())
			.orElseThrow(() -> new ConflictException("job " + id + " is no finished dry run with its files; nothing was started")));
	}

	@PostMapping("/{id}/discard")
	@Operation(summary = "Discard a dry run's files", description = """
			Deletes the files of a finished dry run (or of an interrupted or failed job); nothing is stored. The job \
			stays listed, with 'discarded' true.""")
	@ApiResponse(responseCode = "200", description = "The files are deleted; the job as it is now")
	@ApiErrors.NotFound
	@ApiErrors.Conflict
	JobViews.JobProgress discard(@Parameter(description = "The job's id") @PathVariable String id) throws IOException {
		BulkJob job = views.find(id);
		if (!jobs.discard(job.id())) {
			throw new ConflictException("job " + id + " has no files waiting (it is running, committed, discarded or was a real run); nothing was deleted");
		}
		return views.progress(job, -1, Locale.ENGLISH);
	}

	private ResponseEntity<JobViews.JobProgress> accepted(BulkJob job) {
		return ResponseEntity.accepted()
			.location(URI.create("/api/admin/jobs/" + job.id()))
			.body(views.progress(job, 0, Locale.ENGLISH));
	}

}
