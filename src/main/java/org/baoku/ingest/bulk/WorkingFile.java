package org.baoku.ingest.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file a job's run works on, noted in the job's folder before each file is read or stored. A file can end the
 * JVM itself (one that needs more memory than the heap has: the app runs with -XX:+ExitOnOutOfMemoryError and is
 * restarted by its supervisor); the next start then finds the note, names the file in the interrupted job, and keeps
 * it among the files that stopped the app. The app is also stopped by hand or killed while it works on a file, most
 * often on a scanned page (OCR takes 20 s a page): so a file is read again after one stop, and only a file the app
 * stopped on {@link #STOPS_BEFORE_REFUSED} times is refused instead of dying on it again.
 */
final class WorkingFile implements BulkIngest.Progress {

	private static final Logger log = LoggerFactory.getLogger(WorkingFile.class);

	/** The file being worked on, in the job's folder; gone when the run ends. */
	private static final String WORKING = "working-on.txt";

	/** Every file a run of this job was working on when the app stopped, a line each time. */
	private static final String STOPPED = "stopped-the-app.txt";

	/** A file the app stopped on this many times is not read again: one stop is a restart, two a file that kills. */
	static final int STOPS_BEFORE_REFUSED = 2;

	private final Path folder;

	private final String prefix;

	private final BulkIngest.Progress progress;

	/** Notes for {@code progress}'s run the files it works on, named without the job folder's {@code prefix}. */
	WorkingFile(Path folder, String prefix, BulkIngest.Progress progress) {
		this.folder = folder;
		this.prefix = prefix;
		this.progress = progress;
	}

	@Override
	public void started(int files, List<String> skipped) {
		progress.started(files, skipped);
	}

	@Override
	public void working(String source) {
		try {
			// No fsync: what must survive is the JVM's death, not the machine's, and the page cache outlives the JVM.
			Files.writeString(folder.resolve(WORKING), shown(source), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			log.warn("The file a bulk job works on could not be noted in {}: {}", folder, ex.getMessage());
		}
	}

	@Override
	public void ended(BulkIngest.Ended file) {
		progress.ended(file);
	}

	@Override
	public org.baoku.ingest.ocr.Pulse.Listener reading(String source, String page) {
		return progress.reading(source, page);
	}

	/** The run has ended as it should: no file stopped the app. */
	void done() throws IOException {
		Files.deleteIfExists(folder.resolve(WORKING));
	}

	/**
	 * At a start, in the folder of a job the app stopped in: the file it was working on, kept among the files that
	 * stopped the app; empty when it stopped between files or before the first.
	 */
	static Optional<String> stoppedOn(Path folder) throws IOException {
		Path working = folder.resolve(WORKING);
		if (!Files.isRegularFile(working)) {
			return Optional.empty();
		}
		String name = Files.readString(working, StandardCharsets.UTF_8).strip();
		Files.writeString(folder.resolve(STOPPED), name + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		Files.delete(working);
		return name.isEmpty() ? Optional.empty() : Optional.of(name);
	}

	/** The files the app stopped on {@link #STOPS_BEFORE_REFUSED} times in earlier runs of the job in this folder. */
	static Set<String> stoppedTheApp(Path folder) throws IOException {
		Path stopped = folder.resolve(STOPPED);
		if (!Files.isRegularFile(stopped)) {
			return Set.of();
		}
		Map<String, Integer> stops = new LinkedHashMap<>();
		Files.readAllLines(stopped, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty())
			.forEach(name -> stops.merge(name, 1, Integer::sum));
		Set<String> names = new LinkedHashSet<>();
		stops.forEach((name, times) -> {
			if (times >= STOPS_BEFORE_REFUSED) {
				names.add(name);
			}
		});
		return names;
	}

	/** A file as the job's list shows it: its place in the upload. */
	String shown(String source) {
		return source.startsWith(prefix) ? source.substring(prefix.length()) : source;
	}

}
