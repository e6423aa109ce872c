package org.baoku;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes with real processes: the packaged app ingests pages sent by a client and is killed with {@code kill -9}
 * together with its PostgreSQL in the middle of it. After a restart every page answered 2xx is stored, no page is
 * half stored, the index agrees with PostgreSQL page by page, and the interrupted batch can be sent again to
 * completion. Also a kill of the JVM alone (PostgreSQL left running) and a damaged index file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

	private static final int CRASH_RUNS = 3;

	private static final int BATCH = 24;

	private static final int ARTICLES_PER_PAGE = 3;

	private static Path dataDir;

	private static AppProcess app;

	private static int starts;

	private static long acknowledgedTotal;

	@BeforeAll
	static void start() throws Exception {
		Assumptions.assumeTrue(AppProcess.jar().isPresent(),
				"no packaged jar in target/: run through `./mvnw verify`, which packages before the integration tests");
		dataDir = Files.createTempDirectory("baoku-crash-");
		app = AppProcess.start(dataDir, starts++);
		// The last line of the start says where the app answers and what it holds.
		assertThat(app.logText()).containsPattern("Baoku is ready at http://localhost:\\d+/ - data folder .+, embedded "
				+ "PostgreSQL in .+, search on the embedded Lucene index at .+, \\d+ articles, admin password from BAOKU_ADMIN_PASSWORD");
	}

	@AfterAll
	static void stopAndClean() throws Exception {
		if (app != null) {
			app.stop();
		}
		AppProcess.deleteDataDir(dataDir);
	}

	@Test
	@Order(1)
	void pagesAnsweredBeforeAKillOfAppAndDatabaseSurviveIt() throws Exception {
		Random random = new Random(8);
		int lost = 0;
		for (int r = 0; r < CRASH_RUNS; r++) {
			int run = r;
			String paper = "崩溃报" + run;
			List<Integer> acknowledged = new CopyOnWriteArrayList<>();
			ApiClient api = app.api();
			Thread client = new Thread(() -> {
				for (int i = 0; i < BATCH; i++) {
					try {
						ApiClient.Answer answer = api.upload(page(run, i), paper, date(i), "1", false);
						if (answer.status() / 100 == 2) {
							acknowledged.add(i);
						}
					}
					catch (RuntimeException connectionLost) {
						return;
					}
				}
			});
			client.start();
			int killAfter = 4 + random.nextInt(BATCH / 2);
			while (acknowledged.size() < killAfter && client.isAlive()) {
				Thread.sleep(5);
			}
			app.killAll();
			client.join();
			app = AppProcess.start(dataDir, starts++);
			try (Connection db = app.database()) {
				List<Integer> stored = storedPages(db, paper);
				List<Integer> missing = new ArrayList<>(acknowledged);
				missing.removeAll(stored);
				lost += missing.size();
				assertThat(missing).as("run %d: pages answered 2xx but not stored", run).isEmpty();
				assertThat(halfStored(db)).as("pages without all their articles").isZero();
				System.out.printf("CrashRecoveryIT run %d: killed after %d acknowledged pages; %d stored, %d lost%n", run,
						acknowledged.size(), stored.size(), missing.size());
			}
			assertAgree(app.api());
			for (int i = 0; i < BATCH; i++) {
				ApiClient.Answer again = api(app).upload(page(run, i), paper, date(i), "1", false);
				assertThat(again.status() / 100).as(again.body()).isEqualTo(2);
				if (acknowledged.contains(i)) {
					assertThat(again.json().get("status").asText()).isEqualTo("DUPLICATE");
				}
			}
			try (Connection db = app.database()) {
				assertThat(storedPages(db, paper)).hasSize(BATCH);
			}
			assertAgree(app.api());
			acknowledgedTotal += BATCH;
		}
		System.out.printf("CrashRecoveryIT: %d crash runs, %d acknowledged pages lost%n", CRASH_RUNS, lost);
	}

	@Test
	@Order(2)
	void aKillOfTheJvmAloneLeavesAPostgresThatTheNextStartStops() throws Exception {
		ProcessHandle postgres = app.postgres().orElseThrow();
		app.killJava();
		assertThat(postgres.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();
		app = AppProcess.start(dataDir, starts++);
		assertThat(app.logText()).contains("left from an earlier run");
		assertThat(postgres.isAlive()).isFalse();
		assertAgree(app.api());
	}

	@Test
	@Order(3)
	void aDamagedIndexIsMovedAsideAndRebuiltAtStart() throws Exception {
		long articles = articleCount();
		app.stop();
		Path live = liveGeneration();
		Path largest;
		try (Stream<Path> files = Files.list(live)) {
			largest = files.filter(f -> !f.getFileName().toString().startsWith("segments")
					&& !f.getFileName().toString().endsWith(".lock"))
				.max(Comparator.comparingLong(f -> f.toFile().length()))
				.orElseThrow();
		}
		try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
			long middle = file.length() / 2;
			file.seek(middle);
			int b = file.read();
			file.seek(middle);
			file.write(b ^ 0xFF);
		}
		app = AppProcess.start(dataDir, starts++);
		assertThat(app.logText()).contains("is damaged");
		app.logText().lines().filter(l -> l.contains("is damaged")).forEach(l -> System.out.println("CrashRecoveryIT: " + l));
		assertAgree(app.api());
		String csv = app.api().get("/search/export.csv").body();
		assertThat(csv.lines().count() - 1).isEqualTo(articles);

		// The commit point itself: a truncated segments_N file.
		app.stop();
		try (Stream<Path> files = Files.list(liveGeneration())) {
			Path segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
			try (RandomAccessFile file = new RandomAccessFile(segments.toFile(), "rw")) {
				file.setLength(file.length() / 2);
			}
		}
		app = AppProcess.start(dataDir, starts++);
		assertThat(app.logText()).contains("is damaged");
		app.logText().lines().filter(l -> l.contains("is damaged")).forEach(l -> System.out.println("CrashRecoveryIT: " + l));
		assertAgree(app.api());
	}

	private static long articleCount() throws IOException, SQLException {
		try (Connection db = app.database(); ResultSet rs = db.createStatement().executeQuery("select count(*) from article")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Path liveGeneration() throws IOException {
		Path index = dataDir.resolve("index");
		return index.resolve(Files.readString(index.resolve("CURRENT")).strip());
	}

	private static ApiClient api(AppProcess process) {
		return process.api();
	}

	private static void assertAgree(ApiClient api) {
		JsonNode stats = api.get("/api/stats").json();
		assertThat(stats.get("agree").asBoolean()).as(stats.toString()).isTrue();
		assertThat(stats.get("articlesInIndex").asLong()).isEqualTo(stats.get("articlesInDatabase").asLong());
	}

	private static List<Integer> storedPages(Connection db, String paper) throws SQLException {
		List<Integer> stored = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("""
				select extract(day from i.issue_date)::int from page p join issue i on i.id = p.issue_id
				join newspaper n on n.id = i.newspaper_id where n.name = ?""")) {
			query.setString(1, paper);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					stored.add(rs.getInt(1) - 1);
				}
			}
		}
		return stored;
	}

	private static long halfStored(Connection db) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery("""
				select count(*) from page p
				where (select count(*) from article a where a.page_id = p.id) <> %d""".formatted(ARTICLES_PER_PAGE))) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static byte[] page(int run, int i) {
		return TestPages.page("崩溃" + run + "页" + i, "", ARTICLES_PER_PAGE);
	}

	private static String date(int i) {
		return "2022-03-%02d".formatted(i + 1);
	}

}
