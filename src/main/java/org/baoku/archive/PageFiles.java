package org.baoku.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.baoku.config.BaokuProperties;
import org.springframework.stereotype.Component;

/**
 * The page PDFs the archive keeps, content-addressed under {@code <data>/pdf/ab/<sha256>.pdf}: the same file is
 * kept once, a file is never changed once written, and one written for a page whose transaction then failed is
 * only an unused file.
 */
@Component
public class PageFiles {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public PageFiles(BaokuProperties properties) {
		this.root = properties.dataDir().resolve("pdf");
	}

	/** Writes the file if it is not kept yet, whole or not at all. */
	public void keep(String sha256, byte[] bytes) {
		Path target = path(sha256);
		if (Files.exists(target)) {
			return;
		}
		try {
			AtomicFiles.write(target, temp -> Files.write(temp, bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep page PDF " + sha256, ex);
		}
	}

	/** The kept file with this hash, if there is one. */
	public Optional<Path> find(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			return Optional.empty();
		}
		Path path = path(sha256);
		return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	Path cacheDir() {
		return root.resolveSibling("cache").resolve("page-images");
	}

	private Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".pdf");
	}

}
