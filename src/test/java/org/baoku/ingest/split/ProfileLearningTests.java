package org.baoku.ingest.split;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.profile.ProfileFitter;
import org.baoku.ingest.profile.ProfileFitter.GoldPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper's profile, learned from pages with gold and measured on pages it was not fitted on: the typeset layouts
 * (fitted on 2019-02, scored on the held-out months 2020-02 and 2020-05), the real 人民日报 理论 pages (fitted on
 * three, scored on the other sixteen) as text and as PDFs, and the 西宁晚报 seeds with their layout variants (fitted
 * on three pages, scored on the other two). Prints each set's before/after table; a fit that splits its check pages
 * worse than the default is refused, and a profile pushed far from the default is refused on the seeds. The type
 * the three 理论 PDFs are set in doubts none of the other 理论 PDFs and every page of another paper as a whole.
 */
class ProfileLearningTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProfileFitter fitter = new ProfileFitter(new PageParser());

	@Test
	void profilesFittedOnSomePagesAreMeasuredOnTheOthersAndNeverLandWorseThanTheDefault() throws IOException {
		Path layouts = requireShared("layouts");
		Path real = requireShared("realpages");
		List<String> table = new ArrayList<>();
		table.add("| set | fit on | scored on | default: F1 / headline / dateline / rep R / rep P | profile | numbers set | refused |");
		table.add("| --- | --- | --- | --- | --- | --- | --- |");

		Predicate<String> fitMonth = name -> name.startsWith("rmrb_201902");
		Predicate<String> heldOut = name -> name.startsWith("rmrb_202002") || name.startsWith("rmrb_202005");
		List<GoldPage> layoutText = pages(layouts.resolve("gold"), layouts.resolve("pages"), ".txt");
		measure(table, "layouts text", filter(layoutText, fitMonth), filter(layoutText, heldOut));
		// PDFs are slower to read: six pages of the month to fit on.
		List<GoldPage> layoutPdf = pages(layouts.resolve("gold"), layouts.resolve("pdf"), ".pdf");
		measure(table, "layouts PDF", filter(layoutPdf, fitMonth).subList(0, 6), filter(layoutPdf, heldOut));

		Path realGold = Path.of("src/test/resources/realpages/gold");
		List<GoldPage> realText = pages(realGold, real.resolve("pages"), ".txt");
		measure(table, "人民日报 理论 text", realText.subList(0, 3), realText.subList(3, realText.size()));
		List<GoldPage> realPdf = pages(realGold, real.resolve("pdf"), ".pdf");
		ProfileFitter.Fit theory = measure(table, "人民日报 理论 PDF", realPdf.subList(0, 3), realPdf.subList(3, realPdf.size()));
		// The type the three checked pages are set in: the paper's other pages are like it, other papers' are not.
		List<GoldPage> otherPapers = new ArrayList<>();
		for (Path pdf : List.of(real.resolve("pdf/xsm_20110524_p02.pdf"),
				requireShared("samples").resolve("shiyoubao_20241016_p01.pdf"))) {
			otherPapers.add(new GoldPage(pdf.getFileName().toString(), Files.readAllBytes(pdf), JSON.createObjectNode()));
		}
		otherPapers.addAll(filter(layoutPdf, heldOut));
		int unlike = fitter.unlikePages(theory.profile(), otherPapers);
		System.out.printf("profile 人民日报 理论 PDF: doubted as a whole for its type: check pages %d of %d, other papers' "
				+ "pages %d of %d (新三门, 中国海洋石油报, %d typeset)%n", theory.checkPagesUnlike(), theory.checkPdfs(), unlike,
				otherPapers.size(), otherPapers.size() - 2);
		assertThat(theory.checkPagesUnlike()).isZero();
		assertThat(unlike).isEqualTo(otherPapers.size());

		List<GoldPage> seeds = seedsWithVariants();
		measure(table, "西宁晚报 seeds + variants", filter(seeds, n -> n.compareTo("003") < 0),
				filter(seeds, n -> n.compareTo("003") >= 0));
		table.forEach(System.out::println);
	}

	@Test
	void aProfileThatSplitsThePagesItWasNotFittedOnWorseIsRefusedWithItsFigures() throws IOException {
		List<GoldPage> seeds = seedsWithVariants();
		SplitProfile bad = SplitProfile.DEFAULT.with(TextTunable.MAX_TITLE_CHARS, 6);
		GoldScorer.Score withDefault = fitter.score(SplitProfile.DEFAULT, seeds);
		GoldScorer.Score withBad = fitter.score(bad, seeds);
		assertThat(withBad.headlineAccuracy()).isLessThan(withDefault.headlineAccuracy());
		String refusal = ProfileFitter.refusal(withDefault, withBad);
		assertThat(refusal).contains("splits worse than the default", "headline");
		assertThat(ProfileFitter.refusal(withDefault, withDefault)).isNull();
		// Page by page too: the first checked page it splits worse is named.
		assertThat(fitter.lowered(bad, seeds)).contains("splits the checked page", "worse than the default", "headline");
		assertThat(fitter.lowered(SplitProfile.DEFAULT.forNewspaper("test"), seeds)).isNull();
	}

	private ProfileFitter.Fit measure(List<String> table, String set, List<GoldPage> fit, List<GoldPage> check) {
		long start = System.nanoTime();
		ProfileFitter.Fit result = fitter.fit("test", fit, check);
		// Refused where a check figure got worse together, and otherwise only for a checked page split worse alone.
		String together = ProfileFitter.refusal(result.checkBefore(), result.checkAfter());
		if (together != null) {
			assertThat(result.refusal()).as(set).isEqualTo(together);
		}
		else if (result.refused()) {
			assertThat(result.refusal()).as(set).contains("splits the checked page");
		}
		String numbers = result.profile().isDefault() ? "none (the default fits best)"
				: result.profile().values() + (result.profile().sectionStyles().isEmpty() ? ""
						: ", section styles " + new java.util.TreeSet<>(result.profile().sectionStyles()))
						+ (result.profile().typeStyles().isEmpty() ? ""
								: ", type of %d faces (check page PDFs unlike it: %d of %d)".formatted(
										result.profile().typeStyles().headingFaces().size(), result.checkPagesUnlike(),
										result.checkPdfs()))
						+ (result.profile().lineRoles().isEmpty() ? ""
								: ", the paper's own line roles (%d rounds)".formatted(
										result.profile().lineRoles().rounds().size()));
		table.add("| %s | %d pages | %d pages | %s | %s | %s | %s |".formatted(set, fit.size(), check.size(),
				figures(result.checkBefore()), figures(result.checkAfter()), numbers,
				result.refused() ? result.refusal() : "no"));
		System.out.printf("profile %s: fitted in %.0f s; fit pages %s -> %s; steps %s%n", set,
				(System.nanoTime() - start) / 1e9, figures(result.fitBefore()), figures(result.fitAfter()), result.steps());
		return result;
	}

	private static String figures(GoldScorer.Score s) {
		return "%.3f / %.3f / %.3f / %.3f / %.3f".formatted(s.articleF1(), s.headlineAccuracy(), s.datelineAccuracy(),
				s.reporterRecall(), s.reporterPrecision());
	}

	private static List<GoldPage> filter(List<GoldPage> pages, Predicate<String> names) {
		return pages.stream().filter(p -> names.test(p.name())).toList();
	}

	/** Every gold page of a folder with its page file of the given kind, by name. */
	private static List<GoldPage> pages(Path golds, Path files, String ending) throws IOException {
		List<GoldPage> pages = new ArrayList<>();
		try (Stream<Path> list = Files.list(golds)) {
			for (Path gold : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
				String name = gold.getFileName().toString().replace(".json", "");
				pages.add(new GoldPage(name, Files.readAllBytes(files.resolve(name + ending)), JSON.readTree(gold.toFile())));
			}
		}
		return pages;
	}

	/** The five seed pages, each with one variant of every layout (re-wrapped, re-ordered, headlines last, styled). */
	private static List<GoldPage> seedsWithVariants() throws IOException {
		List<GoldPage> pages = new ArrayList<>();
		try (Stream<Path> list = Files.list(Path.of("seeds"))) {
			for (Path file : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".txt", "");
				JsonNode gold = GoldFiles.gold(name);
				String raw = Files.readString(file);
				pages.add(new GoldPage(name, raw.getBytes(StandardCharsets.UTF_8), gold));
				PageVariants variants = PageVariants.of(raw, gold);
				for (PageVariants.Layout layout : PageVariants.Layout.values()) {
					pages.add(new GoldPage(name + "-" + layout, variants.page(layout, 7919L + name.hashCode())
						.getBytes(StandardCharsets.UTF_8), gold));
				}
			}
		}
		return pages;
	}

	private static Path requireShared(String set) {
		return SharedSets.require(set, "to measure the profiles");
	}

}
