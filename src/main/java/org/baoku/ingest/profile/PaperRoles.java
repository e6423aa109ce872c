package org.baoku.ingest.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.baoku.ingest.pdf.PageLines;
import org.baoku.ingest.pdf.PdfPageReader;
import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.roles.PaperRounds;
import org.baoku.ingest.roles.TreeFitting;

/**
 * A paper's own rounds of the line-role model, fitted inside the app on the lines of its checked page PDFs
 * ({@link CheckedLines}): the committed model learned the roles from typeset pages of several engines; these rounds
 * learn where the paper's type says otherwise (its byline set letter-spaced on a line of its own, its page header in
 * a face the engines never used).
 */
final class PaperRoles {

	/**
	 * The rounds: few and shallow, with a strong prior on each leaf, because three checked pages are a few hundred
	 * lines, most of them body. Twenty rounds of depth three move a role the model gets wrong on such a paper
	 * (its lines alike, all labelled otherwise) to above {@code LayoutTuning.SURE_ROLE}.
	 */
	static final TreeFitting.Settings SETTINGS = new TreeFitting.Settings(20, 3, 5, 0.3, 1.0);

	/**
	 * What a fit learned: the rounds, how many lines taught them, how many of those the checked articles placed, and
	 * the seconds it took (reading the pages' lines included).
	 */
	record Learned(PaperRounds rounds, int lines, int placed, double seconds) {
	}

	private PaperRoles() {
	}

	/** The rounds fitted on the page PDFs among the pages (text pages have no lines to learn from). */
	static Learned fit(List<ProfileFitter.GoldPage> pages) {
		long started = System.nanoTime();
		LineRoles model;
		try {
			model = LineRoles.model();
		}
		catch (IllegalStateException ex) {
			// No model to fit rounds after: the pages are read by the rules, and the profile learns its numbers.
			return new Learned(PaperRounds.NONE, 0, 0, 0);
		}
		List<Map<String, Double>> features = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		int placed = 0;
		for (ProfileFitter.GoldPage page : pages) {
			if (!PdfPageReader.isPdf(page.raw())) {
				continue;
			}
			PageLines.Page lines;
			try {
				lines = PageLines.read(page.raw());
			}
			catch (RuntimeException ex) {
				// A page that cannot be read teaches nothing; the fit's scoring reports it.
				continue;
			}
			for (CheckedLines.Labelled line : CheckedLines.of(lines, page.gold(), model)) {
				features.add(line.features());
				roles.add(line.role());
				placed += line.fromArticles() ? 1 : 0;
			}
		}
		if (placed == 0) {
			return new Learned(PaperRounds.NONE, 0, 0, 0);
		}
		PaperRounds rounds = model.fit(features, roles, SETTINGS);
		return new Learned(rounds, features.size(), placed, (System.nanoTime() - started) / 1e9);
	}

}
