package org.baoku;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged app running in a process of its own on a data folder, as an operator runs it: started with
 * {@code java -jar}, waited for until ready, and stopped or killed like a crashed machine would stop it.
 */
final class AppProcess {

	static final String PASSWORD = "crash-secret";

	private final Path dataDir;

	private final Path log;

	/** Known once the app has said where it answers. */
	private volatile int port;

	private final Process process;

	private AppProcess(Path dataDir, Path log, Process process) {
		this.dataDir = dataDir;
		this.log = log;
		this.process = process;
	}

	/** The jar {@code mvn package} built, when there is one (the integration tests run after packaging). */
	static Optional<Path> jar() {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("target"), "baoku-*.jar")) {
			for (Path file : files) {
				return Optional.of(file);
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static final Pattern READY = Pattern.compile("Baoku is ready at http://localhost:(\\d+)/");

	static AppProcess start(Path dataDir, int run) throws IOException, InterruptedException {
		return start(dataDir, run, List.of("-Xmx512m"));
	}

	/** With these JVM options (heap size, GC log, flight recording) before {@code -jar}. */
	static AppProcess start(Path dataDir, int run, List<String> jvmOptions) throws IOException, InterruptedException {
		Path log = dataDir.resolve("app-" + run + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
		command.add("-jar");
		command.add(jar().orElseThrow().toAbsolutePath().toString());
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("BAOKU_DATA_DIR", dataDir.toString());
		builder.environment().put("BAOKU_ADMIN_PASSWORD", PASSWORD);
		builder.environment().put("BAOKU_SEED_ON_FIRST_START", "false");
		// Port 0: the app takes a free port and names it in its ready line. A port picked free here beforehand could be
		// taken by then (once by the app's own embedded PostgreSQL).
		builder.environment().put("SERVER_PORT", "0");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		AppProcess app = new AppProcess(dataDir, log, builder.start());
		try {
			app.awaitReady();
		}
		catch (IOException | InterruptedException | RuntimeException notReady) {
			// A start that never became ready leaves no process behind (nor its PostgreSQL) for the next test.
			app.killAll();
			throw notReady;
		}
		return app;
	}

	private void awaitReady() throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + 300_000;
		while (System.currentTimeMillis() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + tail());
			}
			if (port == 0) {
				Matcher ready = READY.matcher(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
				if (!ready.find()) {
					Thread.sleep(250);
					continue;
				}
				port = Integer.parseInt(ready.group(1));
			}
			try {
				ApiClient.Answer ready = api().get("/actuator/health/readiness");
				if (ready.status() == 200) {
					return;
				}
			}
			catch (RuntimeException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the app did not become ready:\n" + tail());
	}

	/** The JVM's exit status once it has exited within {@code limit}; empty while it still runs. */
	Optional<Integer> exitWithin(Duration limit) throws InterruptedException {
		return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
				: Optional.empty();
	}

	/** The app's JVM, for attaching tools ({@code jcmd}). */
	long pid() {
		return process.pid();
	}

	/** CPU time the app's JVM has used so far (its PostgreSQL not counted). */
	long cpuNanos() {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	ApiClient api() {
		return new ApiClient(baseUrl(), PASSWORD);
	}

	String tail() throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	String logText() throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	/** The embedded PostgreSQL's server process, from its pid file. */
	Optional<ProcessHandle> postgres() throws IOException {
		Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
	}

	/** {@code kill -9} of the app alone: its PostgreSQL is left running, as after a crash of the JVM. */
	void killJava() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** {@code kill -9} of the app and of its PostgreSQL with every server process, as a power cut would. */
	void killAll() throws IOException, InterruptedException {
		Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
		List<String> pid = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
		List<ProcessHandle> postgres = new ArrayList<>();
		postgres().ifPresent(p -> {
			postgres.add(p);
			p.descendants().forEach(postgres::add);
		});
		process.destroyForcibly();
		postgres.forEach(ProcessHandle::destroyForcibly);
		process.waitFor(30, TimeUnit.SECONDS);
		for (ProcessHandle p : postgres) {
			p.onExit().join();
		}
		// A killed postmaster leaves its socket and lock file behind (the port and socket folder are in its pid file).
		if (pid.size() > 4 && !pid.get(4).isBlank()) {
			Path socket = Path.of(pid.get(4).strip()).resolve(".s.PGSQL." + pid.get(3).strip());
			Files.deleteIfExists(socket);
			Files.deleteIfExists(Path.of(socket + ".lock"));
		}
	}

	/** A graceful stop (SIGTERM): the app closes the index and stops its PostgreSQL. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Deletes a test's data folder (the app stopped first), whatever it holds. */
	static void deleteDataDir(Path dataDir) throws IOException {
		if (dataDir == null) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dataDir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** A connection to the running embedded PostgreSQL (its port is in the pid file). */
	Connection database() throws IOException, SQLException {
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "");
	}

}
