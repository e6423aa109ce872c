package org.baoku.account;

import java.security.Principal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page (Spring Security takes its form) and a signed-in user's own password. */
@Controller
@ConditionalOnWebApplication
class LoginController {

	private final Accounts accounts;

	LoginController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("minPassword", Accounts.MIN_PASSWORD);
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(Principal user, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("minPassword", Accounts.MIN_PASSWORD);
		if (!password.equals(repeat)) {
			model.addAttribute("refused", "users.refused.differ");
			model.addAttribute("refusedArgs", new Object[0]);
			return "account/password";
		}
		try {
			accounts.changeOwnPassword(user.getName(), current, password);
		}
		catch (Accounts.Refused ex) {
			model.addAttribute("refused", ex.key());
			model.addAttribute("refusedArgs", ex.args());
			return "account/password";
		}
		redirect.addFlashAttribute("changed", true);
		return "redirect:/account/password";
	}

}
