package org.baoku;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The packaged jar run as an operator runs it, with a command it does not know. */
class CommandLineIT {

	@TempDir
	Path workDir;

	@Test
	void theJarBuiltOnLinuxCarriesOnlyLinuxBinariesAndStaysUnder150Megabytes() throws Exception {
		assumeTrue(AppProcess.jar().isPresent(), "no packaged jar: run after mvn package");
		assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
				"a jar built on a Mac carries the macOS PostgreSQL too");
		Path jar = AppProcess.jar().orElseThrow();
		// 150 MB in decimal (issue 46): about 91 MB before OCR, 121 MB with ONNX Runtime's Linux natives and the
		// PP-OCRv4 models (30 MB)
		assertThat(Files.size(jar)).as("bytes of %s", jar).isLessThanOrEqualTo(150_000_000L);
		try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
			List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
			assertThat(names).filteredOn(n -> n.contains("darwin") || n.contains("osx") || n.contains("win-")).isEmpty();
			assertThat(names).contains("BOOT-INF/classes/ai/onnxruntime/native/linux-x64/libonnxruntime.so",
					"BOOT-INF/classes/ai/onnxruntime/native/linux-aarch64/libonnxruntime.so",
					"BOOT-INF/classes/models/ch_PP-OCRv4_det_infer.onnx", "BOOT-INF/classes/models/ch_PP-OCRv4_rec_infer.onnx");
			assertThat(names).noneMatch(n -> n.startsWith("BOOT-INF/lib/onnxruntime") || n.startsWith("BOOT-INF/lib/rapidocr") || n.contains("PP-OCRv3"));
		}
	}

	@Test
	void aMistypedCommandPrintsTheCommandsAndExits2WithoutStartingAnything() throws Exception {
		assumeTrue(AppProcess.jar().isPresent(), "no packaged jar: run after mvn package");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-jar", AppProcess.jar().orElseThrow().toAbsolutePath().toString(), "fit-profil", "--gold", "x");
		Path log = workDir.resolve("out.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("BAOKU_DATA_DIR");
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ended").isTrue();
		String out = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(out).isEqualTo(2);
		assertThat(out).contains("unknown command: fit-profil", "usage:", "parse", "ingest")
			.doesNotContain("Tomcat", "PostgreSQL");
		// Nothing was started, so nothing was made in the folder it ran in (the default data folder is ./data).
		try (var files = Files.list(workDir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.log");
		}
	}

}
