package org.baoku.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.baoku.web.ApiErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&newspaper=&reporter=&official=&from=&to=&page=&size=}: the same search as the page, as JSON, with
 * the facet counts next to the hits.
 */
@RestController
@Tag(name = "Search", description = "Full-text search of the articles, its exports and its Atom feed")
class SearchApiController {

	private final SearchApi search;

	SearchApiController(SearchApi search) {
		this.search = search;
	}

	/**
	 * A hit; {@code ocr} marks text read by OCR from a scanned page, given with the article's confidence (0 to 1, as
	 * on its page and in the review list; null for printed text).
	 */
	record Hit(long id, String newspaper, String date, String page, String headline, List<String> reporters,
			List<String> officials, String snippet, boolean ocr, Double confidence) {
	}

	record Response(long total, int page, int size, List<Hit> hits, Map<String, List<SearchFacets.FacetCount>> facets,
			String understood, List<String> notices) {
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search the articles", description = """
			The same search as the search page, one page of hits at a time, with the facet counts (newspaper, \
			reporter, official, year, month) of the whole result next to them. Words match as written in Simplified \
			or Traditional characters; "quotes" for a phrase, -word to exclude. Values that do not parse are ignored, \
			with a notice. A hit read by OCR from a scanned page says so (ocr) with the article's confidence (confidence, \
			0 to 1: its split and OCR's reading, as on the article's page and in the review list).""")
	@ApiResponse(responseCode = "200", description = "The hits, their total and the facets")
	@ApiErrors.BadRequest
	@ApiErrors.SignInRequired
	@ApiErrors.Unavailable
	Response search(@ParameterObject @ModelAttribute SearchParams params) {
		SearchResult result = search.search(params.toRequest());
		List<Hit> hits = result.hits()
			.stream()
			.map(h -> new Hit(h.id(), h.newspaper(), h.date(), h.page(), h.headline(), h.reporters(), h.officials(),
					h.snippetHtml(), h.ocr(), h.ocrConfidence()))
			.toList();
		SearchFacets f = result.facets();
		Map<String, List<SearchFacets.FacetCount>> facets = new LinkedHashMap<>();
		facets.put("newspaper", f.newspaper());
		facets.put("reporter", f.reporter());
		facets.put("official", f.official());
		facets.put("year", f.year());
		facets.put("month", f.month());
		return new Response(result.total(), result.request().page(), result.request().size(), hits, facets,
				result.understood(), result.notices().stream().map(n -> n.text).toList());
	}

}
