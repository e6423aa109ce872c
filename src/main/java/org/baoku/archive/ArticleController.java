package org.baoku.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One article: its place in the issue (previous and next article), a citation, the searched words marked when
 * the reader came from a search, and the way back to those results.
 */
@Controller
class ArticleController {

	private static final String VIEW_ARTICLE = "articles/detail";

	private static final int RELATED = 6;

	private final ArchiveApi archive;

	private final ArticleSearchHelp search;

	private final MessageSource messages;

	private final PageScanRepository scans;

	ArticleController(ArchiveApi archive, ArticleSearchHelp search, MessageSource messages, PageScanRepository scans) {
		this.archive = archive;
		this.scans = scans;
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String back, Model model, Locale locale) {
		ArticleView article = archive.articleOrGone(id);
		List<String> words = q == null ? List.of() : search.wordsOf(q);
		List<Long> reading = archive.articleIdsOfIssue(article.newspaper(), article.date());
		int at = reading.indexOf(article.id());
		model.addAttribute("article", article);
		model.addAttribute("scan", scans.scanOf(article.pageId()).orElse(null));
		model.addAttribute("headline", MarkedText.words(article.headline(), words));
		model.addAttribute("blocks", article.blocks().stream().map(b -> new MarkedBlock(MarkedText.words(b.text(), words), b.heading())).toList());
		model.addAttribute("words", words);
		model.addAttribute("q", q == null ? "" : q);
		String safeBack = safeBack(back);
		model.addAttribute("previous", at > 0 ? link(reading.get(at - 1), q, safeBack) : null);
		model.addAttribute("next", at >= 0 && at < reading.size() - 1 ? link(reading.get(at + 1), q, safeBack) : null);
		model.addAttribute("back", safeBack);
		model.addAttribute("citation", Citation.gbt7714(article, messages.getMessage("article.untitled", null, locale)));
		model.addAttribute("related", search.related(article, RELATED));
		return VIEW_ARTICLE;
	}

	/** A neighbour in the issue, keeping the search the reader came from. */
	static String link(long id, String q, String back) {
		// Values go in as URI variables, so their own & and = are encoded too.
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/articles/{id}");
		Map<String, Object> values = new HashMap<>(Map.of("id", id));
		if (q != null && !q.isBlank()) {
			link.queryParam("q", "{q}");
			values.put("q", q);
		}
		if (back != null) {
			link.queryParam("back", "{back}");
			values.put("back", back);
		}
		return link.encode().buildAndExpand(values).toUriString();
	}

	/** A paragraph or subheading with the searched words marked. */
	record MarkedBlock(MarkedText text, boolean heading) {
	}

	/** Only a link back into this app's search is kept, so the parameter cannot send readers elsewhere. */
	static String safeBack(String back) {
		if (back == null || !(back.equals("/search") || back.startsWith("/search?")) || back.contains("\\")) {
			return null;
		}
		return back;
	}

}
