package org.baoku.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.baoku.audit.AuditDetail;
import org.baoku.ingest.bulk.BulkIngest;
import org.baoku.ingest.bulk.BulkJob;
import org.baoku.ingest.bulk.BulkJobs;
import org.baoku.ingest.bulk.NewspaperAliases;
import org.baoku.web.BadRequestException;
import org.baoku.web.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk uploads on the admin pages: many page files or zips in one upload, run as a background job whose page shows
 * a live progress bar and every file's end; a dry run shows the split, article by article, before it is committed.
 */
@Controller
class JobsController {

	private static final String VIEW_JOBS = "admin/jobs";

	private static final String VIEW_JOB = "admin/job";

	private final BulkJobs jobs;

	private final JobViews views;

	private final NewspaperAliases aliases;

	JobsController(BulkJobs jobs, JobViews views, NewspaperAliases aliases) {
		this.jobs = jobs;
		this.views = views;
		this.aliases = aliases;
	}

	@GetMapping("/admin/jobs")
	String list(Model model) {
		model.addAttribute("jobs", jobs.jobs().stream().map(BulkJob::view).toList());
		model.addAttribute("defaultNewspaper", AdminController.DEFAULT_NEWSPAPER);
		return VIEW_JOBS;
	}

	@PostMapping("/admin/jobs")
	String start(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "") String newspaper, @RequestParam(defaultValue = "false") boolean replace,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean splitPages)
			throws IOException {
		List<BulkJobs.Upload> chosen = Uploads.of(files);
		if (chosen.isEmpty()) {
			throw new BadRequestException("choose one or more page files or zips to upload");
		}
		BulkJob job = jobs.start(chosen, newspaper, replace, dryRun, splitPages);
		return "redirect:/admin/jobs/" + job.id();
	}

	@GetMapping("/admin/jobs/{id}")
	String show(@PathVariable String id, Model model, Locale locale) {
		BulkJob job = find(id);
		model.addAttribute("job", job.view());
		model.addAttribute("progress", views.progress(job, -1, locale));
		model.addAttribute("papers", papers(job));
		model.addAttribute("files", job.files(0));
		model.addAttribute("skipped", job.skipped());
		return VIEW_JOB;
	}

	/** What a job's page polls: the figures, and the files that ended since the {@code from}th. */
	@GetMapping("/admin/jobs/{id}/progress")
	@ResponseBody
	JobViews.JobProgress progress(@PathVariable String id, @RequestParam(defaultValue = "0") int from, Locale locale) {
		return views.progress(find(id), Math.max(from, 0), locale);
	}

	@PostMapping("/admin/jobs/{id}/commit")
	String commit(@PathVariable String id) throws IOException {
		return redirectTo(jobs.commit(find(id).id()), "this job is no finished dry run; nothing was started");
	}

	/**
	 * Maps a name the job's file names give to a newspaper ("rmrb" is 人民日报), for this job's commit (or run
	 * again) and every later job.
	 */
	@PostMapping("/admin/jobs/{id}/papers")
	String mapPaper(@PathVariable String id, @RequestParam(defaultValue = "") String named,
			@RequestParam(defaultValue = "") String newspaper, Principal admin, RedirectAttributes redirect) {
		find(id);
		if (named.isBlank() || newspaper.isBlank()) {
			throw new BadRequestException("say both the name the file names give and the newspaper it is");
		}
		aliases.map(named, newspaper, admin.getName());
		AuditDetail.set("audit.detail.paperMapped", named.strip(), newspaper.strip());
		redirect.addFlashAttribute("mapped", List.of(named.strip(), newspaper.strip()));
		return "redirect:/admin/jobs/" + id;
	}

	/**
	 * What the job's file names call newspapers, where that is not a paper's own name: an abbreviation taken as the
	 * job's newspaper or kept as written (no newspaper was given), or a name mapped before; each can be mapped.
	 */
	private static List<BulkJob.PaperTaken> papers(BulkJob job) {
		List<BulkJob.PaperTaken> papers = new java.util.ArrayList<>(job.papersTaken());
		job.files(0).stream()
			.map(BulkIngest.Ended::placement)
			.filter(p -> p != null && p.looksAbbreviated())
			.map(p -> p.newspaper())
			.distinct()
			.filter(n -> papers.stream().noneMatch(t -> t.named().equals(n)))
			.forEach(n -> papers.add(new BulkJob.PaperTaken(n, n, false)));
		return papers;
	}

	@PostMapping("/admin/jobs/{id}/resume")
	String resume(@PathVariable String id) throws IOException {
		return redirectTo(jobs.resume(find(id).id()), "this job was not interrupted; nothing was started");
	}

	@PostMapping("/admin/jobs/{id}/discard")
	String discard(@PathVariable String id) throws IOException {
		if (!jobs.discard(find(id).id())) {
			throw new ConflictException("this job has no files waiting; nothing was deleted");
		}
		return "redirect:/admin/jobs/" + id;
	}

	private static String redirectTo(Optional<BulkJob> started, String otherwise) {
		return "redirect:/admin/jobs/"
				+ started.orElseThrow(() -> new ConflictException(otherwise)).id();
	}

	private BulkJob find(String id) {
		return views.find(id);
	}

}
