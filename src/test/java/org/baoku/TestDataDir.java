package org.baoku;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh data folder per test JVM, so every test run starts with an empty archive and index; deleted when the JVM
 * ends, once the embedded PostgreSQL servers in it have been stopped by their Spring contexts.
 */
public final class TestDataDir {

	/** How long the clean-up waits for servers still shutting down. */
	private static final long SERVERS_STOP_MILLIS = 60_000;

	private static final int DELETE_ATTEMPTS = 10;

	private static final Path DIR = create();

	private TestDataDir() {
	}

	public static Path path(String name) {
		return DIR.resolve(name);
	}

	private static Path create() {
		try {
			Path dir = Files.createTempDirectory("baoku-test-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "baoku-test-data-clean-up"));
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Shutdown hooks run together: Spring's stops the servers while this one waits for their pid files to go, so
	 * no server is left with its files deleted under it.
	 */
	private static void delete(Path dir) {
		long deadline = System.currentTimeMillis() + SERVERS_STOP_MILLIS;
		while (runningServers(dir) && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
		// A server that has just let go of its pid file may still write its statistics: try again briefly.
		for (int attempt = 1;; attempt++) {
			try (Stream<Path> walk = Files.walk(dir)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
				return;
			}
			catch (IOException | UncheckedIOException ex) {
				if (attempt == DELETE_ATTEMPTS) {
					System.err.println("Could not delete the test data folder " + dir + ": " + ex);
					return;
				}
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static boolean runningServers(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.anyMatch(p -> p.getFileName().toString().equals("postmaster.pid"));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

}
