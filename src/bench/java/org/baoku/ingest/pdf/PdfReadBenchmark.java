package org.baoku.ingest.pdf;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baoku.ingest.PageParser;

/**
 * {@code bench-pdf DIR...}: the CPU a page PDF costs to read, per folder of page PDFs. Each page is read as the ingest
 * reads it (decode, lines, roles, articles, officials: {@link PageParser}), and beside it, in the same run, two
 * figures to read it against: the roles stage alone (features and the line-role model's guess for every line,
 * {@link PageRoles}) and the baseline, PDFBox's own text stripper on the same file (what an archive that keeps the
 * page's text unsplit spends). All three are measured alike, in the process's CPU (the reading runs on a worker
 * thread under its time limit; the JIT compiler and the collector are in each figure too), after a warm-up pass over
 * every page; the process's CPU over the whole measured pass closes the line (the three, and the decoding and line
 * building the roles stage is given its lines by). A page that cannot be read is counted and left out.
 */
public final class PdfReadBenchmark {

	private final PrintStream out;

	public PdfReadBenchmark(PrintStream out) {
		this.out = out;
	}

	/** One page's figures, milliseconds of CPU. */
	private record Page(int lines, double read, double roles, double baseline) {
	}

	public int run(List<Path> folders) throws IOException {
		PageParser parser = new PageParser();
		out.println("bench-pdf: set pages lines/page read-cpu-ms/page(mean max) roles-cpu-ms/page baseline-strip-cpu-ms/page"
				+ " pass-cpu-ms/page");
		for (Path folder : folders) {
			List<byte[]> pdfs = pdfs(folder);
			if (pdfs.isEmpty()) {
				out.println("bench-pdf: no page PDFs in " + folder);
				return 1;
			}
			int unread = 0;
			for (byte[] pdf : pdfs) {
				try {
					measure(parser, pdf);
				}
				catch (RuntimeException ex) {
					unread++;
				}
			}
			long processBefore = processCpuNanos();
			List<Page> pages = new ArrayList<>();
			for (byte[] pdf : pdfs) {
				try {
					pages.add(measure(parser, pdf));
				}
				catch (RuntimeException ex) {
					// counted in the warm-up pass
				}
			}
			if (unread > 0) {
				out.printf("bench-pdf: %s: %d of %d pages could not be read and are left out%n", name(folder), unread,
						pdfs.size());
			}
			if (pages.isEmpty()) {
				return 1;
			}
			double process = (processCpuNanos() - processBefore) / 1e6 / pages.size();
			out.printf("bench-pdf: %s %d %.0f %.0f %.0f %.1f %.0f %.0f%n", name(folder), pages.size(),
					pages.stream().mapToInt(Page::lines).average().orElse(0),
					pages.stream().mapToDouble(Page::read).average().orElse(0),
					pages.stream().mapToDouble(Page::read).max().orElse(0),
					pages.stream().mapToDouble(Page::roles).average().orElse(0),
					pages.stream().mapToDouble(Page::baseline).average().orElse(0), process);
		}
		out.println("bench-pdf: target: a page PDF read in at most 1000 ms of CPU");
		return 0;
	}

	private static Page measure(PageParser parser, byte[] pdf) throws IOException {
		// The reading runs on a worker thread under its time limit (BoundedReading): the process's CPU is what it cost.
		long readStarted = processCpuNanos();
		parser.parse(pdf);
		double read = (processCpuNanos() - readStarted) / 1e6;
		List<TextLine> lines;
		double width;
		double height;
		try (PDDocument document = PdfPageReader.load(pdf)) {
			width = document.getPage(0).getCropBox().getWidth();
			height = document.getPage(0).getCropBox().getHeight();
			lines = LineBuilder.lines(PdfGlyphReader.read(document),
					UnsplitPage.drawnOrNone(() -> PageRules.read(document.getPage(0))).uprights());
		}
		long started = processCpuNanos();
		PageRoles.guessed(lines, width, height);
		double roles = (processCpuNanos() - started) / 1e6;
		started = processCpuNanos();
		try (PDDocument document = PdfPageReader.load(pdf)) {
			new PDFTextStripper().getText(document);
		}
		double baseline = (processCpuNanos() - started) / 1e6;
		return new Page(lines.size(), read, roles, baseline);
	}

	/** The set's name: the folder's, or its parent's where the folder is a set's {@code pdf}. */
	private static String name(Path folder) {
		Path name = folder.toAbsolutePath().normalize();
		return ("pdf".equals(name.getFileName().toString()) && name.getParent() != null ? name.getParent() : name)
			.getFileName().toString();
	}

	private static List<byte[]> pdfs(Path folder) throws IOException {
		List<byte[]> pdfs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
				pdfs.add(Files.readAllBytes(file));
			}
		}
		return pdfs;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

}
