package org.baoku.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.config.BaokuProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Single uploads kept on disk from the moment they are accepted until they end: an upload answered 202 (a scan read
 * by OCR for minutes) outlives a restart or a crash and is read when the app starts again. Each upload is a folder
 * {@code single-uploads/{id}} holding the file and what was said of it, written under another name and renamed into
 * place, so a folder there is always whole; an ended one is renamed away before it is removed. What is left is taken
 * stock of when the app starts, before it takes requests.
 */
@Component
class UploadSpool {

	private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);

	private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

	private static final String FILE = "page.bin";

	private static final String SAID = "upload.properties";

	private final Path root;

	/** Starts of an upload before it is set aside: one that stops the app each time it is read is not read for ever. */
	static final int MAX_ATTEMPTS = 3;

	@Autowired
	UploadSpool(BaokuProperties properties) {
		this(properties.dataDir().resolve("single-uploads"));
	}

	UploadSpool(Path root) {
		this.root = root;
		this.leftAtStart = takeStock();
	}

	/**
	 * The uploads the last stop or crash left, taken when the app starts, before it takes requests: an upload
	 * accepted since is not one of them.
	 */
	private final List<Left> leftAtStart;

	/**
	 * An upload found on disk: its id, page (its bytes read when it is read), whether it replaces, who sent it, when,
	 * and how often it was started.
	 */
	record Left(String id, RawPage named, boolean replace, String actor, Instant started, int attempts, Path file) {

		RawPage page() {
			try {
				return new RawPage(named.newspaper(), named.date(), named.pageLabel(), named.fileName(),
						Files.readAllBytes(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the upload kept in " + file.getParent() + " could not be read", ex);
			}
		}

	}

	/** Keeps the upload before it is answered; once this returns, a crash does not lose it. */
	void keep(String id, RawPage page, boolean replace, String actor, Instant started) {
		Path part = root.resolve(id + ".part");
		try {
			Files.createDirectories(part);
			write(part.resolve(FILE), page.bytes());
			Properties said = new Properties();
			set(said, "newspaper", page.newspaper());
			set(said, "date", page.date() == null ? null : page.date().toString());
			set(said, "page", page.pageLabel());
			set(said, "fileName", page.fileName());
			said.setProperty("replace", Boolean.toString(replace));
			set(said, "actor", actor);
			said.setProperty("started", started.toString());
			said.setProperty("attempts", "0");
			store(said, part);
			Files.move(part, root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the upload could not be kept in " + root + " (" + ex.getMessage() + ")", ex);
		}
	}

	/** The upload ended (stored, refused or failed): nothing of it is left to read again. */
	void done(String id) {
		try {
			// Renamed first, in one step: a crash halfway through the removal leaves a folder no start reads.
			Path ended = root.resolve(id + ".done");
			Files.move(root.resolve(id), ended, StandardCopyOption.ATOMIC_MOVE);
			deleteQuietly(ended);
		}
		catch (IOException ex) {
			// Read again at the next start, it comes back as a duplicate of the page stored: nothing is doubled.
			log.warn("The ended upload {} could not be removed from {}: {}", id, root, ex.getMessage());
		}
	}

	/**
	 * The uploads left unread at the start, oldest first, each counted as started once more; one started
	 * {@link #MAX_ATTEMPTS} times already (it stopped the app each time) is set aside, kept in {@code <id>.failed}.
	 */
	List<Left> left() {
		List<Left> again = new ArrayList<>();
		for (Left upload : leftAtStart) {
			Path folder = root.resolve(upload.id());
			if (upload.attempts() >= MAX_ATTEMPTS) {
				log.error("The upload {} ({}) was started {} times and never ended; it is set aside in {}.failed",
						upload.id(), upload.named().fileName(), upload.attempts(), folder);
				setAside(folder, ".failed");
				continue;
			}
			try {
				Properties said = said(folder);
				said.setProperty("attempts", Integer.toString(upload.attempts() + 1));
				store(said, folder);
				again.add(upload);
			}
			catch (IOException | RuntimeException ex) {
				log.error("The upload {} could not be counted as started again; it is set aside", upload.id(), ex);
				setAside(folder, ".unreadable");
			}
		}
		return again;
	}

	/** What is in the folder when the app starts: half-written and ended uploads removed, unreadable ones set aside. */
	private List<Left> takeStock() {
		List<Left> left = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return left;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
			for (Path folder : folders) {
				String name = folder.getFileName().toString();
				if (name.endsWith(".part") || name.endsWith(".done")) {
					deleteQuietly(folder);
				}
				else if (ID.matcher(name).matches()) {
					try {
						left.add(read(name, folder));
					}
					catch (IOException | RuntimeException ex) {
						log.error("The upload kept in {} cannot be read; it is set aside", folder, ex);
						setAside(folder, ".unreadable");
					}
				}
			}
		}
		catch (IOException ex) {
			log.error("The uploads left in {} could not be listed; none is read again", root, ex);
		}
		left.sort(Comparator.comparing(Left::started));
		return left;
	}

	private Left read(String id, Path folder) throws IOException {
		Properties said = said(folder);
		String date = said.getProperty("date");
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new IOException("its file " + FILE + " is missing");
		}
		RawPage named = new RawPage(said.getProperty("newspaper"), date == null ? null : LocalDate.parse(date),
				said.getProperty("page"), said.getProperty("fileName"), null);
		return new Left(id, named, Boolean.parseBoolean(said.getProperty("replace")), said.getProperty("actor"),
				Instant.parse(said.getProperty("started")), Integer.parseInt(said.getProperty("attempts", "0")), file);
	}

	private static Properties said(Path folder) throws IOException {
		Properties said = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(SAID), StandardCharsets.UTF_8)) {
			said.load(in);
		}
		return said;
	}

	private static void store(Properties said, Path folder) throws IOException {
		Path next = folder.resolve(SAID + ".next");
		try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
			said.store(out, "a single upload, read again at the next start until it ends");
		}
		force(next);
		Files.move(next, folder.resolve(SAID), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void setAside(Path folder, String suffix) {
		try {
			Files.move(folder, folder.resolveSibling(folder.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.error("The upload folder {} could not be set aside: {}", folder, ex.getMessage());
		}
	}

	private static void set(Properties said, String key, String value) {
		if (value != null) {
			said.setProperty(key, value);
		}
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		Files.write(file, bytes);
		force(file);
	}

	private static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			for (Path file : files) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			log.warn("A half-written upload {} could not be removed: {}", folder, ex.getMessage());
		}
	}

}
