package org.baoku.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UploadSpoolTests {

	@TempDir
	Path dir;

	@Test
	void anUploadKeptIsFoundAgainWholeUntilItEnds() {
		UploadSpool spool = new UploadSpool(dir.resolve("single-uploads"));
		String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
		byte[] bytes = "报纸的一版".getBytes(StandardCharsets.UTF_8);
		Instant started = Instant.parse("2026-11-28T04:00:00Z");
		spool.keep(id, new RawPage("人民日报", LocalDate.of(2018, 1, 9), "7", "人民日报_2018-01-09_7.png", bytes), true,
				"admin", started);
		spool.keep("7c9e6679-7425-40de-944b-e07fc1f90ae7", new RawPage(null, null, "", "rmrb_20180110_p07.png", bytes),
				false, "editor", started.plusSeconds(1));

		List<UploadSpool.Left> left = new UploadSpool(dir.resolve("single-uploads")).left();
		assertThat(left).hasSize(2);
		UploadSpool.Left first = left.get(0);
		assertThat(first.id()).isEqualTo(id);
		assertThat(first.page().newspaper()).isEqualTo("人民日报");
		assertThat(first.page().date()).isEqualTo(LocalDate.of(2018, 1, 9));
		assertThat(first.page().pageLabel()).isEqualTo("7");
		assertThat(first.page().fileName()).isEqualTo("人民日报_2018-01-09_7.png");
		assertThat(first.page().bytes()).isEqualTo(bytes);
		assertThat(first.replace()).isTrue();
		assertThat(first.actor()).isEqualTo("admin");
		assertThat(first.started()).isEqualTo(started);
		assertThat(left.get(1).page().newspaper()).isEmpty();
		assertThat(left.get(1).page().date()).isNull();

		spool.done(id);
		assertThat(new UploadSpool(dir.resolve("single-uploads")).left()).extracting(UploadSpool.Left::actor)
			.containsExactly("editor");
	}

	@Test
	void anUploadStartedAgainAndAgainWithoutEndingIsSetAside() {
		Path root = dir.resolve("single-uploads");
		String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
		new UploadSpool(root).keep(id, new RawPage("人民日报", LocalDate.of(2018, 1, 9), "7", "a.png", new byte[] { 1 }),
				false, "admin", Instant.now());
		for (int start = 1; start <= UploadSpool.MAX_ATTEMPTS; start++) {
			assertThat(new UploadSpool(root).left()).as("start " + start).extracting(UploadSpool.Left::attempts)
				.containsExactly(start - 1);
		}
		assertThat(new UploadSpool(root).left()).isEmpty();
		assertThat(root.resolve(id + ".failed").resolve("page.bin")).as("kept, set aside").exists();
	}

	@Test
	void anUploadAcceptedAfterTheStartIsNotReadAsLeftByIt() {
		Path root = dir.resolve("single-uploads");
		UploadSpool spool = new UploadSpool(root);
		spool.keep("0f8fad5b-d9cb-469f-a165-70867728950e", new RawPage("人民日报", null, "", "a.png", new byte[] { 1 }),
				false, "admin", Instant.now());
		assertThat(spool.left()).isEmpty();
	}

	@Test
	void aFolderHalfRemovedOrUnreadableNeitherStopsTheStartNorIsLost() throws Exception {
		Path root = dir.resolve("single-uploads");
		Path broken = Files.createDirectories(root.resolve("0f8fad5b-d9cb-469f-a165-70867728950e"));
		Files.writeString(broken.resolve("upload.properties"), "started=not a time\n");
		Path ended = Files.createDirectories(root.resolve("7c9e6679-7425-40de-944b-e07fc1f90ae7.done"));
		assertThat(new UploadSpool(root).left()).isEmpty();
		assertThat(root.resolve("0f8fad5b-d9cb-469f-a165-70867728950e.unreadable")).isDirectory();
		assertThat(ended).doesNotExist();
	}

	@Test
	void aHalfWrittenUploadWasNeverAnsweredAndIsRemoved() throws Exception {
		Path root = dir.resolve("single-uploads");
		Path part = Files.createDirectories(root.resolve("0f8fad5b-d9cb-469f-a165-70867728950e.part"));
		Files.write(part.resolve("page.bin"), new byte[] { 1, 2 });
		assertThat(new UploadSpool(root).left()).isEmpty();
		assertThat(part).doesNotExist();
	}

}
