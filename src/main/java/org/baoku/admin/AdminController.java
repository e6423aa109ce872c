package org.baoku.admin;

import java.io.IOException;

import jakarta.validation.Valid;

import java.util.List;

import org.baoku.archive.ArchiveApi;
import org.baoku.archive.ArticleView;
import org.baoku.audit.AuditDetail;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.split.Doubts;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ingest and re-ingest of raw page files, and a rebuild of the index from PostgreSQL. */
@Controller
class AdminController {

	private static final String VIEW_INGEST = "admin/ingest";

	private static final String VIEW_REVIEW = "admin/review";

	/** Splits the splitter was less sure of than this are listed for review. */
	private static final double REVIEW_BELOW = 0.8;

	private static final int REVIEW_LIMIT = 200;

	static final String DEFAULT_NEWSPAPER = "西宁晚报";

	private final IngestService ingest;

	private final SearchApi search;

	private final ArchiveApi archive;

	AdminController(IngestService ingest, SearchApi search, ArchiveApi archive) {
		this.ingest = ingest;
		this.search = search;
		this.archive = archive;
	}

	@GetMapping("/admin/review")
	String review(Model model) {
		model.addAttribute("articles", archive.doubtfulArticles(REVIEW_BELOW, REVIEW_LIMIT)
			.stream()
			.map(a -> new Doubtful(a, a.doubts().stream().map(Doubts::code).toList()))
			.toList());
		return VIEW_REVIEW;
	}

	/** An article in the review queue with its doubts as message codes, shown in the reader's language. */
	record Doubtful(ArticleView article, List<Doubts.Code> doubts) {
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
			return VIEW_INGEST;
		}
		IngestResult result = file.getSize() > ingest.maxPageBytes()
				? ingest.tooLarge(file.getOriginalFilename(), file.getSize())
				: ingest.ingest(new RawPage(form.newspaper(), form.date(), form.page(), file.getOriginalFilename(),
						file.getBytes()), form.replaceStored());
		AuditDetail.set(IngestAudit.describe(form.newspaper(), form.date(), form.page(), result));
		redirect.addFlashAttribute("result", result);
		return "redirect:/admin";
	}

	@PostMapping("/admin/reindex")
	String reindex(RedirectAttributes redirect) {
		redirect.addFlashAttribute("reindexed", search.rebuild());
		return "redirect:/admin";
	}

}
