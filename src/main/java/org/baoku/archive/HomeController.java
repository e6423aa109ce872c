package org.baoku.archive;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a search box, what the archive holds, its latest issues and this day in past years. */
@Controller
class HomeController {

	private static final String VIEW_HOME = "home";

	private static final int LATEST = 8;

	private final ArchiveApi archive;

	private final Clock clock = Clock.systemDefaultZone();

	HomeController(ArchiveApi archive) {
		this.archive = archive;
	}

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now(clock);
		ArchiveCounts counts = archive.counts();
		model.addAttribute("counts", counts);
		// The home page's own large search box is the one: the header's is left out there.
		model.addAttribute("searchInPage", true);
		// An empty archive says why it is empty (no sample pages found at the first start, or their ingest was off).
		String note = counts.pages() == 0 ? archive.startNote().orElse(null) : null;
		if (note != null && note.indexOf(':') > 0) {
			model.addAttribute("startNote", "home.start." + note.substring(0, note.indexOf(':')));
			model.addAttribute("startDetail", note.substring(note.indexOf(':') + 1));
		}
		model.addAttribute("latest", archive.latestIssues(LATEST));
		model.addAttribute("histogram", archive.articlesPerMonth());
		model.addAttribute("today", today);
		model.addAttribute("pastYears", archive.sameDayOtherYears(null, today));
		return VIEW_HOME;
	}

}
