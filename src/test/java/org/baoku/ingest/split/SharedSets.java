package org.baoku.ingest.split;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The evaluation sets kept outside the repository ({@code -Dbaoku.shared=DIR}, by default ../shared). */
public final class SharedSets {

	static final Path ROOT = Path.of(System.getProperty("baoku.shared", "../shared"));

	private SharedSets() {
	}

	/** The set's folder, or a skip saying where it was looked for; under CI ({@code CI=true}) a failure instead. */
	public static Path require(String set, String purpose) {
		Path dir = ROOT.resolve(set);
		boolean there = Files.isDirectory(dir);
		if (!there && "true".equals(System.getenv("CI"))) {
			throw new AssertionError("CI needs the set " + dir.toAbsolutePath() + " " + purpose);
		}
		Assumptions.assumeTrue(there, "skipped: the set is not at " + dir.toAbsolutePath() + " (set -Dbaoku.shared=DIR)");
		return dir;
	}

}
