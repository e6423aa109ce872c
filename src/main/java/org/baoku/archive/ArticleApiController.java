package org.baoku.archive;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.baoku.web.ApiErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/articles/{id}}: one article as JSON. */
@RestController
@Tag(name = "Archive", description = "Issues, pages and articles as stored")
class ArticleApiController {

	private final ArchiveApi archive;

	ArticleApiController(ArchiveApi archive) {
		this.archive = archive;
	}

	record Headline(String kicker, String main, String subtitle) {
	}

	record Article(long id, String date, String newspaper, String page, Headline headline, String dateline,
			String eventDate, String byline, List<String> reporters, List<ArticleView.OfficialTitle> officials, String body,
			double confidence, Ocr ocr) {
	}

	/**
	 * For text OCR read from a scanned page (null for printed text): the lines it read within the article's regions,
	 * each with its box in PDF points, OCR's score for the line, and whether OCR was unsure of it. The article's own
	 * confidence (its split and OCR's reading) is {@code confidence}, as everywhere.
	 */
	record Ocr(List<PageScan.ReadLine> lines) {
	}

	@GetMapping("/api/articles/{id}")
	@Operation(summary = "One article", description = """
			An article as stored: where it was printed (newspaper, date, page), its headline, dateline, byline and \
			reporters, the officials named in it with their titles, its body and its confidence (0 to 1: how sure the \
			archive is of it, its split and, for text read by OCR, OCR's reading; the figure its page and the review list \
			show); for an article read by OCR from a scanned page, the lines OCR read with their scores (ocr, null for \
			printed text).""")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiErrors.NotFound
	@ApiErrors.Gone
	@ApiErrors.BadRequest
	@ApiErrors.SignInRequired
	Article article(@Parameter(description = "The article's id (as in its permalink /articles/{id})") @PathVariable long id) {
		ArticleView a = archive.articleOrGone(id);
		return new Article(a.id(), a.date().toString(), a.newspaper(), a.pageLabel(),
				new Headline(a.kicker(), a.headline(), a.subtitle()), a.dateline(),
				a.eventDate() == null ? null : a.eventDate().toString(), a.byline(), a.reporters(),
				a.officials(), a.body(), a.articleConfidence(), ocr(a));
	}

	private Ocr ocr(ArticleView a) {
		if (!a.ocr()) {
			return null;
		}
		List<PageScan.ReadLine> lines = archive.scanOf(a.pageId()).map(s -> s.ocrLinesOf(a.id())).orElse(List.of());
		return new Ocr(lines);
	}

}
