package org.baoku.ingest.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.split.GoldFiles;
import org.baoku.ingest.split.GoldScorer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officials precision and recall on the gold pages with each way of finding where a name ends: rules alone, rules
 * with smartcn's word boundaries (the default), rules with HanLP's person-name recognizer. Prints the table.
 */
class OfficialsMeasurementTests {

	private static final List<String> GOLD_PAGES = List.of("000_5a3c390b5288e55a", "002_f32e70f33cc132e1",
			"004_bd747f9e484e0bad");

	private static final Set<String> NOT_SCORED = Set.of("习近平");

	@Test
	void defaultNameFinderScoresAtLeastAsWellAsRulesAlone() throws IOException {
		Map<String, NameFinder> finders = new LinkedHashMap<>();
		finders.put("rules", NameFinder.NONE);
		finders.put("smartcn", NameFinder.SEGMENTER);
		finders.put("hanlp", new HanlpNameFinder());
		Map<String, int[]> tally = new LinkedHashMap<>();
		PageParser parser = new PageParser();
		for (String page : GOLD_PAGES) {
			JsonNode gold = GoldFiles.gold(page);
			List<ParsedArticle> articles = parser.parse(Files.readAllBytes(Path.of("seeds", page + ".txt"))).articles();
			for (JsonNode g : gold.get("articles")) {
				ParsedArticle a = articles.stream().filter(p -> GoldScorer.matches(p.article().body(), g)).findFirst()
					.orElseThrow();
				Set<String> expected = new HashSet<>();
				g.get("officials").forEach(o -> expected.add(o.get("name").asText()));
				expected.removeAll(NOT_SCORED);
				for (Map.Entry<String, NameFinder> finder : finders.entrySet()) {
					Set<String> found = new HashSet<>();
					new OfficialExtractor(finder.getValue())
						.extract(a.article().headline().full() + "\n" + a.article().body(), a.article().reporterNames())
						.forEach(o -> found.add(o.name()));
					found.removeAll(NOT_SCORED);
					int[] t = tally.computeIfAbsent(finder.getKey(), f -> new int[3]);
					t[0] += (int) found.stream().filter(expected::contains).count();
					t[1] += found.size();
					t[2] += expected.size();
				}
			}
		}
		tally.forEach((finder, t) -> System.out.printf("officials with %-9s P %.3f R %.3f (%d found, %d right, %d in gold)%n",
				finder, (double) t[0] / t[1], (double) t[0] / t[2], t[1], t[0], t[2]));
		// On the pages without gold: who each fallback adds to the rules, for a person to judge.
		for (String page : List.of("seeds/001_cab6fc9a5d5706d6.txt", "seeds/003_c5a39f68c5f996b4.txt")) {
			for (ParsedArticle a : parser.parse(Files.readAllBytes(Path.of(page))).articles()) {
				String text = a.article().headline().full() + "\n" + a.article().body();
				Set<String> rules = new HashSet<>();
				new OfficialExtractor(NameFinder.NONE).extract(text, a.article().reporterNames()).forEach(o -> rules.add(o.name()));
				for (Map.Entry<String, NameFinder> finder : finders.entrySet()) {
					Set<String> more = new HashSet<>();
					new OfficialExtractor(finder.getValue()).extract(text, a.article().reporterNames()).forEach(o -> more.add(o.name()));
					more.removeAll(rules);
					if (!more.isEmpty()) {
						System.out.printf("officials %s adds on %s: %s%n", finder.getKey(), page, more);
					}
				}
			}
		}
		int[] chosen = tally.get("smartcn");
		int[] rules = tally.get("rules");
		assertThat((double) chosen[0] / chosen[1]).isGreaterThanOrEqualTo(0.95);
		assertThat((double) chosen[0] / chosen[2]).isGreaterThanOrEqualTo(0.95);
		assertThat(chosen[0]).isGreaterThanOrEqualTo(rules[0]);
	}

}
