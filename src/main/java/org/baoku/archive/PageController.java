package org.baoku.archive;

import java.util.List;

import org.baoku.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One printed page: its articles in page order, the other pages of its issue, and its raw text. */
@Controller
class PageController {

	private static final String VIEW_PAGE = "pages/detail";

	private static final String VIEW_TEXT = "pages/text";

	private final ArchiveApi archive;

	PageController(ArchiveApi archive) {
		this.archive = archive;
	}

	@GetMapping("/pages/{id}")
	String page(@PathVariable long id, Model model) {
		ArchiveApi.PageView view = archive.pageView(id).orElseThrow(() -> new NotFoundException("page " + id));
		model.addAttribute("page", view.page());
		model.addAttribute("articles", view.articles());
		addSiblings(view.page(), model);
		return VIEW_PAGE;
	}

	/** The page's text as ingested; with {@code article}, that article's headline and body marked in it. */
	@GetMapping("/pages/{id}/text")
	String text(@PathVariable long id, @RequestParam(required = false) Long article, Model model) {
		ArchiveApi.PageView view = archive.pageView(id).orElseThrow(() -> new NotFoundException("page " + id));
		String raw = archive.rawText(id).orElseThrow(() -> new NotFoundException("page " + id));
		ArticleView marked = article == null ? null
				: view.articles().stream().filter(a -> a.id() == article).findFirst().orElse(null);
		List<int[]> spans = marked == null ? List.of()
				: RawTextSpans.find(raw, List.of(marked.headline(), marked.body()));
		model.addAttribute("page", view.page());
		model.addAttribute("article", marked);
		model.addAttribute("raw", MarkedText.spans(raw, spans));
		addSiblings(view.page(), model);
		return VIEW_TEXT;
	}

	private void addSiblings(PageSummary page, Model model) {
		List<PageSummary> pages = archive.pagesOf(page.newspaper(), page.date());
		int at = pages.stream().map(PageSummary::id).toList().indexOf(page.id());
		model.addAttribute("pages", pages);
		model.addAttribute("previousPage", at > 0 ? pages.get(at - 1) : null);
		model.addAttribute("nextPage", at >= 0 && at < pages.size() - 1 ? pages.get(at + 1) : null);
	}

}
