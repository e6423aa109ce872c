package org.baoku.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.baoku.ingest.pdf.PageImages;
import org.baoku.ingest.pdf.PageLines;
import org.baoku.ingest.pdf.PdfPageReader;
import org.baoku.ingest.pdf.PdfRefusedException;
import org.baoku.ingest.profile.ProfileFiles;
import org.baoku.ingest.split.SplitExplainer;
import org.baoku.ingest.split.SplitProfile;

/**
 * `parse`: splits raw pages and prints their articles as JSON, touching nothing. One file prints to standard output;
 * with {@code --out DIR} every file given (or every {@code .txt} and {@code .pdf} file of a folder given) is written to
 * {@code DIR/<name>.json}, so a whole set is split in one JVM. {@code --explain FILE} prints how the page was read;
 * {@code --profile PROFILE.json} splits with a paper's layout profile.
 */
public final class ParseCommand {

	static final String USAGE = """
			usage: java -jar baoku.jar parse [--profile PROFILE.json] FILE
			       java -jar baoku.jar parse [--profile PROFILE.json] --out DIR FILE|FOLDER...
			       java -jar baoku.jar parse [--profile PROFILE.json] --explain FILE
			       java -jar baoku.jar parse --lines --out DIR FILE|FOLDER...
			  --lines writes each page PDF's (or page image's) text lines as the reader builds them (DIR/<name>.lines.json), for training
			  --profile splits with a paper's layout profile (made by fit-profile) instead of the default tuning""";

	private final PrintStream out;

	private final PrintStream err;

	private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	public ParseCommand(PrintStream out, PrintStream err) {
		this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
		this.err = err;
	}

	/** Returns the process exit status: 0 on success, 2 on a usage error, 1 when a file cannot be read. */
	public int run(String[] args) {
		List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
		boolean explain = rest.remove("--explain");
		boolean lines = rest.remove("--lines");
		Path outDir = null;
		int at = rest.indexOf("--out");
		if (at >= 0) {
			if (at + 1 >= rest.size()) {
				return usage();
			}
			outDir = Path.of(rest.remove(at + 1));
			rest.remove(at);
		}
		SplitProfile profile = SplitProfile.DEFAULT;
		int named = rest.indexOf("--profile");
		if (named >= 0) {
			if (named + 1 >= rest.size()) {
				return usage();
			}
			Path file = Path.of(rest.remove(named + 1));
			rest.remove(named);
			try {
				profile = ProfileFiles.read(file);
			}
			catch (IOException ex) {
				err.println("parse: " + ex.getMessage());
				return 1;
			}
		}
		if (rest.isEmpty() || rest.stream().anyMatch(a -> a.startsWith("--"))
				|| (outDir == null && rest.size() != 1) || (explain && (outDir != null || rest.size() != 1))
				|| (lines && (explain || outDir == null))) {
			return usage();
		}
		if (lines) {
			return linesAll(rest, outDir);
		}
		Path dir = outDir;
		return profile.run(() -> {
			if (explain) {
				return explain(Path.of(rest.get(0)));
			}
			if (dir == null) {
				return parseToStdout(Path.of(rest.get(0)));
			}
			return parseAll(rest, dir);
		});
	}

	private int usage() {
		err.println(USAGE);
		return 2;
	}

	private int parseToStdout(Path file) {
		try {
			out.println(toJson(file.getFileName().toString(), parse(file)));
			return 0;
		}
		catch (ParseFailure | JsonProcessingException failure) {
			err.println(failure.getMessage());
			return 1;
		}
	}

	private int explain(Path file) {
		try {
			byte[] bytes = PageParser.asPageFile(read(file));
			if (PdfPageReader.isPdf(bytes)) {
				PdfPageReader.PdfReading pdf = PdfPageReader.read(bytes, Set.of());
				pdf.explanation().forEach(out::println);
				return 0;
			}
			out.print(SplitExplainer.explain(decode(file)));
			return 0;
		}
		catch (ParseFailure | PdfRefusedException | UnreadablePageException failure) {
			err.println(failure.getMessage());
			return 1;
		}
	}

