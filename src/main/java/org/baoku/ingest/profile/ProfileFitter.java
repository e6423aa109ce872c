package org.baoku.ingest.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedPage;
import org.baoku.ingest.UnreadablePageException;
import org.baoku.ingest.pdf.LayoutTunable;
import org.baoku.ingest.pdf.PageFaces;
import org.baoku.ingest.pdf.PdfPageReader;
import org.baoku.ingest.pdf.SectionStyles;
import org.baoku.ingest.split.GoldScorer;
import org.baoku.ingest.split.SplitProfile;
import org.baoku.ingest.split.TextTunable;
import org.baoku.ingest.split.Tunable;
import org.baoku.ingest.split.TypeStyles;

/**
 * Fits a newspaper's layout profile to its pages with gold: starting from the default tuning, each tunable number in
 * turn takes the value among its candidates that splits the pages best, kept only where it does strictly better
 * (a tie keeps the default), over at most {@link #ROUNDS} rounds. Then the profile is checked on pages it was not
 * fitted on: where it splits them worse than the default, it is refused, and the refusal says by how much.
 */
public final class ProfileFitter {

	/** Rounds of trying every tunable; a second round catches a number that pays only after another moved. */
	static final int ROUNDS = 2;

	/** Every number a profile may set, text path and page-PDF path. */
	public static final List<Tunable> TUNABLES = Stream
		.concat(Stream.of(TextTunable.values()), Stream.of(LayoutTunable.values()))
		.map(t -> (Tunable) t)
		.toList();

	/** A page with its gold: the raw file (text or PDF) and the gold article list. */
	public record GoldPage(String name, byte[] raw, JsonNode gold) {
	}

	/** One number the fit changed, and what the fit pages scored before and after it. */
	public record Step(String tunable, double from, double to, double before, double after) {
	}

	/**
	 * What a fit found: the profile, the fit pages' and the check pages' scores with the default and with it, the
	 * steps it took, why it is refused (null when it may be used), and how many check pages the type of the fit
	 * pages would doubt as a whole (of the check pages that are PDFs): none, or the type is not kept.
	 */
	public record Fit(SplitProfile profile, GoldScorer.Score fitBefore, GoldScorer.Score fitAfter,
			GoldScorer.Score checkBefore, GoldScorer.Score checkAfter, List<Step> steps, String refusal,
			int checkPagesUnlike, int checkPdfs) {

		public boolean refused() {
			return refusal != null;
		}

	}

	private final PageParser parser;

	public ProfileFitter(PageParser parser) {
		this.parser = parser;
	}

	/** Fits a profile for {@code newspaper} on {@code fitPages} and checks it on {@code checkPages}. */
	public Fit fit(String newspaper, List<GoldPage> fitPages, List<GoldPage> checkPages) {
		SplitProfile profile = SplitProfile.DEFAULT.forNewspaper(newspaper);
		GoldScorer.Score before = score(profile, fitPages);
		double best = objective(before);
		List<Step> steps = new ArrayList<>();
		// The paper's own line roles first, so that the numbers are fitted to the roles its pages will be read with;
		// kept unless they split the fit pages worse, together or any one of them.
		PaperRoles.Learned roles = PaperRoles.fit(fitPages);
		if (!roles.rounds().isEmpty()) {
			SplitProfile withRoles = profile.withLineRoles(roles.rounds());
			double score = objective(score(withRoles, fitPages));
			if (score >= best - 1e-9 && lowered(withRoles, fitPages) == null) {
				steps.add(new Step("LINE_ROLES (%d lines, %d placed by the checked articles, learned in %.1f s)"
					.formatted(roles.lines(), roles.placed(), roles.seconds()), 0, roles.rounds().rounds().size(), best,
						score));
				profile = withRoles;
				best = score;
			}
		}
		for (int round = 0; round < ROUNDS; round++) {
			boolean moved = false;
			for (Tunable tunable : TUNABLES) {
				double current = profile.value(tunable);
				double was = best;
				SplitProfile bestHere = null;
				for (double value : values(tunable)) {
					if (value == current) {
						continue;
					}
					SplitProfile trial = profile.with(tunable, value);
					double score = objective(score(trial, fitPages));
					if (score > best + 1e-9) {
						best = score;
						bestHere = trial;
					}
				}
				if (bestHere != null) {
					steps.add(new Step(tunable.name(), current, bestHere.value(tunable), was, best));
					profile = bestHere;
					moved = true;
				}
			}
			if (!moved) {
				break;
			}
		}
		// The type styles the checked page PDFs set their section headings in: kept unless they split the fit pages
		// worse (they are what the editors' checking says of the paper, not a guess to tune).
		Set<String> styles = sectionStyles(fitPages);
		if (!styles.isEmpty()) {
			SplitProfile withStyles = profile.withSectionStyles(styles);
			double score = objective(score(withStyles, fitPages));
			if (score >= best - 1e-9) {
				steps.add(new Step("SECTION_STYLES " + new TreeSet<>(styles), 0, styles.size(), best, score));
				profile = withStyles;
				best = score;
			}
		}
		// The type the checked page PDFs are set in: what a page of the paper unlike them is doubted against. It
		// changes no split; it is kept unless it would doubt one of the paper's own check pages as a whole (then the
		// paper sets its pages in more type than the fit pages show, and nothing is learned of it).
		TypeStyles type = typeStyles(fitPages);
		int unlike = type.isEmpty() ? 0 : unlikePages(profile.withTypeStyles(type), checkPages);
		if (!type.isEmpty() && unlike == 0) {
			steps.add(new Step("TYPE_STYLES " + new TreeSet<>(type.body()) + " " + new TreeSet<>(type.headingFaces()), 0,
					type.headingFaces().size(), best, best));
			profile = profile.withTypeStyles(type);
		}
		GoldScorer.Score after = score(profile, fitPages);
		GoldScorer.Score checkBefore = score(SplitProfile.DEFAULT, checkPages);
		GoldScorer.Score checkAfter = score(profile, checkPages);
		int checkPdfs = (int) checkPages.stream().filter(p -> PdfPageReader.isPdf(p.raw())).count();
		String refusal = refusal(checkBefore, checkAfter);
		if (refusal == null) {
			List<GoldPage> checked = new ArrayList<>(fitPages);
			checked.addAll(checkPages);
			refusal = lowered(profile, checked);
		}
		return new Fit(profile, before, after, checkBefore, checkAfter, steps, refusal, unlike, checkPdfs);
	}

