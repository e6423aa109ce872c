package org.baoku;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk {@code ingest} command of the packaged jar, run as an operator runs it: folders with a manifest, files
 * placed by their names and a zip, re-run after the fact (everything DUPLICATE), refusals with a failing exit
 * status, a dry run that stores nothing, and a refusal while the app runs on the same data folder.
 */
class IngestCommandIT {

	private Path dataDir;

	private Path input;

	@BeforeEach
	void pages() throws IOException {
		Assumptions.assumeTrue(AppProcess.jar().isPresent(),
				"the packaged jar is missing (run ./mvnw verify, which packages before the integration tests)");
		Path root = Files.createDirectories(TestDataDir.path("ingest-command-" + System.nanoTime()));
		dataDir = root.resolve("data");
		input = Files.createDirectories(root.resolve("archive"));
		Path seeds = Path.of("seeds");
		List<String> copied = List.of("000_5a3c390b5288e55a.txt", "001_cab6fc9a5d5706d6.txt");
		List<String> manifest = Files.readAllLines(seeds.resolve("manifest.csv"));
		Files.write(input.resolve("manifest.csv"), manifest.stream()
			.filter(line -> line.startsWith("file,") || copied.stream().anyMatch(line::startsWith))
			.toList());
		for (String file : copied) {
			Files.copy(seeds.resolve(file), input.resolve(file));
		}
		Path named = Files.createDirectories(input.resolve("named"));
		Files.write(named.resolve("测试晚报_2020-01-02_A01.txt"), TestPages.page("命令行", "甲", 3));
		Files.write(named.resolve("20200103_02.txt"), TestPages.page("命令行", "乙", 2));
		try (OutputStream file = Files.newOutputStream(input.resolve("year.zip"));
				ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("2021/测试晚报_20210506_1.txt"));
			zip.write(TestPages.page("压缩包", "丙", 4));
			zip.closeEntry();
		}
	}

	private record Run(int exit, String out) {
	}

	private Run ingest(String... args) throws IOException, InterruptedException {
		return ingest(Map.of(), args);
	}

	private Run ingest(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-jar",
				AppProcess.jar().orElseThrow().toAbsolutePath().toString(), "ingest"));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(dataDir.getParent(), "ingest", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("BAOKU_DATA_DIR", dataDir.toString());
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("ingest did not end within 180 s:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	@Test
	void foldersNamesAndZipsAreStoredOnceAndARerunFindsThemStored() throws Exception {
		Run first = ingest("--newspaper", "测试晚报", input.toString());
		assertThat(first.exit()).as(first.out()).isZero();
		assertThat(first.out()).containsPattern("INGESTED\\s+5").contains("pages/s");
		Stored stored = stored("测试晚报");
		assertThat(stored.articles()).isEqualTo(3 + 2 + 4);
		// The run is in the audit log as a message the audit page says in the reader's language: 5 files, 5 ingested.
		assertThat(stored.auditKey()).isEqualTo("audit.detail.ingestCommand");
		assertThat(stored.auditArgs()).startsWith("5", "5", "0", "0", "0", "0");
		Run again = ingest("--newspaper", "测试晚报", input.toString());
		assertThat(again.exit()).as(again.out()).isZero();
		assertThat(again.out()).containsPattern("DUPLICATE\\s+5").doesNotContain("INGESTED");
	}

	@Test
	void aFileThatCannotBePlacedFailsTheRunButNotTheOthers() throws Exception {
		Files.write(input.resolve("named").resolve("scan-0001.txt"), TestPages.page("无日期", "丁", 1));
		Run run = ingest(input.toString());
		assertThat(run.exit()).as(run.out()).isEqualTo(1);
		// Without --newspaper a name without a newspaper is refused too; the rest is stored.
		assertThat(run.out()).containsPattern("INGESTED\\s+4").contains("scan-0001.txt: the name gives no date")
			.contains("20200103_02.txt: the name does not say the newspaper");
	}

	@Test
	void aWholeIssuesPdfIsSplitIntoItsPagesOnlyWhenAsked() throws Exception {
		Path issues = Files.createDirectories(dataDir.getParent().resolve("issues"));
		Files.write(issues.resolve("测试晚报_2019-02-01.pdf"), merge("rmrb_20190201_p05", "rmrb_20190213_p15"));
		Run unasked = ingest("--dry-run", issues.toString());
		assertThat(unasked.exit()).as(unasked.out()).isEqualTo(1);
		assertThat(unasked.out()).contains("测试晚报_2019-02-01.pdf: the name gives a date but no page")
			.contains("--split-pages");
		// A dry run reads page PDFs by their layout too (it had decoded them as text and refused them).
		Run dry = ingest("--dry-run", "--split-pages", issues.toString());
		assertThat(dry.exit()).as(dry.out()).isZero();
		assertThat(dry.out()).containsPattern("SPLIT\\s+2").doesNotContain("REJECTED");
		Run split = ingest("--split-pages", issues.toString());
		assertThat(split.exit()).as(split.out()).isZero();
		assertThat(split.out()).containsPattern("INGESTED\\s+2").containsPattern("2 files in .*, [1-9][0-9]* articles");
		Run again = ingest("--split-pages", issues.toString());
		assertThat(again.out()).containsPattern("DUPLICATE\\s+2");
	}

	private static byte[] merge(String... fixtures) throws IOException {
		PDFMergerUtility merger = new PDFMergerUtility();
		for (String name : fixtures) {
			try (InputStream in = IngestCommandIT.class.getResourceAsStream("/layouts/pdf/" + name + ".pdf")) {
				merger.addSource(new RandomAccessReadBuffer(in.readAllBytes()));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		merger.setDestinationStream(out);
		merger.mergeDocuments(null);
		return out.toByteArray();
	}

	@Test
	void aDryRunSplitsAndStoresNothing() throws Exception {
		Run run = ingest("--dry-run", "--newspaper", "测试晚报", input.toString());
		assertThat(run.exit()).as(run.out()).isZero();
		assertThat(run.out()).contains("dry run: nothing was stored").containsPattern("SPLIT\\s+5");
		// It says where each file would go.
		assertThat(run.out()).contains("where each file goes:", "001_cab6fc9a5d5706d6.txt -> ");
		assertThat(dataDir).doesNotExist();
	}

	@Test
	void aDryRunFlagsANewspaperNamedByAnAbbreviationInAFileName() throws Exception {
		Path named = Files.createDirectories(input.resolveSibling("named"));
		Files.copy(input.resolve("000_5a3c390b5288e55a.txt"), named.resolve("xnwb_20231220_p01.txt"));
		Run run = ingest("--dry-run", named.toString());
		assertThat(run.out()).contains("xnwb_20231220_p01.txt -> xnwb 2023-12-20 01",
				"\"xnwb\" looks like an abbreviation");
	}

	@Test
	void aFileTheManifestListsButIsMissingIsReported() throws Exception {
		Files.delete(input.resolve("001_cab6fc9a5d5706d6.txt"));
		Run run = ingest("--dry-run", "--newspaper", "测试晚报", input.toString());
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("001_cab6fc9a5d5706d6.txt: manifest.csv lists it but there is no such file");
	}

	@Test
	void theCommandStaysOffAFolderTheAppIsRunningOn() throws Exception {
		Files.createDirectories(dataDir);
		AppProcess app = AppProcess.start(dataDir, 1);
		try {
			Run run = ingest("--newspaper", "测试晚报", input.toString());
			assertThat(run.exit()).as(run.out()).isEqualTo(3);
			assertThat(run.out()).contains("another Baoku process").doesNotContain("\tat org.");
		}
		finally {
			app.stop();
		}
		Run after = ingest("--newspaper", "测试晚报", input.toString());
		assertThat(after.exit()).as(after.out()).isZero();
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "BAOKU_TEST_EXTERNAL_PG", matches = ".+",
			disabledReason = "set BAOKU_TEST_EXTERNAL_PG=host:port/database to run against an external PostgreSQL (.ci/run does)")
	void theCommandLoadsAnExternalPostgres() throws Exception {
		String schema = "baoku_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = "jdbc:postgresql://" + System.getenv("BAOKU_TEST_EXTERNAL_PG") + "?currentSchema=" + schema;
		String user = ExternalPostgresArchiveIT.user();
		try {
			Map<String, String> external = Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user,
					"SPRING_FLYWAY_SCHEMAS", schema, "SPRING_FLYWAY_CREATE_SCHEMAS", "true");
			Run run = ingest(external, "--newspaper", "测试晚报", input.toString());
			assertThat(run.exit()).as(run.out()).isZero();
			assertThat(ingest(external, "--newspaper", "测试晚报", input.toString()).out()).containsPattern("DUPLICATE\\s+5");
			try (Connection db = DriverManager.getConnection(url, user, "")) {
				var rs = db.createStatement().executeQuery("select count(*) from article");
				rs.next();
				assertThat(rs.getLong(1)).isPositive();
			}
			assertThat(dataDir.resolve("postgres")).doesNotExist();
		}
		finally {
			try (Connection db = DriverManager.getConnection(url, user, "")) {
				db.createStatement().execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	@Test
	void aWrongCommandLineSaysHowToUseIt() throws Exception {
		Run run = ingest("--frobnicate");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).contains("usage: ingest");
	}

	/** Reads the archive with the embedded PostgreSQL of the data folder, as the app would. */
	private long articlesOf(String newspaper) throws Exception {
		return stored(newspaper).articles();
	}

	/** The newspaper's articles, and the last command run's audit entry: its message key and arguments. */
	private record Stored(long articles, String auditKey, List<String> auditArgs) {
	}

	private Stored stored(String newspaper) throws Exception {
		AppProcess app = AppProcess.start(dataDir, 2);
		try (Connection db = app.database()) {
			var query = db.prepareStatement("""
					select count(*) from article a join page p on p.id = a.page_id join issue i on i.id = p.issue_id
					join newspaper n on n.id = i.newspaper_id where n.name = ?""");
			query.setString(1, newspaper);
			var rs = query.executeQuery();
			rs.next();
			long articles = rs.getLong(1);
			var audit = db.prepareStatement(
					"select detail_key, detail_args from audit_event where action = 'ingest command' order by id desc limit 1")
				.executeQuery();
			if (!audit.next()) {
				return new Stored(articles, null, List.of());
			}
			return new Stored(articles, audit.getString(1), List.of((String[]) audit.getArray(2).getArray()));
		}
		finally {
			app.stop();
		}
	}

}
