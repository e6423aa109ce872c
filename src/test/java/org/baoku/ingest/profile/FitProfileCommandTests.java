package org.baoku.ingest.profile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.baoku.ingest.ParseCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fit-profile} on the seed pages and their gold, and {@code parse --profile} with what it wrote. */
class FitProfileCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int fit(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "fit-profile";
		System.arraycopy(args, 0, all, 1, args.length);
		return new FitProfileCommand(new PrintStream(out), new PrintStream(err)).run(all);
	}

	@Test
	void aProfileIsFittedOnTheSeedPagesCheckedOnEveryThirdAndReadByParse() throws Exception {
		Path profile = dir.resolve("xnwb.json");
		int status = fit("--gold", "src/test/resources/gold", "--pages", "seeds", "--out", profile.toString(),
				"--newspaper", "西宁晚报");
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(printed + err).isZero();
		assertThat(printed).contains("fit pages (4), default", "check pages (1), profile", "wrote " + profile);
		assertThat(ProfileFiles.read(profile).newspaper()).isEqualTo("西宁晚报");

		ByteArrayOutputStream parsed = new ByteArrayOutputStream();
		int parse = new ParseCommand(new PrintStream(parsed), new PrintStream(err)).run(new String[] { "parse",
				"--profile", profile.toString(), "seeds/000_5a3c390b5288e55a.txt" });
		assertThat(parse).isZero();
		assertThat(parsed.toString(StandardCharsets.UTF_8)).contains("\"articles\"");
	}

	@Test
	void tooFewPagesAMissingPageAndABadProfileAreRefusedWithTheirReason() throws Exception {
		Path gold = Files.createDirectories(dir.resolve("gold"));
		Files.copy(Path.of("src/test/resources/gold/000_5a3c390b5288e55a.json"), gold.resolve("000_5a3c390b5288e55a.json"));
		assertThat(fit("--gold", gold.toString(), "--pages", "seeds", "--out", dir.resolve("p.json").toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("a fit needs at least 3");
		Files.writeString(gold.resolve("extra.json"), "{\"articles\": []}");
		assertThat(fit("--gold", gold.toString(), "--pages", "seeds", "--out", dir.resolve("p.json").toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no page extra.pdf or extra.txt");
		assertThat(fit("--gold", gold.toString())).isEqualTo(2);
		assertThat(Files.exists(dir.resolve("p.json"))).isFalse();

		Path bad = dir.resolve("bad.json");
		Files.writeString(bad, "{\"newspaper\": \"x\", \"values\": {\"NO_SUCH_NUMBER\": 1}}");
		ByteArrayOutputStream parseErr = new ByteArrayOutputStream();
		assertThat(new ParseCommand(new PrintStream(out), new PrintStream(parseErr)).run(new String[] { "parse",
				"--profile", bad.toString(), "seeds/000_5a3c390b5288e55a.txt" })).isEqualTo(1);
		assertThat(parseErr.toString(StandardCharsets.UTF_8)).contains("sets numbers no rule reads: NO_SUCH_NUMBER");
	}

	@Test
	void theTypeOfTheFitPagesIsNotKeptWhenACheckPageOfThePaperIsSetOtherwise() throws Exception {
		// Two typeset pages to fit on and, third in name order (the one a fit checks on), a 人民日报 理论 page.
		Path gold = Files.createDirectories(dir.resolve("gold"));
		Path pages = Files.createDirectories(dir.resolve("pages"));
		String[][] named = { { "a", "layouts", "rmrb_20190201_p05" }, { "b", "layouts", "rmrb_20190213_p15" },
				{ "c", "realpages", "rmrb_20180109_p07" } };
		for (String[] page : named) {
			Path from = Path.of("src/test/resources", page[1]);
			Files.copy(from.resolve("gold/" + page[2] + ".json"), gold.resolve(page[0] + ".json"));
			Files.copy(from.resolve("pdf/" + page[2] + ".pdf"), pages.resolve(page[0] + ".pdf"));
		}
		Path profile = dir.resolve("p.json");
		assertThat(fit("--gold", gold.toString(), "--pages", pages.toString(), "--out", profile.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("type not kept: 1 of 1 check page PDFs are set in type unlike the fit pages");
		assertThat(ProfileFiles.read(profile).typeStyles().isEmpty()).isTrue();
	}

}
