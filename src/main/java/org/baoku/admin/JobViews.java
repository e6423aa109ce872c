package org.baoku.admin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import org.baoku.ingest.bulk.BulkIngest;
import org.baoku.ingest.bulk.BulkJob;
import org.baoku.ingest.bulk.BulkJobs;
import org.baoku.ingest.ocr.Pulse;
import org.baoku.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A bulk job as the job page's progress and the bulk-jobs API show it: found by its id, and as JSON with its figures
 * and its files' ends.
 */
@Component
class JobViews {

	private static final Pattern JOB_ID = Pattern.compile("[0-9]{8}-[0-9]{6}-[0-9a-f]{4}");

	private final BulkJobs jobs;

	private final MessageSource messages;

	JobViews(BulkJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/** The job, or a 404 with its reason. */
	BulkJob find(String id) {
		// The list is kept while the app runs; what a job stored stays in the archive after it is forgotten.
		if (!JOB_ID.matcher(id).matches()) {
			throw new NotFoundException("bulk job '" + id + "'");
		}
		return jobs.job(id).orElseThrow(() -> new NotFoundException("bulk job " + id));
	}

	/** The job's figures and the files that ended from the {@code from}th on (none for {@code from} < 0). */
	JobProgress progress(BulkJob job, int from, Locale locale) {
		BulkJob.View view = job.view();
		BulkJob.Settings settings = view.settings();
		boolean discarded = "".equals(view.committedAs());
		return new JobProgress(view.id(), view.state(), view.state().finished(), settings.dryRun(),
				settings.created(), settings.newspaper(), settings.replace(), settings.splitPages(), view.total(),
				view.done(), view.percent(), Math.round(view.pagesPerSecond() * 10) / 10.0, view.etaSeconds(),
				timeLeft(view, locale), view.working().stream().map(w -> working(w, locale)).toList(),
				view.counts(), view.failed(), view.articles(), view.failure(), discarded ? null : view.committedAs(),
				discarded, job.skipped(),
				from < 0 ? List.of() : job.files(from).stream().map(f -> fileEnd(f, locale)).toList());
	}

	/** The speed and the time left in the reader's language ("about 40 s to go", or that it is being measured). */
	private String timeLeft(BulkJob.View view, Locale locale) {
		if (view.state().finished()) {
			return "";
		}
		String left = view.etaSeconds() == null ? messages.getMessage("pulse.estimating", null, locale)
				: messages.getMessage("pulse.left", new Object[] { view.etaSeconds() }, locale);
		return messages.getMessage("jobs.speed", new Object[] { String.format(locale, "%.1f", view.pagesPerSecond()), left }, locale);
	}

	/** A page being read, in the reader's language: file, page, stage, line N of M and its own time left. */
	private WorkingOn working(BulkJob.Working w, Locale locale) {
		return new WorkingOn(w.file(), w.page(), w.progress().stage(), w.progress().done(), w.progress().of(),
				w.progress().secondsLeft(), PulseWords.said(messages, w.file(), w.page(), w.progress(), locale));
	}

	/** A file's end with its outcome and reason in the reader's language too, as the finished page shows them. */
	private FileEnd fileEnd(BulkIngest.Ended f, Locale locale) {
		String message = f.message() == null ? "" : f.message();
		String reason = f.reason() == null ? message
				: messages.getMessage(f.reason().key(), f.reason().args().toArray(), message, locale);
		String outcome = messages.getMessage("jobs.outcome." + f.outcome(), null, f.outcome().name(), locale);
		String placed = f.placement() == null ? ""
				: messages.getMessage(f.placement().looksAbbreviated() ? "jobs.placedAbbreviated" : "jobs.placed",
						new Object[] { f.placement().newspaper(), f.placement().date().toString(), f.placement().page() },
						f.placement().toString(), locale);
		return new FileEnd(f.source(), f.outcome(), f.outcome().failed(), outcome, f.articles(), message, reason,
				placed);
	}

	/** A job in JSON: what the job page polls and the bulk-jobs API answers. */
	@Schema(description = "A bulk job: its settings, how far it is and the files that have ended")
	record JobProgress(@Schema(description = "The job's id, e.g. 20240501-120000-1a2b") String id,
			@Schema(description = "QUEUED, RUNNING, DONE, FAILED (stopped by an error of the archive) or INTERRUPTED (the app stopped)") BulkJob.State state,
			@Schema(description = "Whether the job has ended (DONE, FAILED or INTERRUPTED)") boolean finished,
			@Schema(description = "A dry run: split and shown, nothing stored until committed") boolean dryRun,
			@Schema(description = "When the job was created") Instant created,
			@Schema(description = "The newspaper for files whose name does not say it (null: none given)") String newspaper,
			@Schema(description = "Pages already stored are replaced") boolean replace,
			@Schema(description = "Whole issues' PDFs are split into their pages") boolean splitPages,
			@Schema(description = "Files to run (known once the job has started; 0 before)") int total,
			@Schema(description = "Files that have ended") int done,
			@Schema(description = "done of total in percent (100 when DONE)") int percent,
			@Schema(description = "Files a second so far") double pagesPerSecond,
			@Schema(description = "Seconds to go, estimated from the speed so far while RUNNING; null while there is none to go by") Long etaSeconds,
			@Schema(description = "Speed and time left in the reader's language (empty once finished)") String timeLeft,
			@Schema(description = "The pages being read now: file, page, stage, line N of M") List<WorkingOn> working,
			@Schema(description = "Files per outcome so far") Map<BulkIngest.Outcome, Integer> counts,
			@Schema(description = "Files that did not end stored or split (refused, rejected, invalid, too large, page taken)") int failed,
			@Schema(description = "Articles stored (or, in a dry run, split)") int articles,
			@Schema(description = "Why the job stopped, when FAILED; when INTERRUPTED, the file the app stopped on if it stopped in one (null otherwise)") String failure,
			@Schema(description = "The id of the job this dry run (or interrupted job) was run again as (null: not yet)") String committedAs,
			@Schema(description = "This dry run's files were discarded") boolean discarded,
			@Schema(description = "Files of the upload that are no page files (notes, images, system files such as .DS_Store): skipped, not failed") List<String> skipped,
			@Schema(description = "Every file's end, from the 'from'th on (empty in the list of jobs)") List<FileEnd> files) {
	}

	/** A page being read now, in that JSON. */
	@Schema(description = "A page being read now")
	record WorkingOn(@Schema(description = "The file as uploaded") String file,
			@Schema(description = "The page's label") String page,
			@Schema(description = "READING_FILE, WAITING (for OCR), LEVELLING, FINDING_LINES, READING_LINES, SPLITTING or STORING") Pulse.Stage stage,
			@Schema(description = "Lines read, while READING_LINES (else 0)") int done,
			@Schema(description = "Lines found, while READING_LINES (else 0)") int of,
			@Schema(description = "Seconds left for this page (null: not measured yet)") Long secondsLeft,
			@Schema(description = "All of it in the reader's language") String said) {
	}

	/** One file's end in that JSON: codes and English for scripts, labels in the reader's language for the page. */
	@Schema(description = "One file's end")
	record FileEnd(@Schema(description = "The file as uploaded (a zip's entry as zip!/entry)") String source,
			@Schema(description = "How it ended") BulkIngest.Outcome outcome,
			@Schema(description = "Whether it failed (not stored or split)") boolean failed,
			@Schema(description = "The outcome in the reader's language") String outcomeLabel,
			@Schema(description = "Articles stored or split from it") int articles,
			@Schema(description = "What happened, in English") String message,
			@Schema(description = "What happened, in the reader's language") String reason,
			@Schema(description = "Where it goes (newspaper, date, page), in the reader's language; empty when not known") String placement) {
	}

}
