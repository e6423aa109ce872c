package org.baoku.admin;

import org.baoku.account.Accounts;
import org.baoku.account.Role;
import org.baoku.audit.AuditDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page of accounts: create one, disable or enable it, set a new password. */
@Controller
class UsersController {

	private final Accounts accounts;

	UsersController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("minPassword", Accounts.MIN_PASSWORD);
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "EDITOR") Role role, RedirectAttributes redirect) {
		AuditDetail.set("audit.detail.userCreated", username.strip(), role);
		return done(() -> accounts.create(username.strip(), password, role), redirect, "created", username.strip());
	}

	@PostMapping("/admin/users/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
		AuditDetail.set(enabled ? "audit.detail.userEnabled" : "audit.detail.userDisabled", username);
		return done(() -> accounts.setEnabled(username, enabled), redirect, enabled ? "enabled" : "disabled", username);
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		AuditDetail.set("audit.detail.userPassword", username);
		return done(() -> accounts.resetPassword(username, password), redirect, "password", username);
	}

	/** Runs a change and says what was done, as a message ({@code users.done.<what>}) about the user, in the reader's language. */
	private static String done(Runnable change, RedirectAttributes redirect, String what, String user) {
		try {
			change.run();
			redirect.addFlashAttribute("done", what);
			redirect.addFlashAttribute("doneUser", user);
		}
		catch (Accounts.Refused ex) {
			AuditDetail.set(ex.key(), ex.args());
			redirect.addFlashAttribute("refused", ex.key());
			redirect.addFlashAttribute("refusedArgs", ex.args());
		}
		return "redirect:/admin/users";
	}

}
