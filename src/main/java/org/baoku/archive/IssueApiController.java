package org.baoku.archive;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.baoku.web.ApiErrors;
import org.baoku.web.BadRequestException;
import org.baoku.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/issues?year=[&month=][&newspaper=]}: the issues of a year or month with their page counts;
 * {@code GET /api/issues/{date}} and {@code /api/issues/{newspaper}/{date}}: an issue's pages with their articles.
 */
@RestController
@Tag(name = "Archive", description = "Issues, pages and articles as stored")
class IssueApiController {

	private final ArchiveApi archive;

	IssueApiController(ArchiveApi archive) {
		this.archive = archive;
	}

	record IssueRow(String newspaper, String date, int pages, int articles, String url) {
	}

	record Issues(int year, Integer month, List<IssueRow> issues) {
	}

	record ArticleRow(long id, int position, String kicker, String headline, String subtitle, String byline,
			List<String> reporters, String firstLine, String url) {
	}

	record PageRow(long id, String page, List<ArticleRow> articles, String url) {
	}

	record Issue(String newspaper, String date, List<PageRow> pages, String previous, String next) {
	}

	@GetMapping("/api/issues")
	@Operation(summary = "The issues of a year or month", description = """
			Every issue of the year (or of one month of it), of every newspaper or of one, by date, with its counts \
			of pages and articles and its page's address.""")
	@ApiResponse(responseCode = "200", description = "The issues, by date and newspaper")
	@ApiErrors.BadRequest
	@ApiErrors.SignInRequired
	Issues issues(@Parameter(description = "The year, 1 to 9999") @RequestParam int year,
			@Parameter(description = "A month of it, 1 to 12 (none: the whole year)") @RequestParam(required = false) Integer month,
			@Parameter(description = "Only this newspaper's issues (none: every newspaper's)") @RequestParam(required = false) String newspaper) {
		if (year < 1 || year > 9999) {
			throw new BadRequestException("year must be between 1 and 9999");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new BadRequestException("month must be between 1 and 12");
		}
		LocalDate first = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
		LocalDate last = month == null ? LocalDate.of(year, 12, 31) : first.plusMonths(1).minusDays(1);
		List<String> papers = newspaper == null ? archive.newspapers()
				: List.of(archive.nameNow(PrintedName.of(newspaper)));
		List<IssueRow> rows = papers.stream()
			.flatMap(p -> archive.issuesBetween(p, first, last).stream())
			.sorted(Comparator.comparing(IssueSummary::date).thenComparing(IssueSummary::newspaper))
			.map(i -> new IssueRow(i.newspaper(), i.date().toString(), i.pageCount(), i.articleCount(),
					IssueController.IssueLinks.issue(i.newspaper(), i.date())))
			.toList();
		return new Issues(year, month, rows);
	}

	@GetMapping("/api/issues/{date:\\d{4}-\\d{1,2}-\\d{1,2}}")
	@Operation(summary = "The issue of a date", description = """
			The one issue printed on the date, its pages with their articles, and the dates of the paper's issues \
			before and after it. When several newspapers have an issue of that date, ask for /api/issues/{newspaper}/{date}.""")
	@ApiResponse(responseCode = "200", description = "The issue")
	@ApiErrors.BadRequest
	@ApiErrors.NotFound
	@ApiErrors.SignInRequired
	Issue onDate(@Parameter(description = "The date, YYYY-MM-DD") @PathVariable String date) {
		LocalDate day = IssueDates.parse(date);
		List<IssueSummary> issues = archive.issuesOn(day);
		if (issues.isEmpty()) {
			throw new NotFoundException("an issue of " + day);
		}
		if (issues.size() > 1) {
			throw new BadRequestException("several newspapers have an issue of " + day + " ("
					+ String.join(", ", issues.stream().map(IssueSummary::newspaper).toList())
					+ "); ask for /api/issues/{newspaper}/" + day);
		}
		return issue(issues.get(0).newspaper(), day);
	}

	@GetMapping("/api/issues/{newspaper}/{date}")
	@Operation(summary = "A newspaper's issue of a date", description = """
			The newspaper's issue printed on the date: its pages with their articles, and the dates of its issues \
			before and after it.""")
	@ApiResponse(responseCode = "200", description = "The issue")
	@ApiErrors.BadRequest
	@ApiErrors.NotFound
	@ApiErrors.SignInRequired
	@ApiResponse(responseCode = "308",
			description = "The paper was renamed or merged into another: the same day under its name now (Location)")
	ResponseEntity<Issue> issue(
			@Parameter(description = "The newspaper's name (URL-encoded)") @PathVariable String newspaper,
			@Parameter(description = "The date, YYYY-MM-DD") @PathVariable String date) {
		String paper = PrintedName.of(newspaper);
		LocalDate day = IssueDates.parse(date);
		Optional<String> renamed = archive.issueMovedTo(paper, day);
		if (renamed.isPresent()) {
			// A saved link to a paper since renamed or merged: the same day under the paper's name now, for good.
			return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
				.location(URI.create("/api" + IssueController.IssueLinks.issue(renamed.get(), day)))
				.build();
		}
		return ResponseEntity.ok(issue(paper, day));
	}

	private Issue issue(String newspaper, LocalDate day) {
		ArchiveApi.IssueView view = archive.issueView(newspaper, day)
			.orElseThrow(() -> new NotFoundException("an issue of " + newspaper + " of " + day));
		List<PageRow> pages = view.pages()
			.stream()
			.map(p -> new PageRow(p.page().id(), p.page().pageLabel(), p.articles()
				.stream()
				.map(a -> new ArticleRow(a.id(), a.position(), a.kicker(), a.headline(), a.subtitle(), a.byline(),
						a.reporters(), a.firstLine(), "/articles/" + a.id()))
				.toList(), "/pages/" + p.page().id()))
			.toList();
		return new Issue(newspaper, day.toString(), pages,
				archive.issueBefore(newspaper, day).map(i -> i.date().toString()).orElse(null),
				archive.issueAfter(newspaper, day).map(i -> i.date().toString()).orElse(null));
	}

}
