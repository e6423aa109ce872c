package org.baoku.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=&page=&size=}: the same search as the page, as JSON. */
@RestController
class SearchApiController {

	private final SearchApi search;

	SearchApiController(SearchApi search) {
		this.search = search;
	}

	record Hit(long id, String date, String headline, List<String> reporters, List<String> officials, String snippet) {
	}

	record Response(long total, int page, int size, List<Hit> hits) {
	}

	@GetMapping("/api/search")
	Response search(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
		SearchResult result = search.search(new SearchRequest(query, page, size));
		List<Hit> hits = result.hits()
			.stream()
			.map(h -> new Hit(h.id(), h.date(), h.headline(), h.reporters(), h.officials(), h.snippetHtml()))
			.toList();
		return new Response(result.total(), result.request().page(), result.request().size(), hits);
	}

}
