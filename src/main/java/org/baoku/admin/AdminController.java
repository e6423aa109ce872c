package org.baoku.admin;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;


import org.baoku.audit.AuditDetail;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.UploadJobs;
import org.baoku.search.RebuildProgress;
import org.baoku.search.SearchApi;
import org.baoku.web.BusyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ingest and re-ingest of raw page files, and a rebuild of the index from PostgreSQL. */
@Controller
class AdminController {

	private static final String VIEW_INGEST = "admin/ingest";

	static final String DEFAULT_NEWSPAPER = "西宁晚报";

	private final IngestService ingest;

	private final SearchApi search;

	private final UploadJobs uploads;

	private final UploadAudit audit;

	AdminController(IngestService ingest, SearchApi search, UploadJobs uploads, UploadAudit audit) {
		this.uploads = uploads;
		this.audit = audit;
		this.ingest = ingest;
		this.search = search;
	}

	@InitBinder
	void setAllowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/admin")
	String initIngestForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", IngestForm.empty(DEFAULT_NEWSPAPER));
		}
		model.addAttribute("stats", search.stats());
		model.addAttribute("rebuild", search.rebuildProgress());
		return VIEW_INGEST;
	}

	@PostMapping("/admin/ingest")
	String processIngestForm(@Valid @ModelAttribute("form") IngestForm form, BindingResult binding,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect, Principal admin,
			HttpServletRequest request) throws IOException {
		boolean chosen = file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
		if (file.isEmpty()) {
			// A file chosen that holds nothing is not a file not chosen.
			binding.reject(chosen ? "admin.fileEmpty" : "admin.fileRequired", new Object[] { file.getOriginalFilename() },
					null);
		}
		if (binding.hasErrors()) {
			model.addAttribute("stats", search.stats());
			model.addAttribute("rebuild", search.rebuildProgress());
			return VIEW_INGEST;
		}
		if (file.getSize() > ingest.maxPageBytes()) {
			IngestResult tooLarge = ingest.tooLarge(file.getOriginalFilename(), file.getSize());
			IngestAudit.describe(form.newspaper(), form.date(), form.page(), tooLarge);
			return answered(form, tooLarge, redirect);
		}
		RawPage page = new RawPage(form.newspaper(), form.date(), form.page(), file.getOriginalFilename(), file.getBytes());
		UploadAudit.Entry entry = audit.entry(admin.getName(), request, page);
		UploadJobs.Job job;
		try {
			job = uploads.start(page, form.replaceStored(), admin.getName(), entry);
		}
		catch (UploadJobs.Busy busy) {
			throw new BusyException(busy.getMessage(), Duration.ofSeconds(60));
		}
		Optional<IngestResult> result = job.await(UploadPages.answerWithin(page.bytes()));
		if (result.isPresent()) {
			entry.answered(result.get());
			return answered(form, result.get(), redirect);
		}
		// A scan read by OCR takes minutes: the admin follows it on its own page.
		entry.answeredBefore(job);
		return "redirect:/admin/uploads/" + job.id();
	}

	/** Back to the form with how the ingest ended; the form keeps the paper and the day (and the page, if refused). */
	static String answered(IngestForm form, IngestResult result, RedirectAttributes redirect) {
		redirect.addFlashAttribute("result", result);
		// The next upload is most likely the next page of the same paper; a page refused is most likely tried again.
		redirect.addFlashAttribute("form", new IngestForm(form.newspaper(), form.date(),
				result.stored() ? "" : form.page(), false));
		return "redirect:/admin";
	}

	/** Starts a rebuild in the background; the admin page shows its progress until it ends. */
	@PostMapping("/admin/reindex")
	String reindex(RedirectAttributes redirect) {
		boolean started = search.startRebuild();
		AuditDetail.set(started ? "audit.detail.rebuildStarted" : "audit.detail.rebuildRunning");
		return "redirect:/admin";
	}

	@GetMapping("/admin/reindex/progress")
	@ResponseBody
	RebuildProgress reindexProgress() {
		return search.rebuildProgress();
	}

}
