package org.baoku.archive;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/articles/{id}}: one article as JSON. */
@RestController
class ArticleApiController {

	private final ArchiveApi archive;

	ArticleApiController(ArchiveApi archive) {
		this.archive = archive;
	}

	record Headline(String kicker, String main, String subtitle) {
	}

	record Article(long id, String date, String newspaper, String page, Headline headline, String dateline,
			String eventDate, String byline, List<String> reporters, List<ArticleView.OfficialTitle> officials, String body,
			double confidence) {
	}

	@GetMapping("/api/articles/{id}")
	Article article(@PathVariable long id) {
		ArticleView a = archive.articleOrGone(id);
		return new Article(a.id(), a.date().toString(), a.newspaper(), a.pageLabel(),
				new Headline(a.kicker(), a.headline(), a.subtitle()), a.dateline(),
				a.eventDate() == null ? null : a.eventDate().toString(), a.byline(), a.reporters(),
				a.officials(), a.body(), a.confidence());
	}

}
