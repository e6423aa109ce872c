package org.baoku.admin;

import java.security.Principal;

import org.baoku.audit.AuditDetail;
import org.baoku.ingest.NewspaperRenames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archive's newspapers for an admin: each with its issues and pages, renamed or merged into another. */
@Controller
class PapersController {

	private final NewspaperRenames renames;

	PapersController(NewspaperRenames renames) {
		this.renames = renames;
	}

	@GetMapping("/admin/papers")
	String papers(Model model) {
		model.addAttribute("papers", renames.papers());
		return "admin/papers";
	}

	@PostMapping("/admin/papers/rename")
	String rename(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			Principal admin, RedirectAttributes redirect) {
		try {
			NewspaperRenames.Renamed done = renames.rename(from, to, admin.getName());
			AuditDetail.set(done.merged() ? "audit.detail.paperMerged" : "audit.detail.paperRenamed", done.from(), done.to(),
					done.pages());
			redirect.addFlashAttribute("renamed", done);
		}
		catch (NewspaperRenames.Refused ex) {
			AuditDetail.set(ex.key(), ex.args());
			AuditDetail.refused();
			redirect.addFlashAttribute("refused", ex.key());
			redirect.addFlashAttribute("refusedArgs", ex.args());
		}
		return "redirect:/admin/papers";
	}

}
