package org.baoku.admin;

import java.security.Principal;
import java.time.LocalDate;

import org.baoku.audit.AuditDetail;
import org.baoku.ingest.PageDeletion;
import org.baoku.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin deletes a page or a whole issue (the buttons ask first); their links then answer 410 Gone. */
@Controller
class DeletionController {

	private final PageDeletion deletion;

	DeletionController(PageDeletion deletion) {
		this.deletion = deletion;
	}

	@PostMapping("/admin/pages/{id}/delete")
	String deletePage(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
		if (!deletion.deletePage(id, admin.getName())) {
			throw new NotFoundException("page " + id);
		}
		AuditDetail.set("audit.detail.pageDeleted", id);
		redirect.addFlashAttribute("deleted", 1);
		return "redirect:/issues";
	}

	@PostMapping("/admin/issues/{newspaper}/{date}/delete")
	String deleteIssue(@PathVariable String newspaper,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Principal admin,
			RedirectAttributes redirect) {
		int pages = deletion.deleteIssue(newspaper, date, admin.getName());
		if (pages == 0) {
			throw new NotFoundException("an issue of " + newspaper + " of " + date);
		}
		AuditDetail.set("audit.detail.issueDeleted", newspaper, date, pages);
		redirect.addFlashAttribute("deleted", pages);
		return "redirect:/issues";
	}

}
