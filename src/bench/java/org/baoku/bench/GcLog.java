package org.baoku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Heap use of a JVM from its {@code -Xlog:gc} file: the largest heap before a collection (the peak it reached) and
 * the largest after one (the peak of what was live).
 */
public record GcLog(long peakMb, long livePeakMb) {

	private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	/** {@code -Xlog} options that write such a file. */
	public static String option(Path file) {
		return "-Xlog:gc:file=" + file;
	}

	public static GcLog read(Path file) throws IOException {
		long peak = 0;
		long live = 0;
		if (!Files.exists(file)) {
			return new GcLog(0, 0);
		}
		try (Stream<String> lines = Files.lines(file)) {
			for (String line : (Iterable<String>) lines::iterator) {
				Matcher m = PAUSE.matcher(line);
				if (m.find()) {
					peak = Math.max(peak, Long.parseLong(m.group(1)));
					live = Math.max(live, Long.parseLong(m.group(2)));
				}
			}
		}
		return new GcLog(peak, live);
	}

	public GcLog max(GcLog other) {
		return new GcLog(Math.max(peakMb, other.peakMb), Math.max(livePeakMb, other.livePeakMb));
	}

}
