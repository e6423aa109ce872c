package org.baoku.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baoku.web.GoneException;
import org.baoku.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/** Browsing by date: a newspaper's years and month calendars, one issue with its pages, jumping to a date. */
@Controller
class IssueController {

	private static final String VIEW_CALENDAR = "issues/calendar";

	private static final String VIEW_ISSUE = "issues/detail";

	private static final String VIEW_CHOOSE = "issues/choose";

	private final ArchiveApi archive;

	IssueController(ArchiveApi archive) {
		this.archive = archive;
	}

	@GetMapping("/issues")
	Object calendar(@RequestParam(required = false) String newspaper, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String date, Model model) {
		List<String> newspapers = archive.newspapers();
		model.addAttribute("newspapers", newspapers);
		if (newspapers.isEmpty()) {
			return VIEW_CALENDAR;
		}
		String asked = archive.nameNow(PrintedName.of(newspaper));
		String paper = asked != null && newspapers.contains(asked) ? asked : newspapers.get(0);
		Map<Integer, Long> years = archive.issueYears(paper);
		int shown = year != null && years.containsKey(year) ? year : years.keySet().iterator().next();
		if (date != null && !date.isBlank()) {
			LocalDate day = IssueDates.parse(date);
			if (archive.issueView(paper, day).isPresent()) {
				return new RedirectView(IssueLinks.issue(paper, day), true);
			}
			model.addAttribute("missingDate", day);
			model.addAttribute("before", archive.issueBefore(paper, day).orElse(null));
			model.addAttribute("after", archive.issueAfter(paper, day).orElse(null));
			shown = years.containsKey(day.getYear()) ? day.getYear() : shown;
		}
		model.addAttribute("newspaper", paper);
		model.addAttribute("years", years);
		model.addAttribute("calendar", IssueCalendar.of(shown,
				archive.issuesBetween(paper, LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31))));
		return VIEW_CALENDAR;
	}

	/** Pages were once at /issues/{id}; those links lead to the page for good. */
	@GetMapping("/issues/{id:\\d+}")
	RedirectView formerPageLink(@PathVariable long id) {
		RedirectView redirect = new RedirectView("/pages/" + id, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

	/** The issue of a day when one newspaper has it; the choice of newspapers when several do. */
	@GetMapping("/issues/{date:\\d{4}-\\d{1,2}-\\d{1,2}}")
	String onDate(@PathVariable String date, Model model) {
		LocalDate day = IssueDates.parse(date);
		List<IssueSummary> issues = archive.issuesOn(day);
		if (issues.isEmpty()) {
			throw new NotFoundException("an issue of " + day);
		}
		if (issues.size() > 1) {
			model.addAttribute("date", day);
			model.addAttribute("issues", issues);
			return VIEW_CHOOSE;
		}
		return issue(issues.get(0).newspaper(), day, model);
	}

	@GetMapping("/issues/{newspaper}/{date}")
	String issue(@PathVariable String newspaper, @PathVariable String date, Model model) {
		return issue(PrintedName.of(newspaper), IssueDates.parse(date), model);
	}

	private String issue(String newspaper, LocalDate day, Model model) {
		Optional<String> renamed = archive.issueMovedTo(newspaper, day);
		if (renamed.isPresent()) {
			// A saved link to a paper renamed or merged into another goes on to the same day under its name now.
			return "redirect:" + IssueLinks.issue(renamed.get(), day);
		}
		ArchiveApi.IssueView issue = archive.issueView(newspaper, day)
			.orElseThrow(() -> archive.issueHadDeletedPages(newspaper, day)
					? new GoneException("the issue of " + newspaper + " of " + day + " was deleted", "/issues",
							"error.goneIssuesLink", "error.gone.issue", newspaper, day.toString())
					: new NotFoundException("an issue of " + newspaper + " of " + day));
		model.addAttribute("issue", issue.issue());
		model.addAttribute("pages", issue.pages());
		model.addAttribute("previous", archive.issueBefore(newspaper, day).orElse(null));
		model.addAttribute("next", archive.issueAfter(newspaper, day).orElse(null));
		model.addAttribute("pastYears", archive.sameDayOtherYears(newspaper, day));
		return VIEW_ISSUE;
	}

	/** Links to issues, for templates and redirects. */
	static final class IssueLinks {

		private IssueLinks() {
		}

		static String issue(String newspaper, LocalDate date) {
			return UriComponentsBuilder.fromPath("/issues/{paper}/{date}").buildAndExpand(newspaper, date).encode().toUriString();
		}

	}

}
