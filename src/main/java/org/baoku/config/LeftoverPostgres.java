package org.baoku.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on our data folder by an app that was killed ({@code kill -9} never runs shutdown hooks)
 * keeps {@code postmaster.pid}, and the next start would fail on it. Such a server is recognised by the pid file in
 * the data folder and by its command line naming that folder, and is asked for a fast shutdown (SIGINT: committed
 * work is on disk, open transactions are rolled back) before the new server starts.
 */
final class LeftoverPostgres {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private LeftoverPostgres() {
	}

	/** Stops the server still running on {@code dataDirectory}, if any; a stale pid file is left to PostgreSQL. */
	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> server = serverOf(pidFile, dataDirectory);
		if (server.isEmpty()) {
			log.info("Stale {} from a server that is gone: PostgreSQL will take it over", pidFile);
			return;
		}
		ProcessHandle postmaster = server.get();
		log.warn("A PostgreSQL (pid {}) left from an earlier run still serves {}: stopping it", postmaster.pid(),
				dataDirectory);
		signal(postmaster, "INT");
		try {
			postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
			log.info("The leftover PostgreSQL stopped");
		}
		catch (Exception ex) {
			throw new IOException("the PostgreSQL left running on " + dataDirectory + " (pid " + postmaster.pid()
					+ ") did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s; stop it and start again", ex);
		}
	}

	private static Optional<ProcessHandle> serverOf(Path pidFile, Path dataDirectory) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		String folder = dataDirectory.toAbsolutePath().normalize().toString();
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(folder)).orElse(false));
	}

	private static void signal(ProcessHandle process, String signal) throws IOException {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
			if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			log.debug("kill -{} failed: {}", signal, ex.getMessage());
		}
		// SIGTERM is PostgreSQL's smart shutdown: it waits for clients, and the killed app has none left.
		process.destroy();
	}

}
