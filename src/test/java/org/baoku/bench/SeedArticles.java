package org.baoku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.baoku.archive.ArticleView;
import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.SeedManifest;

/** The articles of a folder of raw pages with a manifest, parsed as ingest would, without a database. */
public final class SeedArticles {

	private SeedArticles() {
	}

	public static List<ArticleView> read(Path seedsDir) throws IOException {
		PageParser parser = new PageParser();
		List<ArticleView> articles = new ArrayList<>();
		long page = 0;
		for (SeedManifest.Entry entry : SeedManifest.read(seedsDir.resolve("manifest.csv")).entries()) {
			page++;
			int position = 0;
			for (ParsedArticle parsed : parser.parse(Files.readAllBytes(seedsDir.resolve(entry.file()))).articles()) {
				var a = parsed.article();
				articles.add(new ArticleView(articles.size() + 1, page, entry.newspaper(), entry.date(), entry.page(),
						++position, a.headline().kicker(), a.headline().main(), a.headline().subtitle(), a.dateline(),
						null, a.byline(), a.body(), a.confidence(), a.doubts(), a.reporterNames(),
						parsed.officials().stream().map(o -> new ArticleView.OfficialTitle(o.name(), o.title())).toList()));
			}
		}
		return articles;
	}

}
