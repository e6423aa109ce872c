package org.baoku.admin;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baoku.ingest.split.Doubts;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where an editor stood in the review list (its paper, days, reason and order), carried through the correction pages
 * as a {@code queue} parameter so that saving a correction goes back to the same list, not to the whole queue in page
 * order. Only the list's own parameters are kept, and the path is always the list's.
 */
record QueueView(Map<String, String> parameters) {

	private static final List<String> KEPT = List.of("newspaper", "from", "to", "reason", "order");

	private static final String LIST = "/admin/review";

	QueueView {
		parameters = Map.copyOf(parameters);
	}

	/** The list's parameters as the list was asked for; a blank one and the default order are left out. */
	static QueueView of(String newspaper, Object from, Object to, String reason, String order) {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "newspaper", newspaper);
		put(parameters, "from", from == null ? null : from.toString());
		put(parameters, "to", to == null ? null : to.toString());
		put(parameters, "reason", reason);
		put(parameters, "order", "page".equals(order) ? null : order);
		return new QueueView(parameters);
	}

	/** A {@code queue} parameter as {@link #query()} wrote it; anything but the list's parameters is dropped. */
	static QueueView parse(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query != null && !query.isBlank()) {
			UriComponentsBuilder.fromUriString("?" + query)
				.build()
				.getQueryParams()
				.forEach((name, values) -> {
					if (KEPT.contains(name) && !values.isEmpty() && values.get(0) != null) {
						String value = decoded(values.get(0));
						put(parameters, name, value != null && listTakes(name, value) ? value : null);
					}
				});
		}
		return new QueueView(parameters);
	}

	/**
	 * Whether the list takes this value: a done correction must not lead to a refusal, so a day that is no date, an
	 * order or a reason the list does not know is dropped.
	 */
	private static boolean listTakes(String name, String value) {
		return switch (name) {
			case "from", "to" -> {
				try {
					LocalDate.parse(value);
					yield true;
				}
				catch (DateTimeParseException ex) {
					yield false;
				}
			}
			case "order" -> value.equals("page") || value.equals("doubt");
			case "reason" -> Doubts.storedStart(value).isPresent();
			default -> true;
		};
	}

	/** A value as the list would read it; one that is not percent-encoded right is dropped (null), not an error. */
	private static String decoded(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null && !value.isBlank()) {
			parameters.put(name, value);
		}
	}

	/** The parameters as a query string, in the list's order, each encoded; empty for the whole queue. */
	String query() {
		StringBuilder query = new StringBuilder();
		for (String name : KEPT) {
			String value = parameters.get(name);
			if (value != null) {
				query.append(query.isEmpty() ? "" : "&").append(name).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		return query.toString();
	}

	/** The review list as the editor left it. */
	String listPath() {
		String query = query();
		return query.isEmpty() ? LIST : LIST + "?" + query;
	}

	/** An article's correction form, still knowing the list. */
	String articlePath(long id) {
		String query = query();
		return LIST + "/articles/" + id + (query.isEmpty() ? "" : "?queue=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
	}

}
