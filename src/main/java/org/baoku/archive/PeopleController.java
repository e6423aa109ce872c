package org.baoku.archive;

import org.baoku.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages of a reporter and of an official: articles over time, titles held, people named with them. */
@Controller
class PeopleController {

	private static final String VIEW_PERSON = "people/person";

	private final PeopleRepository people;

	PeopleController(PeopleRepository people) {
		this.people = people;
	}

	@GetMapping("/officials/{name}")
	String official(@PathVariable String name, Model model) {
		model.addAttribute("person", people.official(name).orElseThrow(() -> new NotFoundException("official " + name)));
		model.addAttribute("kind", "official");
		return VIEW_PERSON;
	}

	@GetMapping("/reporters/{name}")
	String reporter(@PathVariable String name, Model model) {
		model.addAttribute("person", people.reporter(name).orElseThrow(() -> new NotFoundException("reporter " + name)));
		model.addAttribute("kind", "reporter");
		return VIEW_PERSON;
	}

}
