package org.baoku.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Known-item searches, as a journalist who remembers part of a headline makes them: a 4–8-character fragment of a
 * random stored article's headline (a run of its characters, no punctuation), searched by relevance with and without
 * the article's year; the figure is the mean reciprocal rank of that article among the first {@value #DEPTH} hits (0
 * past them). The generated archive reuses a few hundred real headlines for all its articles, so an article is one
 * of many with its very headline: the rank is taken of the first hit with that headline (the reader remembers a
 * headline, not an id; a headline the splitter read with more or less around it, doubled bold or run together with
 * the next, still counts as that headline), and the strict rank of the article itself is given beside it.
 */
public final class KnownItems {

	/** How deep the rank is looked for: two pages of twenty. */
	public static final int DEPTH = 40;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** How many searches whose first hit is another headline are printed, to see why. */
	private static final int MISSES_SHOWN = 8;

	/** An article and the fragment of its headline searched for it. */
	public record Item(long id, String headline, String fragment, int year) {
	}

	/**
	 * The mean reciprocal rank over the items of the first hit with the item's headline, how many came first, and the
	 * mean reciprocal rank of the item's own article.
	 */
	public record Ranks(double mrr, int first, int items, double mrrOfTheArticle, List<String> misses) {
	}

	private KnownItems() {
	}

	/** {@code count} articles drawn with {@code seed} from those whose headline has a run of four characters or more. */
	public static List<Item> sample(Connection db, int count, long seed) throws SQLException {
		List<Item> items = new ArrayList<>();
		Random random = new Random(seed);
		String sql = """
				SELECT a.id, a.headline, extract(year FROM i.issue_date)::int
				FROM article a JOIN page p ON p.id = a.page_id JOIN issue i ON i.id = p.issue_id
				WHERE char_length(a.headline) >= 4
				ORDER BY md5(a.id::text || ?) LIMIT ?""";
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, Long.toString(seed));
			statement.setInt(2, count * 2);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next() && items.size() < count) {
					String run = longestRun(rows.getString(2));
					if (run.length() >= 4) {
						int length = Math.min(run.length(), 4 + random.nextInt(5));
						int start = random.nextInt(run.length() - length + 1);
						items.add(new Item(rows.getLong(1), rows.getString(2), run.substring(start, start + length),
								rows.getInt(3)));
					}
				}
			}
		}
		return items;
	}

	/** The longest run of letters and digits in a headline: what a reader would type of it. */
	private static String longestRun(String headline) {
		String best = "";
		for (String run : headline.split("[^\\p{IsAlphabetic}\\p{IsDigit}]+")) {
			if (run.length() > best.length()) {
				best = run;
			}
		}
		return best;
	}

	/** Searches each item over HTTP, with its year as a filter or not. */
	public static Ranks ranks(String base, List<Item> items, boolean withYear) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		double sum = 0;
		double sumOfTheArticle = 0;
		int first = 0;
		List<String> misses = new ArrayList<>();
		for (Item item : items) {
			String url = base + "/api/search?size=" + DEPTH + "&q=" + URLEncoder.encode(item.fragment(), StandardCharsets.UTF_8)
					+ (withYear ? "&year=" + item.year() : "");
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			JsonNode hits = JSON.readTree(response.body()).get("hits");
			boolean headlineFound = false;
			for (int rank = 0; rank < hits.size(); rank++) {
				JsonNode hit = hits.get(rank);
				if (!headlineFound && sameHeadline(hit.get("headline").asText(), item.headline())) {
					headlineFound = true;
					sum += 1.0 / (rank + 1);
					first += rank == 0 ? 1 : 0;
				}
				if (hit.get("id").asLong() == item.id()) {
					sumOfTheArticle += 1.0 / (rank + 1);
				}
			}
			if (misses.size() < MISSES_SHOWN && (hits.isEmpty() || !sameHeadline(hits.get(0).get("headline").asText(),
					item.headline()))) {
				misses.add("%s → %s (first: %s)".formatted(item.fragment(), item.headline(),
						hits.isEmpty() ? "nothing" : hits.get(0).get("headline").asText()));
			}
		}
		int n = Math.max(1, items.size());
		return new Ranks(sum / n, first, items.size(), sumOfTheArticle / n, misses);
	}

	/** One holds the other, white space and dashes aside. */
	private static boolean sameHeadline(String a, String b) {
		String x = plain(a);
		String y = plain(b);
		return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
	}

	private static String plain(String headline) {
		return headline.replaceAll("[\\s—－-]+", "");
	}

}
