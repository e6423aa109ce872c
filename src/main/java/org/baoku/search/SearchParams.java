package org.baoku.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The search as it stands in the URL, so a search is shareable and the back button works: {@code q},
 * {@code newspaper}/{@code reporter}/{@code official} (repeatable, OR within, AND across), {@code xreporter}/{@code xofficial}
 * (excluded values), {@code year} (repeatable, OR), {@code from}/{@code to} (YYYY-MM-DD), {@code page}, {@code size}, {@code fsize} (facet values
 * shown). A date that does not parse is ignored, never an error page.
 */
public record SearchParams(
		@Parameter(description = "The words to find; \"a phrase\" in quotes, -word to leave out (empty: every article)") String q,
		@Parameter(description = "Only these newspapers (repeatable: any of them)") List<String> newspaper,
		@Parameter(description = "Only articles by these reporters (repeatable: any of them)") List<String> reporter,
		@Parameter(description = "Only articles naming these officials (repeatable: any of them)") List<String> official,
		@Parameter(description = "Leave out articles by these reporters (repeatable)") List<String> xreporter,
		@Parameter(description = "Leave out articles naming these officials (repeatable)") List<String> xofficial,
		@Parameter(description = "Only these years (repeatable: any of them)") List<String> year,
		@Parameter(description = "Printed on or after this date, YYYY-MM-DD (ignored when it does not parse)") String from,
		@Parameter(description = "Printed on or before this date, YYYY-MM-DD (ignored when it does not parse)") String to,
		@Parameter(description = "The order: rel (relevance, the default), new (newest first) or old (oldest first)") String sort,
		@Parameter(description = "The page of hits, from 1") String page,
		@Parameter(description = "Hits per page, 1 to 100 (default 10)") String size,
		@Parameter(description = "Values counted per facet, up to 200") String fsize) {

	public SearchParams {
		q = q == null ? "" : q.strip();
		newspaper = newspaper == null ? List.of() : List.copyOf(newspaper);
		reporter = reporter == null ? List.of() : List.copyOf(reporter);
		official = official == null ? List.of() : List.copyOf(official);
		xreporter = xreporter == null ? List.of() : List.copyOf(xreporter);
		xofficial = xofficial == null ? List.of() : List.copyOf(xofficial);
		year = year == null ? List.of() : List.copyOf(year);
	}

	/** The longest results address read back ({@link #ofAddress}). */
	static final int MAX_ADDRESS = 4000;

	/**
	 * The search a results address stands for ({@code /search?…}, as {@link #self()} writes it), read as the results
	 * page reads its parameters, on its first page.
	 *
	 * @throws IllegalArgumentException when the address is not a readable address of the results page
	 */
	static SearchParams ofAddress(String address) {
		if (address == null || !(address.equals("/search") || address.startsWith("/search?"))
				|| address.length() > MAX_ADDRESS) {
			throw new IllegalArgumentException("query must be the address of a results page, \"/search?…\"");
		}
		try {
			MultiValueMap<String, String> raw = UriComponentsBuilder.fromUriString(address).build().getQueryParams();
			return new SearchParams(first(raw, "q"), all(raw, "newspaper"), all(raw, "reporter"), all(raw, "official"),
					all(raw, "xreporter"), all(raw, "xofficial"), all(raw, "year"), first(raw, "from"),
					first(raw, "to"), first(raw, "sort"), null, first(raw, "size"), first(raw, "fsize"));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("query is not a readable address: " + ex.getMessage(), ex);
		}
	}

	private static String first(MultiValueMap<String, String> raw, String name) {
		List<String> values = all(raw, name);
		return values.isEmpty() ? null : values.get(0);
	}

	private static List<String> all(MultiValueMap<String, String> raw, String name) {
		List<String> values = raw.get(name);
		return values == null ? List.of()
				: values.stream().map(v -> v == null ? "" : UriUtils.decode(v, StandardCharsets.UTF_8)).toList();
	}

	SearchRequest toRequest() {
		return new SearchRequest(q, newspaper, reporter, official, xreporter, xofficial, date(from), date(to), year,
				SearchRequest.Order.of(sort), number(page, 1), number(size, 10), number(fsize, 0));
	}

	/** A page number or size that does not parse counts as not given. */
	static int number(String text, int otherwise) {
		try {
			return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** This search with one more value of a parameter, back on the first page. */
	public String with(String name, String value) {
		return url(name, value, true);
	}

	/** This search without one value of a parameter, back on the first page. */
	public String without(String name, String value) {
		return url(name, value, false);
	}

	/** This search in another order, from the first page. */
	public String sorted(String order) {
		return new SearchParams(q, newspaper, reporter, official, xreporter, xofficial, year, from, to, order, null, size, fsize).url(null,
				null, true);
	}

	/** This search with another page size, from the first page. */
	public String sized(int pageSize) {
		return new SearchParams(q, newspaper, reporter, official, xreporter, xofficial, year, from, to, sort, null,
				Integer.toString(pageSize), fsize)
			.url(null, null, true);
	}

	/** The same words with no facet or date filter: what a reader tries after finding nothing. */
	public String withoutFilters() {
		return new SearchParams(q, null, null, null, null, null, null, null, null, sort, null, size, null).url(null, null, true);
	}

	/** Where this search's Atom feed is (its newest articles, for a feed reader). */
	public String feed() {
		return url(null, null, true).replaceFirst("^/search", "/search.atom");
	}

	/** Where the export of every hit of this search is. */
	public String export(String format) {
		return url(null, null, true).replaceFirst("^/search", "/search/export." + format);
	}

	/** This search restricted to one month (a histogram bar); a label that is no month leaves the search as is. */
	public String month(String yearMonth) {
		LocalDate first = date(yearMonth + "-01");
		return first == null ? url(null, null, true) : between(first, first.plusMonths(1).minusDays(1));
	}

	/** Histogram bars link to their month: this search narrowed to it. */
	public Function<String, String> monthLink() {
		return this::month;
	}

	/** An article found by this search: its words are marked there, and it leads back to these results. */
	public String article(long id) {
		// Values go in as URI variables, so their own & and = are encoded too.
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/articles/{id}");
		if (!q.isEmpty()) {
			link.queryParam("q", "{q}");
		}
		link.queryParam("back", "{back}");
		return link.encode()
			.buildAndExpand(q.isEmpty() ? Map.of("id", id, "back", self())
					: Map.of("id", id, "q", q, "back", self()))
			.toUriString();
	}

	/** This search as it stands, on the page it is on: where "back to results" leads. */
	public String self() {
		return url(null, null, true);
	}

	private String between(LocalDate first, LocalDate last) {
		return new SearchParams(q, newspaper, reporter, official, xreporter, xofficial, year, first.toString(), last.toString(), sort,
				null, size, fsize)
			.url(null, null, true);
	}

	public String page(int number) {
		return new SearchParams(q, newspaper, reporter, official, xreporter, xofficial, year, from, to, sort, Integer.toString(number),
				size, fsize)
			.url(null, null, true);
	}

	private String url(String name, String value, boolean add) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
		if (!q.isEmpty()) {
			uri.queryParam("q", q);
		}
		for (String param : List.of("newspaper", "reporter", "official", "xreporter", "xofficial", "year")) {
			List<String> values = new ArrayList<>(values(param));
			if (param.equals(name)) {
				values.remove(value);
				if (add) {
					values.add(value);
				}
			}
			values.forEach(v -> uri.queryParam(param, v));
		}
		String fromValue = "from".equals(name) ? (add ? value : null) : from;
		String toValue = "to".equals(name) ? (add ? value : null) : to;
		if (fromValue != null && !fromValue.isBlank()) {
			uri.queryParam("from", fromValue);
		}
		if (toValue != null && !toValue.isBlank()) {
			uri.queryParam("to", toValue);
		}
		if (name == null && number(page, 1) > 1) {
			uri.queryParam("page", number(page, 1));
		}
		if (sort != null && !sort.isBlank()) {
			uri.queryParam("sort", sort);
		}
		if (size != null) {
			uri.queryParam("size", size);
		}
		if ("fsize".equals(name) || fsize != null) {
			uri.queryParam("fsize", "fsize".equals(name) ? value : fsize);
		}
		return uri.encode().build().toUriString();
	}

	private List<String> values(String param) {
		return switch (param) {
			case "newspaper" -> newspaper;
			case "reporter" -> reporter;
			case "official" -> official;
			case "xreporter" -> xreporter;
			case "year" -> year;
			default -> xofficial;
		};
	}

}
