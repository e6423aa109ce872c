package org.baoku.archive;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import org.baoku.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The pages of a reporter and of an official: articles over time (paged), titles held, people named with them. */
@Controller
class PeopleController {

	private static final String VIEW_PERSON = "people/person";

	private final PeopleRepository people;

	PeopleController(PeopleRepository people) {
		this.people = people;
	}

	@GetMapping("/officials/{name}")
	String official(@PathVariable String name, @RequestParam(defaultValue = "1") String page, Model model) {
		String printed = PrintedName.of(name);
		return show("official", printed, number -> people.official(printed, number), page, model);
	}

	@GetMapping("/reporters/{name}")
	String reporter(@PathVariable String name, @RequestParam(defaultValue = "1") String page, Model model) {
		String printed = PrintedName.of(name);
		return show("reporter", printed, number -> people.reporter(printed, number), page, model);
	}

	/** A page number that is no number counts as the first; one past the last shows the last. */
	private String show(String kind, String name, Function<Integer, Optional<PersonProfile>> profile, String page,
			Model model) {
		int asked = pageNumber(page);
		PersonProfile person = profile.apply(asked).orElseThrow(() -> new NotFoundException(kind + " " + name));
		if (asked > person.pageCount()) {
			model.addAttribute("pastLastPage", true);
			person = profile.apply(person.pageCount()).orElseThrow();
		}
		model.addAttribute("person", person);
		model.addAttribute("kind", kind);
		Function<String, String> monthLink = month -> UriComponentsBuilder.fromPath("/search")
			.queryParam(kind, name)
			.queryParam("from", month + "-01")
			.queryParam("to", YearMonth.parse(month).atEndOfMonth())
			.encode()
			.toUriString();
		model.addAttribute("monthLink", monthLink);
		return VIEW_PERSON;
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page.strip()), 1_000_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
