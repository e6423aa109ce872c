package org.baoku.ingest.split;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedPage;
import org.baoku.ingest.ocr.ScanImages;

/**
 * {@code bench-ocr}: scanned pages through the whole pipeline, beside the same pages' PDFs (the baseline, measured
 * in the same run). Real page PDFs with gold ({@code ../shared/realpages}, gold in the test resources) are scanned at
 * 200 dpi three ways ({@link ScanImages}: a clean grey PNG, a worn JPEG, a bilevel G4 TIFF) and each scan is parsed
 * as an upload is (the image kept as a PDF, levelled, read by OCR, split). Per page and kind it prints seconds, the
 * process's CPU seconds, its resident memory after the page, article F1 against the gold and fidelity against the
 * PDF's own text; then per kind the means, pages per hour of a bulk load read by one OCR worker, the peak native
 * memory while a page of the kind was read (resident memory less what the JVM has committed for its heap and its own
 * areas, sampled every 50 ms: ONNX Runtime's allocations and the JVM's untracked ones; the PDF path is the baseline),
 * and the process's peak resident memory (Java heap and native memory together).
 */
public final class OcrBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final PrintStream out;

	public OcrBenchmark(PrintStream out) {
		this.out = out;
	}

	/** A kind of reading: the PDF path, or a kind of scan. */
	private record Figures(List<Double> seconds, List<Double> cpu, List<Double> fidelity, GoldScorer.Score[] score,
			long[] nativePeakKb) {

		Figures() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new GoldScorer.Score[1], new long[1]);
		}

		void add(double s, double c, double f, GoldScorer.Score page, long nativeKb) {
			seconds.add(s);
			cpu.add(c);
			fidelity.add(f);
			score[0] = score[0] == null ? page : score[0].plus(page);
			nativePeakKb[0] = Math.max(nativePeakKb[0], nativeKb);
		}

	}

	/** Samples the process's native memory (resident less the JVM's committed heap and non-heap) and keeps its peak. */
	private static final class NativeMemory implements AutoCloseable {

		private final java.util.concurrent.atomic.AtomicLong peakKb = new java.util.concurrent.atomic.AtomicLong();

		private final Thread sampler = new Thread(this::sample, "native-memory-sampler");

		NativeMemory() {
			sampler.setDaemon(true);
			sampler.start();
		}

		private void sample() {
			while (!Thread.currentThread().isInterrupted()) {
				sampleNow();
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		/** Resident memory less what the JVM has committed; a lower bound where committed heap is not all resident. */
		private void sampleNow() {
			var memory = ManagementFactory.getMemoryMXBean();
			long committedKb = (memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted())
					/ 1024;
			peakKb.accumulateAndGet(status("VmRSS") - committedKb, Math::max);
		}

		/** The peak since the last call (a sample taken now included), and a new count from a sample now. */
		synchronized long takePeakKb() {
			sampleNow();
			long peak = peakKb.getAndSet(0);
			sampleNow();
			return peak;
		}

		@Override
		public void close() {
			sampler.interrupt();
		}

	}

	private final NativeMemory nativeMemory = new NativeMemory();

	public int run(Path shared, Path golds, int pages) throws IOException {
		// OCR's own speed: every core (the server leaves one to searches unless -Dbaoku.ocr.threads says otherwise).
		if (System.getProperty("baoku.ocr.threads") == null) {
			System.setProperty("baoku.ocr.threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
		}
		Path pdfs = shared.resolve("realpages").resolve("pdf");
		Path texts = shared.resolve("realpages").resolve("pages");
		List<Path> gold;
		try (Stream<Path> files = Files.list(golds)) {
			gold = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
		}
		if (gold.isEmpty() || !Files.isDirectory(pdfs)) {
			out.println("bench-ocr: no pages with gold (" + golds + ") or no page PDFs (" + pdfs + ")");
			return 1;
		}
		// Pages spread over the set: every so many of the pages with gold.
		List<Path> chosen = new ArrayList<>();
		for (int i = 0; i < Math.min(pages, gold.size()); i++) {
			chosen.add(gold.get(i * gold.size() / Math.min(pages, gold.size())));
		}
		PageParser parser = new PageParser();
		Figures pdf = new Figures();
		Map<ScanImages.Kind, Figures> scans = new EnumMap<>(ScanImages.Kind.class);
		out.println("bench-ocr: OCR threads " + System.getProperty("baoku.ocr.threads") + "; page kind seconds cpu-seconds"
				+ " rss-MB articleF1 fidelity native-peak-MB");
		for (Path goldFile : chosen) {
			String name = goldFile.getFileName().toString().replace(".json", "");
			JsonNode pageGold = JSON.readTree(goldFile.toFile());
			byte[] file = Files.readAllBytes(pdfs.resolve(name + ".pdf"));
			String text = Files.readString(texts.resolve(name + ".txt"));
			measure(name, "pdf", file, parser, pageGold, text, pdf);
			for (ScanImages.Kind kind : ScanImages.Kind.values()) {
				byte[] scan = ScanImages.scan(file, 200, kind, name);
				measure(name, kind.name().toLowerCase(), scan, parser, pageGold, text,
						scans.computeIfAbsent(kind, k -> new Figures()));
			}
		}
		nativeMemory.close();
		out.println("bench-ocr: kind pages seconds/page cpu-seconds/page pages/hour articleF1 fidelity-mean fidelity-min"
				+ " native-peak-MB");
		summary("pdf", pdf);
		scans.forEach((kind, figures) -> summary(kind.name().toLowerCase(), figures));
		out.printf("bench-ocr: peak resident memory of the process %d MB (heap and native; one OCR worker)%n",
				status("VmHWM") / 1024);
		return 0;
	}

	private void measure(String name, String kind, byte[] file, PageParser parser, JsonNode gold, String text,
			Figures figures) {
		long cpu = processCpuNanos();
		nativeMemory.takePeakKb();
		long start = System.nanoTime();
		ParsedPage parsed = parser.parse(file);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
		long nativeKb = nativeMemory.takePeakKb();
		GoldScorer.Score score = GoldScorer.score(gold, parsed);
		double fidelity = Fidelity.of(text, parsed).share();
		figures.add(seconds, cpuSeconds, fidelity, score, nativeKb);
		out.printf("bench-ocr: %s %s %.1f %.1f %d %.3f %.3f %d%n", name, kind, seconds, cpuSeconds, status("VmRSS") / 1024,
				score.articleF1(), fidelity, nativeKb / 1024);
	}

	private void summary(String kind, Figures f) {
		double seconds = mean(f.seconds());
		out.printf("bench-ocr: %s %d %.1f %.1f %.0f %.3f %.3f %.3f %d%n", kind, f.seconds().size(), seconds, mean(f.cpu()),
				3600 / seconds, f.score()[0].articleF1(), mean(f.fidelity()),
				f.fidelity().stream().mapToDouble(Double::doubleValue).min().orElse(0), f.nativePeakKb()[0] / 1024);
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** A figure of /proc/self/status in kB (VmRSS now, VmHWM its peak); 0 where there is no such file. */
	private static long status(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
		return 0;
	}

}
