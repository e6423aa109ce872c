package org.baoku.archive;

import org.baoku.search.SearchApi;
import org.baoku.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One article, and the pages of an issue with their articles in page order. */
@Controller
class ArticleController {

	private static final String VIEW_ARTICLE = "articles/detail";

	private static final String VIEW_ISSUES = "issues/list";

	private static final String VIEW_ISSUE = "issues/detail";

	private static final int RELATED = 6;

	private final ArchiveApi archive;

	private final SearchApi search;

	ArticleController(ArchiveApi archive, SearchApi search) {
		this.archive = archive;
		this.search = search;
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable long id, Model model) {
		ArticleView article = archive.articleOrGone(id);
		model.addAttribute("article", article);
		model.addAttribute("related", search.related(article, RELATED));
		return VIEW_ARTICLE;
	}

	@GetMapping("/issues")
	String issues(Model model) {
		model.addAttribute("issues", archive.issues());
		return VIEW_ISSUES;
	}

	@GetMapping("/issues/{id}")
	String issue(@PathVariable long id, Model model) {
		ArchiveApi.IssuePage page = archive.issuePage(id).orElseThrow(() -> new NotFoundException("issue " + id));
		model.addAttribute("issue", page.issue());
		model.addAttribute("articles", page.articles());
		return VIEW_ISSUE;
	}

}
