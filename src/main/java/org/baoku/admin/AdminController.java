package org.baoku.admin;

import java.io.IOException;

import jakarta.validation.Valid;


import org.baoku.audit.AuditDetail;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.baoku.search.RebuildProgress;
import org.baoku.search.SearchApi;
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

	AdminController(IngestService ingest, SearchApi search) {
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
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			binding.reject("admin.fileRequired");
		}
		if (binding.hasErrors()) {
			model.addAttribute("stats", search.stats());
			model.addAttribute("rebuild", search.rebuildProgress());
			return VIEW_INGEST;
		}
		IngestResult result = file.getSize() > ingest.maxPageBytes()
				? ingest.tooLarge(file.getOriginalFilename(), file.getSize())
				: ingest.ingest(new RawPage(form.newspaper(), form.date(), form.page(), file.getOriginalFilename(),
						file.getBytes()), form.replaceStored());
		IngestAudit.describe(form.newspaper(), form.date(), form.page(), result);
		redirect.addFlashAttribute("result", result);
		// The next upload is most likely the next page of the same paper: the form keeps the paper and the day.
		redirect.addFlashAttribute("form", new IngestForm(form.newspaper(), form.date(), "", false));
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
