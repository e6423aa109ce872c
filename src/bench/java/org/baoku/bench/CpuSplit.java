package org.baoku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a search's CPU goes, from a short flight recording of the app under load: the execution samples taken
 * inside a search ({@code ArticleSearcher.search}), each put in one part by its stack, so the next bottleneck shows
 * without a profiler session. A sample is highlighting or stored fields when either is anywhere on its stack (both
 * read postings and documents of their own); otherwise its innermost frame that names a part decides (counting
 * facets, a phrase, a collector, then any scorer or postings: matching).
 */
public final class CpuSplit {

	/**
	 * The parts, in the order they are printed: "matching" is walking postings and scoring outside phrases, "other"
	 * is query building, the response, and the rest.
	 */
	static final List<String> PARTS = List.of("facets", "collecting", "phrases", "matching", "stored_fields", "highlighting",
			"other");

	private static final String SEARCH_FRAME = "org.baoku.search.ArticleSearcher.search";

	private final Map<String, Integer> samples;

	/** Samples by part and innermost method. */
	private final Map<String, Integer> leaves;

	private CpuSplit(Map<String, Integer> samples, Map<String, Integer> leaves) {
		this.samples = samples;
		this.leaves = leaves;
	}

	/** Starts a recording of the process (its own JDK's {@code jcmd}), to be stopped by {@link #stop}. */
	public static void start(long pid, Path file) throws IOException, InterruptedException {
		jcmd(pid, "JFR.start", "name=bench-split", "settings=profile", "filename=" + file.toAbsolutePath());
	}

	/** Stops the recording, writes it and reads the split of its samples. */
	public static CpuSplit stop(long pid, Path file) throws IOException, InterruptedException {
		jcmd(pid, "JFR.stop", "name=bench-split");
		return read(file);
	}

	static CpuSplit read(Path file) throws IOException {
		Map<String, Integer> samples = new LinkedHashMap<>();
		PARTS.forEach(p -> samples.put(p, 0));
		Map<String, Integer> leaves = new TreeMap<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.stream().noneMatch(f -> name(f).equals(SEARCH_FRAME))) {
				continue;
			}
			String part = part(frames);
			samples.merge(part, 1, Integer::sum);
			if (!frames.isEmpty()) {
				leaves.merge(part + ":" + name(frames.get(0)), 1, Integer::sum);
			}
		}
		return new CpuSplit(samples, leaves);
	}

	static String part(List<RecordedFrame> frames) {
		if (any(frames, n -> n.contains(".uhighlight.") || n.contains("SnippetHighlighter"))) {
			return "highlighting";
		}
		if (any(frames, n -> n.contains("StoredFields") || n.contains("ExportRow"))) {
			return "stored_fields";
		}
		for (RecordedFrame frame : frames) {
			String n = name(frame);
			// Counting itself, not the drill-sideways scorer that drives the query's own matching.
			if (n.startsWith("org.baoku.search.Facet") || n.startsWith("org.apache.lucene.facet.sortedset.")
					|| n.contains("FacetsCollector")) {
				return "facets";
			}
			if (n.contains("Phrase")) {
				return "phrases";
			}
			if (n.contains("Collector") || n.contains("Comparator") || n.startsWith("org.apache.lucene.util.PriorityQueue")) {
				return "collecting";
			}
			if (n.contains("Scorer") || n.contains("Postings") || n.contains("DocIdSetIterator") || n.contains("Disi")
					|| n.contains("Conjunction") || n.contains("Disjunction")) {
				return "matching";
			}
		}
		return "other";
	}

	private static boolean any(List<RecordedFrame> frames, Predicate<String> test) {
		return frames.stream().map(CpuSplit::name).anyMatch(test);
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	public int total() {
		return samples.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Each part's share of the samples, as "facets 41% collecting 22% …". */
	@Override
	public String toString() {
		int total = Math.max(1, total());
		return samples.entrySet()
			.stream()
			.map(e -> "%s %.0f%%".formatted(e.getKey(), 100.0 * e.getValue() / total))
			.collect(Collectors.joining(" ")) + " (" + total() + " samples)";
	}

	/** The innermost methods of the samples, with their part, most sampled first. */
	public String leaves(int max) {
		return leaves.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.limit(max)
			.map(e -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining(", "));
	}

	private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		if (!Files.isExecutable(jcmd)) {
			throw new IllegalStateException("no jcmd in " + jcmd.getParent() + ": the benchmark needs a JDK");
		}
		List<String> line = new java.util.ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String said = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", line) + " failed: " + said);
		}
	}

}
