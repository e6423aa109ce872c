package org.baoku.ingest.bulk;

import java.util.List;

import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitArticle;

/**
 * One article of a dry run's split, as the admin checks it before committing: its headline, byline names, whether
 * it is a photo item, the officials it names and why the splitter doubts it.
 */
public record ArticlePreview(String headline, String dateline, List<String> reporters, boolean photo,
		List<String> officials, List<Doubts.Code> doubts, int bodyChars) {

	static ArticlePreview of(ParsedArticle parsed) {
		SplitArticle a = parsed.article();
		return new ArticlePreview(a.headline().full(), a.dateline() == null ? "" : a.dateline(), a.reporterNames(),
				a.isPhoto(), parsed.officials().stream().map(o -> o.title() + " " + o.name()).toList(),
				a.doubts().stream().map(Doubts::code).toList(), a.body().length());
	}

	public boolean doubtful() {
		return !doubts.isEmpty();
	}

}