	/**
	 * Why a profile must not be used although it splits the pages together no worse: it splits one of the checked
	 * pages, fitted on or not, worse than the default on some figure (a gain on one page is no excuse for a loss on
	 * another the editors checked). Null where it lowers none.
	 */
	public String lowered(SplitProfile profile, List<GoldPage> pages) {
		if (profile.isDefault()) {
			return null;
		}
		for (GoldPage page : pages) {
			List<String> worse = worse(score(SplitProfile.DEFAULT, List.of(page)), score(profile, List.of(page)));
			if (!worse.isEmpty()) {
				return "the profile splits the checked page " + page.name() + " worse than the default: "
						+ String.join(", ", worse);
			}
		}
		return null;
	}

	/** The section styles the page PDFs among the pages vote for ({@link SectionStyles}); text pages have none. */
	static Set<String> sectionStyles(List<GoldPage> pages) {
		List<SectionStyles.Votes> votes = new ArrayList<>();
		for (GoldPage page : pages) {
			if (PdfPageReader.isPdf(page.raw())) {
				try {
					votes.add(SectionStyles.of(page.raw(), page.gold()));
				}
				catch (RuntimeException ex) {
					// A page that cannot be read teaches nothing; the fit's scoring reports it.
				}
			}
		}
		return SectionStyles.Votes.sectionStyles(votes);
	}

	/** The type the page PDFs among the pages are set in ({@link PageFaces}), all together; text pages have none. */
	static TypeStyles typeStyles(List<GoldPage> pages) {
		TypeStyles all = TypeStyles.NONE;
		for (GoldPage page : pages) {
			if (PdfPageReader.isPdf(page.raw())) {
				try {
					all = all.plus(PageFaces.styles(page.raw()));
				}
				catch (RuntimeException ex) {
					// A page that cannot be read teaches nothing of the paper's type.
				}
			}
		}
		return all;
	}

	/** How many of the page PDFs the profile doubts as a whole: set in type unlike its paper's checked pages. */
	public int unlikePages(SplitProfile profile, List<GoldPage> pages) {
		if (profile.typeStyles().isEmpty()) {
			return 0;
		}
		int unlike = 0;
		for (GoldPage page : pages) {
			if (PdfPageReader.isPdf(page.raw()) && profile.run(() -> parse(page)).unlikeItsProfile()) {
				unlike++;
			}
		}
		return unlike;
	}

	/** Why a profile must not be used: it splits the pages it was not fitted on worse than the default. */
	public static String refusal(GoldScorer.Score withDefault, GoldScorer.Score withProfile) {
		List<String> worse = worse(withDefault, withProfile);
		return worse.isEmpty() ? null
				: "on the pages it was not fitted on, the profile splits worse than the default: " + String.join(", ", worse);
	}

	/** The figures the profile lowers, each with its two values. */
	private static List<String> worse(GoldScorer.Score withDefault, GoldScorer.Score withProfile) {
		List<String> worse = new ArrayList<>();
		compare(worse, "article F1", withDefault.articleF1(), withProfile.articleF1());
		compare(worse, "headline", withDefault.headlineAccuracy(), withProfile.headlineAccuracy());
		compare(worse, "dateline", withDefault.datelineAccuracy(), withProfile.datelineAccuracy());
		compare(worse, "reporters R", withDefault.reporterRecall(), withProfile.reporterRecall());
		compare(worse, "reporters P", withDefault.reporterPrecision(), withProfile.reporterPrecision());
		return worse;
	}

	private static void compare(List<String> worse, String figure, double withDefault, double withProfile) {
		if (withProfile < withDefault - 1e-9) {
			worse.add("%s %.3f -> %.3f".formatted(figure, withDefault, withProfile));
		}
	}

	/** The pages split with the profile and scored against their gold, all together. */
	public GoldScorer.Score score(SplitProfile profile, List<GoldPage> pages) {
		GoldScorer.Score total = new GoldScorer.Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		for (GoldPage page : pages) {
			total = total.plus(GoldScorer.score(page.gold(), profile.run(() -> parse(page))));
		}
		return total;
	}

	private ParsedPage parse(GoldPage page) {
		try {
			return parser.parse(page.raw());
		}
		catch (UnreadablePageException ex) {
			return new ParsedPage(List.of(), List.of(), "", null);
		}
	}

	/**
	 * What a fit maximises: the articles found (F1) first, their headlines next, then datelines and bylines — the
	 * order in which an editor notices a wrong split.
	 */
	static double objective(GoldScorer.Score s) {
		return 4 * s.articleF1() + 2 * s.headlineAccuracy() + s.datelineAccuracy()
				+ (s.reporterRecall() + s.reporterPrecision()) / 2;
	}

	private static double[] values(Tunable tunable) {
		double[] candidates = tunable.candidates();
		double[] all = new double[candidates.length + 1];
		all[0] = tunable.defaultValue();
		System.arraycopy(candidates, 0, all, 1, candidates.length);
		return all;
	}

}
