package org.baoku.ingest.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.split.GoldScorer;

/**
 * {@code fit-profile --gold DIR --pages DIR --out PROFILE.json [--newspaper NAME]}: fits a paper's layout profile to
 * its pages with gold. Each {@code NAME.json} of the gold folder (the gold pages' format) goes with {@code NAME.pdf}
 * or {@code NAME.txt} of the pages folder. Every third page, in name order, is kept apart to check the fit; a profile
 * that splits those worse than the default is refused (exit 3) and no file is written.
 */
public final class FitProfileCommand {

	static final String USAGE = """
			usage: java -jar baoku.jar fit-profile --gold DIR --pages DIR --out PROFILE.json [--newspaper NAME]
			  fits the splitter's tunable numbers to pages with gold (NAME.json beside NAME.pdf or NAME.txt);
			  every third page checks the fit, and a profile that splits those worse than the default is refused""";

	/** Fewer pages leave nothing to check a fit on. */
	static final int MIN_PAGES = 3;

	private final PrintStream out;

	private final PrintStream err;

	public FitProfileCommand(PrintStream out, PrintStream err) {
		this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
		this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
	}

	/** Returns the exit status: 0 written, 2 usage, 1 unreadable input, 3 refused. */
	public int run(String[] args) {
		Path gold = null;
		Path pages = null;
		Path target = null;
		String newspaper = null;
		for (int i = 1; i < args.length; i++) {
			if (i + 1 >= args.length) {
				return usage();
			}
			switch (args[i]) {
				case "--gold" -> gold = Path.of(args[++i]);
				case "--pages" -> pages = Path.of(args[++i]);
				case "--out" -> target = Path.of(args[++i]);
				case "--newspaper" -> newspaper = args[++i];
				default -> {
					return usage();
				}
			}
		}
		if (gold == null || pages == null || target == null) {
			return usage();
		}
		List<ProfileFitter.GoldPage> all;
		try {
			all = read(gold, pages);
		}
		catch (IOException ex) {
			err.println("fit-profile: " + ex.getMessage());
			return 1;
		}
		if (all.size() < MIN_PAGES) {
			err.println("fit-profile: " + all.size() + " pages with gold in " + gold + "; a fit needs at least "
					+ MIN_PAGES + " (two to fit on, one to check the fit on)");
			return 1;
		}
		List<ProfileFitter.GoldPage> fitOn = new ArrayList<>();
		List<ProfileFitter.GoldPage> checkOn = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			(i % 3 == 2 ? checkOn : fitOn).add(all.get(i));
		}
		ProfileFitter.Fit fit = new ProfileFitter(new PageParser()).fit(newspaper, fitOn, checkOn);
		report(fit, fitOn.size(), checkOn.size());
		if (fit.refused()) {
			err.println("fit-profile: refused, nothing written: " + fit.refusal());
			return 3;
		}
		try {
			ProfileFiles.write(target, fit.profile());
		}
		catch (IOException ex) {
			err.println("fit-profile: cannot write " + target + ": " + ex.getMessage());
			return 1;
		}
		out.println("wrote " + target + (fit.profile().values().isEmpty()
				? " (no number changed: the default numbers fit these pages best" + (fit.profile().lineRoles().isEmpty()
						? ")" : "; the paper's own line roles are in it)")
				: ""));
		return 0;
	}

	private void report(ProfileFitter.Fit fit, int fitPages, int checkPages) {
		out.println("figure                 article F1 / headline / dateline / reporters R / reporters P");
		out.println("fit pages (%d), default  %s".formatted(fitPages, figures(fit.fitBefore())));
		out.println("fit pages (%d), profile  %s".formatted(fitPages, figures(fit.fitAfter())));
		out.println("check pages (%d), default  %s".formatted(checkPages, figures(fit.checkBefore())));
		out.println("check pages (%d), profile  %s".formatted(checkPages, figures(fit.checkAfter())));
		fit.steps().forEach(s -> out.println("set %s %s -> %s (fit pages %.3f -> %.3f)".formatted(s.tunable(),
				s.from(), s.to(), s.before(), s.after())));
		if (fit.checkPagesUnlike() > 0) {
			out.println("type not kept: %d of %d check page PDFs are set in type unlike the fit pages"
				.formatted(fit.checkPagesUnlike(), fit.checkPdfs()));
		}
		else if (!fit.profile().typeStyles().isEmpty()) {
			out.println("check page PDFs set in type unlike the fit pages (doubted as a whole): 0 of " + fit.checkPdfs());
		}
	}

	private static String figures(GoldScorer.Score s) {
		return "%.3f / %.3f / %.3f / %.3f / %.3f".formatted(s.articleF1(), s.headlineAccuracy(), s.datelineAccuracy(),
				s.reporterRecall(), s.reporterPrecision());
	}

	private static List<ProfileFitter.GoldPage> read(Path gold, Path pages) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<ProfileFitter.GoldPage> read = new ArrayList<>();
		if (!Files.isDirectory(gold) || !Files.isDirectory(pages)) {
			throw new IOException("no folder " + (Files.isDirectory(gold) ? pages : gold));
		}
		try (Stream<Path> files = Files.list(gold)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				String name = file.getFileName().toString().replaceFirst("\\.json$", "");
				Path page = Files.exists(pages.resolve(name + ".pdf")) ? pages.resolve(name + ".pdf")
						: pages.resolve(name + ".txt");
				if (!Files.exists(page)) {
					throw new IOException("no page " + name + ".pdf or " + name + ".txt in " + pages + " for " + file);
				}
				try {
					com.fasterxml.jackson.databind.JsonNode node = json.readTree(file.toFile());
					if (node == null || !node.path("articles").isArray()) {
						throw new IOException(file + " is not gold: it has no \"articles\" list");
					}
					read.add(new ProfileFitter.GoldPage(name, Files.readAllBytes(page), node));
				}
				catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
					throw new IOException(file + " is not gold JSON: " + ex.getOriginalMessage(), ex);
				}
			}
		}
		return read;
	}

	private int usage() {
		err.println(USAGE);
		return 2;
	}

}
