package org.baoku.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.baoku.ingest.IngestResult;
import org.baoku.ingest.PageProgress;
import org.baoku.ingest.UploadJobs;
import org.baoku.ingest.ocr.Pulse;
import org.baoku.ingest.pdf.PageImages;
import org.baoku.web.ApiErrors;
import org.baoku.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One upload followed while it runs (a scan read by OCR): its page for the admin, its progress in JSON for that page
 * and for scripts, and, once it has ended, where it went.
 */
@Controller
class UploadPages {

	/**
	 * A page file that ends within this is answered with its result; a longer one with its job to follow, so that an
	 * admin hears of a scan within two seconds of sending it. A page image is read by OCR whatever it holds: its job
	 * is answered at once ({@link #answerWithin}).
	 */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

	/** How long an upload of these bytes is waited for before its job is answered. */
	static Duration answerWithin(byte[] file) {
		return PageImages.isImage(file) ? Duration.ZERO : ANSWER_WITHIN;
	}

	private final UploadJobs uploads;

	private final MessageSource messages;

	UploadPages(UploadJobs uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	/** How far an upload is, in JSON. */
	@Schema(description = "One uploaded page being ingested: how far it is, then how it ended")
	record UploadProgress(@Schema(description = "The upload's id") String id,
			@Schema(description = "RUNNING, DONE (see result) or FAILED (see failure; nothing was stored)") String state,
			@Schema(description = "Whether it has ended") boolean finished,
			@Schema(description = "The file as uploaded") String file,
			@Schema(description = "The newspaper") String newspaper,
			@Schema(description = "The issue's date") LocalDate date,
			@Schema(description = "The page's label") String page,
			@Schema(description = "READING_FILE, WAITING (for OCR), LEVELLING, FINDING_LINES, READING_LINES, SPLITTING or STORING") Pulse.Stage stage,
			@Schema(description = "Lines read, while READING_LINES (else 0)") int done,
			@Schema(description = "Lines found, while READING_LINES (else 0)") int of,
			@Schema(description = "Seconds since it started") long elapsedSeconds,
			@Schema(description = "Seconds to go, from the pace so far (null: not measured yet, or ended)") Long secondsLeft,
			@Schema(description = "How far it is, in the reader's language") String said,
			@Schema(description = "How it ended, as POST /api/admin/pages answers (null while it runs)") IngestResult result,
			@Schema(description = "The HTTP status POST /api/admin/pages would have answered with the result") Integer resultStatus,
			@Schema(description = "Why it failed, when FAILED") String failure) {
	}

	UploadProgress progress(UploadJobs.Job job, Locale locale) {
		PageProgress.Snapshot now = job.progress().snapshot();
		IngestResult result = job.ended().orElse(null);
		String failure = job.failure();
		String state = result != null ? "DONE" : failure != null ? "FAILED" : "RUNNING";
		return new UploadProgress(job.id(), state, job.finished(), job.page().fileName(), job.page().newspaper(),
				job.page().date(), job.page().pageLabel(), now.stage(), now.done(), now.of(), now.elapsedSeconds(),
				job.finished() ? null : now.secondsLeft(), job.finished() ? "" : PulseWords.said(messages, null, null, now, locale),
				result, result == null ? null : AdminApiController.httpStatus(result.status()).value(), failure);
	}

	UploadJobs.Job find(String id) {
		return uploads.find(id).orElseThrow(() -> new NotFoundException("upload " + id));
	}

	/** The upload's page while it runs; once ended, the ingest form with how it ended (as a quick upload is). */
	@GetMapping("/admin/uploads/{id}")
	String show(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
		UploadJobs.Job job = find(id);
		if (job.ended().isPresent()) {
			IngestForm form = new IngestForm(job.page().newspaper(), job.page().date(), job.page().pageLabel(), false);
			return AdminController.answered(form, job.ended().get(), redirect);
		}
		model.addAttribute("upload", progress(job, locale));
		return "admin/upload";
	}

	@GetMapping("/admin/uploads/{id}/progress")
	@ResponseBody
	UploadProgress pageProgress(@PathVariable String id, Locale locale) {
		return progress(find(id), locale);
	}

	@GetMapping("/api/admin/uploads/{id}")
	@ResponseBody
	@Operation(summary = "How far an upload is", description = """
			A page image posted to /api/admin/pages, or a page that did not end within a second (a scan PDF), is answered \
			202 with this upload's address: its stage (reading line N of M), the time left from the pace so far, \
			then how it ended (result, resultStatus), as the POST would have answered. Poll it every few seconds.""")
	@SecurityRequirement(name = ApiErrors.BASIC_AUTH)
	@ApiErrors.Unauthorized
	UploadProgress apiProgress(@Parameter(description = "The upload's id, as the 202 answer's Location and id give it") @PathVariable String id,
			Locale locale) {
		return progress(find(id), locale);
	}

}
