package org.baoku;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never up and deaf: the packaged app in its own process runs out of memory in one of its threads (a test agent
 * takes the heap, {@link OutOfMemoryAgent}) and exits instead of living on without answering; started again on its
 * data folder, as the compose file's restart policy starts it, it answers. Once as the Dockerfile launches it (the
 * JVM's own {@code -XX:+ExitOnOutOfMemoryError}) and once bare ({@code java -jar}, where the app's own handler of
 * uncaught JVM errors ends it).
 */
class OutOfMemoryIT {

	private Path dataDir;

	private AppProcess app;

	@BeforeEach
	void folder() throws IOException {
		Assumptions.assumeTrue(AppProcess.jar().isPresent(),
				"no packaged jar in target/: run through `./mvnw verify`, which packages before the integration tests");
		dataDir = Files.createTempDirectory("baoku-oom-");
	}

	@AfterEach
	void clean() throws Exception {
		if (app != null) {
			app.killAll();
		}
		AppProcess.deleteDataDir(dataDir);
	}

	@Test
	void launchedAsTheDockerfileLaunchesItTheAppExitsOnRunningOutOfMemoryAndComesBack() throws Exception {
		List<String> launch = dockerfileJvmOptions();
		assertThat(launch).contains("-XX:+ExitOnOutOfMemoryError");
		assertThat(composeRestartPolicy()).as("docker-compose.yml starts the app again when it exits")
			.isIn("always", "unless-stopped", "on-failure");
		List<String> options = new ArrayList<>(launch);
		options.add("-Xmx512m");
		int status = runOutOfMemory(options);
		assertThat(status).isEqualTo(3);
		assertThat(app.logText()).contains("Terminating due to java.lang.OutOfMemoryError");
		answersWhenStartedAgain();
	}

	@Test
	void launchedBareTheAppStillExitsOnRunningOutOfMemoryAndSaysTheFlagIsMissing() throws Exception {
		int status = runOutOfMemory(new ArrayList<>(List.of("-Xmx512m")));
		assertThat(status).isEqualTo(3);
		assertThat(app.logText()).contains("started without -XX:+ExitOnOutOfMemoryError", "OutOfMemoryError",
				"in thread memory-hog");
		answersWhenStartedAgain();
	}

	/** Starts the app, sees it answer, makes one of its threads run out of memory; its exit status. */
	private int runOutOfMemory(List<String> options) throws Exception {
		Path trigger = dataDir.resolve("run-out-of-memory");
		options.add("-javaagent:" + agentJar() + "=" + trigger);
		app = AppProcess.start(dataDir, 0, options);
		assertThat(app.api().search("报").status()).isEqualTo(200);
		Files.writeString(trigger, "now");
		Optional<Integer> status = app.exitWithin(Duration.ofSeconds(60));
		assertThat(status).as("the app exited instead of living on: " + app.tail()).isPresent();
		return status.get();
	}

	private void answersWhenStartedAgain() throws Exception {
		app.killAll();
		app = AppProcess.start(dataDir, 1);
		assertThat(app.api().search("报").status()).isEqualTo(200);
		assertThat(app.api().get("/actuator/health/liveness").status()).isEqualTo(200);
	}

	/** What the Dockerfile puts between {@code java} and {@code -jar}. */
	private static List<String> dockerfileJvmOptions() throws IOException {
		Matcher entry = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]").matcher(Files.readString(Path.of("Dockerfile")));
		assertThat(entry.find()).as("the Dockerfile's ENTRYPOINT").isTrue();
		List<String> words = Stream.of(entry.group(1).split(","))
			.map(w -> w.strip().replaceAll("^\"|\"$", ""))
			.toList();
		return words.subList(words.indexOf("java") + 1, words.indexOf("-jar"));
	}

	/** The {@code restart:} of the compose file's {@code app} service. */
	private static String composeRestartPolicy() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		String fromApp = compose.substring(compose.indexOf("\n  app:") + 1);
		Matcher nextService = Pattern.compile("(?m)^  [a-z][\\w-]*:").matcher(fromApp);
		String app = nextService.find(1) ? fromApp.substring(0, nextService.start()) : fromApp;
		Matcher restart = Pattern.compile("(?m)^    restart: (\\S+)").matcher(app);
		return restart.find() ? restart.group(1) : "";
	}

	/** The agent in a jar of its own, its class taken from the compiled tests. */
	private Path agentJar() throws IOException {
		Path jar = dataDir.resolve("oom-agent.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), OutOfMemoryAgent.class.getName());
		String entry = OutOfMemoryAgent.class.getName().replace('.', '/') + ".class";
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
				var in = OutOfMemoryAgent.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		return jar;
	}

}
