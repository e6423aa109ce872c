package org.baoku.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.baoku.web.ApiErrors;
import org.baoku.web.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /search.atom?…}: any search, with the same parameters as the page, as an Atom feed of its newest
 * {@value #ENTRIES} articles, so a journalist can follow a story, a reporter or an official in a feed reader. Each
 * entry says where the article was printed (newspaper, date, page) and carries its headline, snippet and permalink.
 * Its links and ids start with the configured public URL ({@link PublicUrl}), never the request's host.
 */
@RestController
@Tag(name = "Search", description = "Full-text search of the articles, its exports and its Atom feed")
class SearchFeedController {

	static final int ENTRIES = 50;

	/** Articles carry a date, not a time: an entry is dated at the start of its day where the papers are printed. */
	private static final ZoneId PRINTED_IN = ZoneId.of("Asia/Shanghai");

	private final SearchApi search;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	SearchFeedController(SearchApi search, MessageSource messages, PublicUrl publicUrl) {
		this.search = search;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@GetMapping(value = "/search.atom", produces = "application/atom+xml")
	@Operation(summary = "A search as an Atom feed", description = """
			The newest 50 articles of a search, newest first, as an Atom 1.0 feed for a feed reader: each entry with \
			its headline, where it was printed (newspaper, date, page), its snippet and its permalink. Titles in the \
			reader's language (Accept-Language, or lang=en).""")
	@ApiResponse(responseCode = "200", description = "The feed",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/atom+xml", schema = @Schema(type = "string", description = "An Atom 1.0 feed (RFC 4287)")))
	@ApiErrors.BadRequest
	@ApiErrors.SignInRequired
	@ApiErrors.Unavailable
	Feed feed(@ParameterObject @ModelAttribute SearchParams params, @Parameter(hidden = true) Locale locale) {
		SearchResult result = search.search(params.toRequest().newestFirst(ENTRIES));
		String base = publicUrl.base();
		Feed feed = new Feed("atom_1.0");
		String query = result.request().query();
		feed.setId(base + params.self());
		feed.setTitle(query.isEmpty() ? messages.getMessage("feed.title.all", null, locale)
				: messages.getMessage("feed.title", new Object[] { query }, locale));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", base + params.self())));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + params.feed())));
		List<Entry> entries = new ArrayList<>();
		for (SearchHit hit : result.hits()) {
			entries.add(entry(hit, base, locale));
		}
		feed.setEntries(entries);
		// A feed is as new as its newest article; an empty one is dated now.
		feed.setUpdated(entries.isEmpty() ? new Date() : entries.get(0).getUpdated());
		return feed;
	}

	private Entry entry(SearchHit hit, String base, Locale locale) {
		Entry entry = new Entry();
		String permalink = base + "/articles/" + hit.id();
		entry.setId(permalink);
		entry.setTitle(hit.headline().isBlank() ? messages.getMessage("article.untitled", null, locale) : hit.headline());
		entry.setAlternateLinks(List.of(link("alternate", "text/html", permalink)));
		Date day = Date.from(LocalDate.parse(hit.date()).atStartOfDay(PRINTED_IN).toInstant());
		entry.setUpdated(day);
		entry.setPublished(day);
		String where = String.join(" · ", hit.newspaper(), hit.date(), page(hit.page(), locale));
		Content summary = new Content();
		summary.setType("html");
		summary.setValue("<p>" + HtmlUtils.htmlEscape(where) + "</p><p>" + hit.snippetHtml() + "</p>");
		entry.setSummary(summary);
		Category paper = new Category();
		paper.setTerm(hit.newspaper());
		entry.setCategories(List.of(paper));
		List<SyndPerson> authors = new ArrayList<>();
		for (String reporter : hit.reporters()) {
			Person person = new Person();
			person.setName(reporter);
			authors.add(person);
		}
		entry.setAuthors(authors);
		return entry;
	}

	/** 版次 as the pages show it: "第7版" for a number, "A07版" for a section page. */
	private String page(String label, Locale locale) {
		if (label == null || label.isBlank()) {
			return "";
		}
		return messages.getMessage(label.matches("[0-9]+") ? "issue.page" : "issue.sectionPage", new Object[] { label },
				locale);
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

}
