package org.baoku.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ParseCommand command = new ParseCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void printsTheScoringContract() throws IOException {
		assertThat(command.run(new String[] { "parse", "seeds/004_bd747f9e484e0bad.txt" })).isZero();
		JsonNode page = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(page.get("articles").size()).isGreaterThanOrEqualTo(4);
		for (JsonNode article : page.get("articles")) {
			assertThat(article.get("headline").has("kicker")).isTrue();
			assertThat(article.get("headline").has("main")).isTrue();
			assertThat(article.get("headline").has("subtitle")).isTrue();
			assertThat(article.has("dateline")).isTrue();
			assertThat(article.get("reporters").isArray()).isTrue();
			assertThat(article.get("body").asText()).isNotBlank();
			assertThat(article.get("officials").isArray()).isTrue();
			assertThat(article.get("confidence").isNumber()).isTrue();
		}
	}

	@Test
	void writesOnePagePerFileOfAFolderAndGoesOnPastABadOne(@TempDir Path dir) throws IOException {
		Path pages = Files.createDirectories(dir.resolve("pages"));
		Files.copy(Path.of("seeds/004_bd747f9e484e0bad.txt"), pages.resolve("a.txt"));
		Files.copy(Path.of("seeds/000_5a3c390b5288e55a.txt"), pages.resolve("b.txt"));
		Files.write(pages.resolve("c.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF });
		Path outDir = dir.resolve("out");
		assertThat(command.run(new String[] { "parse", "--out", outDir.toString(), pages.toString() })).isEqualTo(1);
		assertThat(outDir.resolve("a.json")).exists();
		assertThat(outDir.resolve("b.json")).exists();
		assertThat(outDir.resolve("c.json")).doesNotExist();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("c.txt").contains("2 pages written").contains("1 failed");
		JsonNode page = new ObjectMapper().readTree(outDir.resolve("a.json").toFile());
		assertThat(page.get("articles").get(0).has("needs_review")).isTrue();
		assertThat(page.get("articles").get(0).get("signals").has("headline_fit")).isTrue();
	}

	@Test
	void aPageGivenAsTextAndAsPdfIsWrittenTwiceNotOverwritten(@TempDir Path dir) throws IOException {
		Path pages = Files.createDirectories(dir.resolve("pages"));
		Files.copy(Path.of("seeds/004_bd747f9e484e0bad.txt"), pages.resolve("page.txt"));
		try (var pdf = ParseCommandTests.class.getResourceAsStream("/layouts/pdf/rmrb_20190201_p05.pdf")) {
			Files.copy(pdf, pages.resolve("page.pdf"));
		}
		Path outDir = dir.resolve("out");
		assertThat(command.run(new String[] { "parse", "--out", outDir.toString(), pages.toString() })).isZero();
		// A folder's files go in name order: the PDF first, as page.json; the text page keeps its whole name.
		assertThat(new ObjectMapper().readTree(outDir.resolve("page.json").toFile()).get("articles").size()).isEqualTo(5);
		assertThat(outDir.resolve("page.txt.json")).exists();
	}

	@Test
	void writesAPagePdfsLinesAsTheReaderBuildsThem(@TempDir Path dir) throws IOException {
		Path pages = Files.createDirectories(dir.resolve("pages"));
		try (var pdf = ParseCommandTests.class.getResourceAsStream("/layouts/pdf/rmrb_20190201_p05.pdf")) {
			Files.copy(pdf, pages.resolve("page.pdf"));
		}
		Files.copy(Path.of("seeds/004_bd747f9e484e0bad.txt"), pages.resolve("text.txt"));
		Path outDir = dir.resolve("out");
		assertThat(command.run(new String[] { "parse", "--lines", "--out", outDir.toString(), pages.toString() })).isZero();
		assertThat(outDir.resolve("text.lines.json")).as("a text page has no lines to give").doesNotExist();
		JsonNode page = new ObjectMapper().readTree(outDir.resolve("page.lines.json").toFile());
		assertThat(page.get("width").asDouble()).isGreaterThan(800);
		assertThat(page.get("bodySize").asDouble()).isBetween(8.0, 12.0);
		JsonNode lines = page.get("lines");
		assertThat(lines.size()).isGreaterThan(100);
		JsonNode first = lines.get(0);
		assertThat(first.get("text").asText()).isNotBlank();
		assertThat(first.get("right").asDouble()).isGreaterThan(first.get("left").asDouble());
		assertThat(first.get("baseline").asDouble()).isGreaterThan(first.get("top").asDouble());
		assertThat(first.get("font").asText()).isNotBlank();
		assertThat(first.get("features").size()).isEqualTo(org.baoku.ingest.pdf.LineFeatures.NAMES.size());
		// Larger type than the running text: the page's headlines, twice the running size and more in the features.
		long larger = 0;
		long datelines = 0;
		for (JsonNode line : lines) {
			boolean headline = line.get("size").asDouble() > page.get("bodySize").asDouble() * 1.5;
			larger += headline ? 1 : 0;
			assertThat(line.get("features").get("size").asDouble() > 1.5).isEqualTo(headline);
			datelines += line.get("features").get("dateline").asDouble() > 0 ? 1 : 0;
		}
		assertThat(larger).isPositive();
		assertThat(datelines).as("lines that open with a dateline").isPositive();
		assertThat(command.run(new String[] { "parse", "--lines", pages.resolve("page.pdf").toString() })).isEqualTo(2);
	}

	@Test
	void explainShowsBlocksBodiesAndSignals() {
		assertThat(command.run(new String[] { "parse", "--explain", "seeds/004_bd747f9e484e0bad.txt" })).isZero();
		String explained = out.toString(StandardCharsets.UTF_8);
		assertThat(explained).contains("== blocks", "HEADLINE", "BODY", "== bodies", "headline #", "== articles",
				"signals: ", "joint cut: tried, nothing to cut");
	}

	@Test
	void missingFileIsAnErrorWithAMessage() {
		assertThat(command.run(new String[] { "parse", "no/such/page.txt" })).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
		assertThat(out.size()).isZero();
	}

	@Test
	void binaryFileIsRefusedNotHalfDecoded(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("page.bin");
		Files.write(file, new byte[] { 0, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xD8 });
		assertThat(command.run(new String[] { "parse", file.toString() })).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("neither UTF-8 nor GB18030");
		// A file that starts as a PNG does is read as a page image, and refused as the image it fails to be.
		Path image = dir.resolve("page.png");
		Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xFF });
		assertThat(command.run(new String[] { "parse", image.toString() })).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("the image is damaged or cannot be decoded");
	}

	@Test
	void usage() {
		assertThat(command.run(new String[] { "parse" })).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
	}

}
