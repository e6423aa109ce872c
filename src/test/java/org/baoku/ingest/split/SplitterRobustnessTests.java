package org.baoku.ingest.split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The splitter on pages nobody tuned for: the gold pages laid out again (re-wrapped at 14 to 30 characters,
 * reordered, all headlines grouped at the end in shuffled order, letter-spaced and doubled lines). A variant
 * passes when every gold article comes back with its headline, dateline and reporters.
 */
class SplitterRobustnessTests {

	private static final List<String> GOLD_PAGES = List.of("000_5a3c390b5288e55a", "002_f32e70f33cc132e1",
			"004_bd747f9e484e0bad");

	private static final int SEEDS = 25;

	/** The pass rate the splitter reaches today (292 of 300); a change that lowers it fails the build. */
	private static final double FLOOR = 0.973;

	private final PageParser parser = new PageParser();

	@Test
	void variantsOfTheGoldPagesSplitLikeTheOriginals() throws IOException {
		Map<PageVariants.Layout, int[]> tally = new EnumMap<>(PageVariants.Layout.class);
		GoldScorer.Score total = null;
		int passed = 0;
		int variants = 0;
		for (String name : GOLD_PAGES) {
			JsonNode gold = GoldFiles.gold(name);
			PageVariants page = PageVariants.of(Files.readString(Path.of("seeds", name + ".txt")), gold);
			assertThat(page.articleCount()).isEqualTo(gold.get("articles").size());
			for (PageVariants.Layout layout : PageVariants.Layout.values()) {
				for (int seed = 1; seed <= SEEDS; seed++) {
					String variant = page.page(layout, seed * 7919L + name.hashCode());
					GoldScorer.Score score = GoldScorer.score(gold, parser.parse(variant));
					total = total == null ? score : total.plus(score);
					boolean ok = perfect(score);
					if (!ok && Boolean.getBoolean("baoku.showFailures")) {
						Path out = Path.of("target", "variants", "%s-%s-%d.txt".formatted(name.substring(0, 3), layout, seed));
						Files.createDirectories(out.getParent());
						Files.writeString(out, variant);
						System.out.printf("FAILED %s: %s%n", out, score);
					}
					passed += ok ? 1 : 0;
					variants++;
					int[] t = tally.computeIfAbsent(layout, l -> new int[2]);
					t[0] += ok ? 1 : 0;
					t[1]++;
				}
			}
		}
		double rate = (double) passed / variants;
		StringBuilder report = new StringBuilder("robustness: %d/%d variants pass (%.3f)".formatted(passed, variants, rate));
		tally.forEach((layout, t) -> report.append("; %s %d/%d".formatted(layout, t[0], t[1])));
		System.out.println(report);
		System.out.println("robustness articles: " + total);
		assertThat(rate).isGreaterThanOrEqualTo(FLOOR);
	}

	private static boolean perfect(GoldScorer.Score s) {
		return s.matched() == s.gold() && s.predicted() == s.gold() && s.headlines() == s.gold()
				&& s.datelines() == s.gold() && s.reportersFound() == s.reportersGold()
				&& s.reportersPredicted() == s.reportersGold();
	}

}
