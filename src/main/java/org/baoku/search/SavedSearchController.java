package org.baoku.search;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.baoku.web.BadRequestException;
import org.baoku.web.NotFoundException;

/**
 * {@code /account/searches}: a signed-in user keeps a search from its results page and sees, for each one kept, how
 * many articles were stored since the last visit; opening one runs it and marks what it holds now as seen.
 */
@Controller
class SavedSearchController {

	private static final int MAX_NAME = 200;

	private final SavedSearches saved;

	private final SearchApi search;

	private final MessageSource messages;

	SavedSearchController(SavedSearches saved, SearchApi search, MessageSource messages) {
		this.saved = saved;
		this.search = search;
		this.messages = messages;
	}

	/** A kept search with the articles stored since its last visit. */
	record Row(SavedSearch search, long newSince) {
	}

	@GetMapping("/account/searches")
	String list(Principal user, Model model) {
		List<Row> rows = saved.of(user.getName())
			.stream()
			.map(s -> new Row(s, search.countStoredAfter(params(s.query()).toRequest(), s.seenUpTo())))
			.toList();
		model.addAttribute("rows", rows);
		return "account/searches";
	}

	@PostMapping("/account/searches")
	String save(Principal user, @RequestParam String query, @RequestParam(required = false) String name,
			RedirectAttributes redirect, Locale locale) {
		SearchParams params = params(query);
		String title = name == null || name.isBlank() ? params.q() : name.strip();
		if (title.isEmpty()) {
			title = messages.getMessage("saved.everything", null, locale);
		}
		if (title.length() > MAX_NAME) {
			throw new BadRequestException("a saved search's name is at most " + MAX_NAME + " characters");
		}
		if (saved.count(user.getName()) >= SavedSearches.MAX_PER_ACCOUNT) {
			throw new BadRequestException("an account keeps at most " + SavedSearches.MAX_PER_ACCOUNT
					+ " searches: delete one first");
		}
		boolean added = saved.save(user.getName(), title, params.self(), search.newestStored());
		redirect.addFlashAttribute("notice", added ? "saved.added" : "saved.already");
		return "redirect:/account/searches";
	}

	/** Runs a kept search: what the index holds now is seen. */
	@GetMapping("/account/searches/{id}")
	String open(Principal user, @PathVariable long id) {
		SavedSearch kept = saved.find(user.getName(), id)
			.orElseThrow(() -> new NotFoundException("saved search " + id));
		saved.visited(kept.id(), search.newestStored());
		return "redirect:" + kept.query();
	}

	@PostMapping("/account/searches/{id}/delete")
	String delete(Principal user, @PathVariable long id, RedirectAttributes redirect) {
		if (!saved.delete(user.getName(), id)) {
			throw new NotFoundException("saved search " + id);
		}
		redirect.addFlashAttribute("notice", "saved.deleted");
		return "redirect:/account/searches";
	}

	/** The search a results address stands for; anything but a readable results address is refused (400). */
	static SearchParams params(String query) {
		try {
			return SearchParams.ofAddress(query);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(ex.getMessage());
		}
	}

}
