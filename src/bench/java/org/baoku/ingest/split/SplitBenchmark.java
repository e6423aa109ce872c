package org.baoku.ingest.split;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.baoku.ingest.PageParser;

/**
 * {@code bench-parse [--seeds DIR]}: how the cost of splitting grows with the size of a page file. Files of 0.1, 1
 * and 5 MB are made by repeating the seed pages; each is parsed (split and officials, as the ingest does), split
 * alone, and split alone as one window, the way the splitter worked before windows (the baseline, up to 1 MB:
 * beyond, it takes minutes). Best of three runs after a warm-up.
 */
public final class SplitBenchmark {

	private static final double[] SIZES_MB = { 0.1, 1, 5 };

	private static final double BASELINE_UP_TO_MB = 1;

	private final PrintStream out;

	public SplitBenchmark(PrintStream out) {
		this.out = out;
	}

	public int run(String[] args) throws IOException {
		Path seeds = Path.of(args.length > 2 && "--seeds".equals(args[1]) ? args[2] : "seeds");
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				all.append(Files.readString(file)).append("\n\n");
			}
		}
		if (all.isEmpty()) {
			out.println("bench-parse: no .txt pages in " + seeds);
			return 1;
		}
		PageParser parser = new PageParser();
		PageSplitter splitter = new PageSplitter();
		parser.parse(all.toString());
		out.printf("%-8s %10s %9s %9s %10s %9s %26s%n", "size", "chars", "articles", "parse s", "s per MB", "split s",
				"baseline split, 1 window s");
		for (double mb : SIZES_MB) {
			String text = repeat(all, (int) (mb * 1_000_000 / 3));
			double seconds = best(text, t -> parser.parse(t).articles().size());
			int articles = parser.parse(text).articles().size();
			String baseline = mb <= BASELINE_UP_TO_MB
					? "%.2f".formatted(best(text, t -> splitter.splitWindow(t).articles().size())) : "(not run)";
			double split = best(text, t -> splitter.split(t).articles().size());
			out.printf("%-8s %10d %9d %9.2f %10.2f %9.2f %26s%n", mb + " MB", text.length(), articles, seconds,
					seconds / mb, split, baseline);
		}
		return 0;
	}

	/** About three UTF-8 bytes a character: the seed pages repeated to {@code chars} characters. */
	private static String repeat(CharSequence pages, int chars) {
		StringBuilder text = new StringBuilder(chars + pages.length());
		while (text.length() < chars) {
			text.append(pages);
		}
		return text.substring(0, chars);
	}

	private static double best(String text, Function<String, Integer> work) {
		double best = Double.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			long started = System.nanoTime();
			work.apply(text);
			best = Math.min(best, (System.nanoTime() - started) / 1e9);
		}
		return best;
	}

}
