package org.baoku.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The search page: a query box, the number of matches, highlighted results and pages of them. */
@Controller
class SearchController {

	private static final String VIEW_RESULTS = "search/results";

	private static final String VIEW_HELP = "search/help";

	private static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);

	private final SearchApi search;

	SearchController(SearchApi search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@ModelAttribute SearchParams params, Model model) {
		SearchResult result = search.search(params.toRequest());
		model.addAttribute("q", result.request().query());
		model.addAttribute("params", params);
		// Feed readers find the search's feed in the page's head.
		model.addAttribute("feedUrl", params.feed());
		model.addAttribute("result", result);
		model.addAttribute("words", search.wordsOf(result.request().query()));
		model.addAttribute("orders", result.request().query().isEmpty()
				? List.of(SearchRequest.Order.NEWEST, SearchRequest.Order.OLDEST) : List.of(SearchRequest.Order.values()));
		model.addAttribute("sizes", PAGE_SIZES);
		return VIEW_RESULTS;
	}

	@GetMapping("/search/help")
	String help() {
		return VIEW_HELP;
	}

}
