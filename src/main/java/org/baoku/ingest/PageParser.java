package org.baoku.ingest;

import java.util.List;
import java.util.Set;

import org.baoku.ingest.entity.OfficialExtractor;
import org.baoku.ingest.split.PageSplitter;
import org.baoku.ingest.split.SplitArticle;
import org.baoku.ingest.split.SplitPage;

/** The ingest pipeline up to storage: decode → lines → blocks → articles → entities. */
public final class PageParser {

	private final PageSplitter splitter;

	private final OfficialExtractor officials;

	public PageParser() {
		this(Set.of(), Set.of());
	}

	/**
	 * @param knownReporters reporters already in the archive (the gazetteer that settles glued bylines)
	 * @param knownOfficials officials already in the archive (names taken as they stand after a title)
	 */
	public PageParser(Set<String> knownReporters, Set<String> knownOfficials) {
		this.splitter = new PageSplitter(knownReporters);
		this.officials = new OfficialExtractor(knownOfficials);
	}

	public ParsedPage parse(byte[] raw) {
		return parse(PageDecoder.decode(raw));
	}

	public ParsedPage parse(String text) {
		SplitPage page = splitter.split(text);
		List<ParsedArticle> articles = page.articles().stream().map(this::withOfficials).toList();
		return new ParsedPage(articles, page.banners());
	}

	private ParsedArticle withOfficials(SplitArticle article) {
		String text = article.headline().full() + "\n" + article.body();
		return new ParsedArticle(article, officials.extract(text, article.reporterNames()));
	}

}
