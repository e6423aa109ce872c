package org.baoku;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.ocr.ImageFiles;
import org.baoku.ingest.ocr.ScanImages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk job of scanned pages, the packaged app killed with {@code kill -9} (app and PostgreSQL) while OCR reads its
 * first page: at the next start the job is listed as interrupted on that page, and run again it reads that page again
 * and the next; both are stored once, nothing lost or doubled. A single upload answered before the kill (202) is
 * read at the next start under the same id, and stored once.
 */
class ScanKillIT {

	private Path dataDir;

	private AppProcess app;

	@AfterEach
	void stopAndClean() throws Exception {
		if (app != null) {
			app.stop();
		}
		AppProcess.deleteDataDir(dataDir);
	}

	@Test
	void aKillWhileOcrReadsAPageLosesNothingAndTheJobRunsAgainFromThatPage() throws Exception {
		Assumptions.assumeTrue(AppProcess.jar().isPresent(),
				"no packaged jar in target/: run through `./mvnw verify`, which packages before the integration tests");
		dataDir = Files.createTempDirectory("baoku-scan-kill-");
		app = AppProcess.start(dataDir, 0);
		byte[] scan;
		try (InputStream in = ScanKillIT.class.getResourceAsStream("/realpages/pdf/rmrb_20180109_p07.pdf")) {
			scan = ScanImages.scan(in.readAllBytes(), 200, ScanImages.Kind.CLEAN, "rmrb_20180109_p07");
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("人民日报_2018-01-09_7.png", scan);
		files.put("人民日报_2018-01-10_7.png", ImageFiles.withNote(scan, "the next day"));
		Multipart form = Multipart.of(Map.of(), "files", files);
		ApiClient.Answer started = app.api().post("/api/admin/jobs", form.contentType(), form.body());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String job = started.json().get("id").asText();

		// Killed a few seconds into the first page's OCR (a page takes 15 s and more).
		Path working = dataDir.resolve("uploads").resolve(job).resolve("working-on.txt");
		long deadline = System.currentTimeMillis() + 120_000;
		while (!(Files.isRegularFile(working) && readQuietly(working).contains("2018-01-09"))) {
			assertThat(System.currentTimeMillis()).as("the job reaches its first page").isLessThan(deadline);
			Thread.sleep(50);
		}
		// A single upload answered at once (202) and waiting for OCR behind the job's page when the app is killed.
		Multipart single = Multipart.of(Map.of("newspaper", "人民日报"), "file",
				Map.of("人民日报_2018-01-11_7.png", ImageFiles.withNote(scan, "a single upload")));
		ApiClient.Answer accepted = app.api().post("/api/admin/pages", single.contentType(), single.body());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String upload = accepted.json().get("id").asText();
		assertThat(dataDir.resolve("single-uploads").resolve(upload)).as("kept on disk before the answer").isDirectory();
		Thread.sleep(3000);
		ApiClient.Answer running = app.api().getAsAdmin("/api/admin/jobs/" + job);
		assertThat(running.body()).as("killed mid-page").contains("\"done\":0,");
		app.killAll();

		app = AppProcess.start(dataDir, 1);
		JsonNode interrupted = app.api().getAsAdmin("/api/admin/jobs/" + job).json();
		assertThat(interrupted.get("state").asText()).isEqualTo("INTERRUPTED");
		assertThat(interrupted.get("failure").asText()).contains("人民日报_2018-01-09_7.png");

		AdminSession admin = AdminSession.anonymous(app.baseUrl());
		admin.signIn("admin", AppProcess.PASSWORD);
		assertThat(admin.get("/admin/jobs/" + job).body()).contains("/resume");
		assertThat(admin.post("/admin/jobs/" + job + "/resume", Map.of()).status()).isEqualTo(302);
		String again = app.api().getAsAdmin("/api/admin/jobs/" + job).json().get("committedAs").asText();
		JsonNode ended = awaitEnd(again);
		assertThat(ended.get("state").asText()).as(ended.toString()).isEqualTo("DONE");
		assertThat(ended.get("counts").get("INGESTED").asInt()).as(ended.toString()).isEqualTo(2);
		assertThat(ended.get("failed").asInt()).isZero();

		// The single upload was read again at the start, under the id its answer gave.
		JsonNode uploaded = awaitUpload(upload);
		assertThat(uploaded.get("state").asText()).as(uploaded.toString()).isEqualTo("DONE");
		assertThat(uploaded.get("result").get("status").asText()).as(uploaded.toString()).isEqualTo("INGESTED");
		assertThat(dataDir.resolve("single-uploads").resolve(upload)).as("removed once read").doesNotExist();

		// Each page stored once, with its articles, read by OCR.
		for (String date : new String[] { "2018-01-09", "2018-01-10", "2018-01-11" }) {
			JsonNode pages = app.api().get("/api/issues/人民日报/" + date).json().get("pages");
			assertThat(pages).as(date).hasSize(1);
			assertThat(pages.get(0).get("articles").size()).as(date).isGreaterThanOrEqualTo(3);
			long article = pages.get(0).get("articles").get(0).get("id").asLong();
			assertThat(app.api().get("/api/articles/" + article).json().get("ocr").isObject()).isTrue();
		}
	}

	private JsonNode awaitEnd(String job) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 300_000;
		while (true) {
			JsonNode progress = app.api().getAsAdmin("/api/admin/jobs/" + job).json();
			if (progress.get("finished").asBoolean() || System.currentTimeMillis() > deadline) {
				return progress;
			}
			Thread.sleep(500);
		}
	}

	private JsonNode awaitUpload(String id) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 300_000;
		while (true) {
			ApiClient.Answer answer = app.api().getAsAdmin("/api/admin/uploads/" + id);
			assertThat(answer.status()).as("the upload is known after the restart: " + answer.body()).isEqualTo(200);
			JsonNode progress = answer.json();
			if (progress.get("finished").asBoolean() || System.currentTimeMillis() > deadline) {
				return progress;
			}
			Thread.sleep(500);
		}
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException gone) {
			return "";
		}
	}

}
