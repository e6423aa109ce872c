package org.baoku;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data folder per test JVM, so every test run starts with an empty archive and index. */
final class TestDataDir {

	private static final Path DIR = create();

	private TestDataDir() {
	}

	static Path path(String name) {
		return DIR.resolve(name);
	}

	private static Path create() {
		try {
			return Files.createTempDirectory("baoku-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