	/** Writes one JSON per page; a page that cannot be read is reported and the others go on. */
	private int parseAll(List<String> inputs, Path outDir) {
		List<Path> files;
		try {
			files = expand(inputs);
			Files.createDirectories(outDir);
		}
		catch (IOException ex) {
			err.println("parse: " + ex.getMessage());
			return 1;
		}
		int failed = 0;
		Set<String> written = new HashSet<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
			// A page given as both X.txt and X.pdf: the second keeps its whole name, so neither overwrites the other.
			String json = written.add(base) ? base + ".json" : name + ".json";
			try {
				Files.writeString(outDir.resolve(json), toJson(name, parse(file)) + "\n", StandardCharsets.UTF_8);
			}
			catch (ParseFailure | IOException ex) {
				err.println(ex.getMessage());
				failed++;
			}
			catch (RuntimeException ex) {
				// A fault of the splitter on one page is reported with the page, and the other pages still parse.
				err.println("parse: " + file + ": failed: " + ex);
				failed++;
			}
		}
		err.printf("parse: %d pages written to %s, %d failed%n", files.size() - failed, outDir, failed);
		return failed == 0 ? 0 : 1;
	}

	/** Writes each page PDF's lines ({@link PageLines}) as JSON; a file that cannot be read is reported, the rest go on. */
	private int linesAll(List<String> inputs, Path outDir) {
		List<Path> files;
		try {
			files = expand(inputs).stream()
				.filter(f -> f.getFileName().toString().endsWith(".pdf") || PageImages.isImageName(f.getFileName().toString()))
				.toList();
			Files.createDirectories(outDir);
		}
		catch (IOException ex) {
			err.println("parse: " + ex.getMessage());
			return 1;
		}
		int failed = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				byte[] bytes = read(file);
				// A page image is read as an upload of it is: an image-only PDF, read by OCR.
				PageLines.Page page = PageLines.readWithScans(PageImages.isImage(bytes) ? PageImages.asPdf(bytes) : bytes);
				Files.writeString(outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".lines.json"),
						json.writeValueAsString(page) + "\n", StandardCharsets.UTF_8);
			}
			catch (ParseFailure | PdfRefusedException | IOException | java.io.UncheckedIOException ex) {
				err.println("parse: " + file + ": " + ex.getMessage());
				failed++;
			}
		}
		err.printf("parse: the lines of %d pages written to %s, %d failed%n", files.size() - failed, outDir, failed);
		return failed == 0 ? 0 : 1;
	}

	/** Files as given; a folder stands for its .txt, .pdf and page image files in name order. */
	private static List<Path> expand(List<String> inputs) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String input : inputs) {
			Path path = Path.of(input);
			if (Files.isDirectory(path)) {
				try (Stream<Path> list = Files.list(path)) {
					list.filter(p -> p.getFileName().toString().matches(".*\\.(txt|pdf)$")
							|| PageImages.isImageName(p.getFileName().toString()))
						.sorted()
						.forEach(files::add);
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	private static ParsedPage parse(Path file) {
		try {
			return new PageParser().parse(read(file));
		}
		catch (UnreadablePageException ex) {
			throw new ParseFailure("parse: " + file + ": " + ex.getMessage());
		}
	}

	private static String decode(Path file) {
		try {
			return PageDecoder.decode(read(file));
		}
		catch (UnreadablePageException ex) {
			throw new ParseFailure("parse: " + file + ": " + ex.getMessage());
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new ParseFailure("parse: no such file: " + file);
		}
		catch (IOException ex) {
			throw new ParseFailure("parse: cannot read " + file + ": " + ex.getMessage());
		}
	}

	String toJson(String fileName, ParsedPage page) throws JsonProcessingException {
		return json.writeValueAsString(PageJson.of(fileName, page));
	}

	private static final class ParseFailure extends RuntimeException {

		ParseFailure(String message) {
			super(message);
		}

	}

}
