package org.baoku.admin;

import java.security.Principal;

import org.baoku.audit.AuditDetail;
import org.baoku.ingest.profile.ProfileFitter;
import org.baoku.ingest.profile.ProfileLearning;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each newspaper's layout profile, for editors: fit it again from the paper's checked pages, see what it would
 * change on the pages nobody checked (counts and a sample), and apply it on confirm.
 */
@Controller
class ProfilesController {

	private final ProfileLearning learning;

	ProfilesController(ProfileLearning learning) {
		this.learning = learning;
	}

	@GetMapping("/admin/review/profiles")
	String papers(@RequestParam(required = false) String newspaper, Model model) {
		model.addAttribute("papers", learning.papers());
		if (newspaper != null) {
			ProfileLearning.PaperProfile paper = learning.paper(newspaper);
			model.addAttribute("paper", paper);
			if (paper.proposed() != null) {
				model.addAttribute("preview", learning.preview(newspaper));
			}
		}
		return "admin/profiles";
	}

	@PostMapping("/admin/review/profiles/refit")
	String refit(@RequestParam String newspaper, Principal editor, RedirectAttributes redirect) {
		try {
			ProfileFitter.Fit fit = learning.refit(newspaper, editor.getName());
			AuditDetail.set(fit.refused() ? "audit.detail.profileFitRefused" : "audit.detail.profileFitted", newspaper);
			redirect.addFlashAttribute("fitted", newspaper);
		}
		catch (ProfileLearning.Refused ex) {
			refused(newspaper, "not fitted", ex, redirect);
		}
		return "redirect:" + at(newspaper);
	}

	@PostMapping("/admin/review/profiles/apply")
	String apply(@RequestParam String newspaper, Principal editor, RedirectAttributes redirect) {
		try {
			int pages = learning.apply(newspaper, editor.getName());
			AuditDetail.set("audit.detail.profileApplied", newspaper, pages);
			redirect.addFlashAttribute("applied", pages);
		}
		catch (ProfileLearning.Refused ex) {
			refused(newspaper, "not applied", ex, redirect);
		}
		return "redirect:" + at(newspaper);
	}

	/** The refusal audited in English and shown to the editor as a message in their language. */
	private static void refused(String newspaper, String what, ProfileLearning.Refused ex, RedirectAttributes redirect) {
		AuditDetail.set(ex.key(), ex.args());
		redirect.addFlashAttribute("refused", ex.key());
		redirect.addFlashAttribute("refusedArgs", ex.args());
	}

	private static String at(String newspaper) {
		return UriComponentsBuilder.fromPath("/admin/review/profiles").queryParam("newspaper", newspaper).encode()
			.toUriString();
	}

}
