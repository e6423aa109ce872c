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
 * place, so a folder there is always whole.
 */
@Component
class UploadSpool {

	private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);

	private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

	private static final String FILE = "page.bin";

	private static final String SAID = "upload.properties";

	private final Path root;

	@Autowired
	UploadSpool(BaokuProperties properties) {
		this(properties.dataDir().resolve("single-uploads"));
	}

	UploadSpool(Path root) {
		this.root = root;
	}

	/** An upload found on disk: its id, page, whether it replaces, who sent it and when. */
	record Left(String id, RawPage page, boolean replace, String actor, Instant started) {
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
			try (Writer out = Files.newBufferedWriter(part.resolve(SAID), StandardCharsets.UTF_8)) {
				said.store(out, "a single upload, read again at the next start until it ends");
			}
			force(part.resolve(SAID));
			Files.move(part, root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the upload could not be kept in " + root + " (" + ex.getMessage() + ")", ex);
		}
	}

	/** The upload ended (stored, refused or failed): nothing of it is left to read again. */
	void done(String id) {
		try {
			Path folder = root.resolve(id);
			Files.deleteIfExists(folder.resolve(FILE));
			Files.deleteIfExists(folder.resolve(SAID));
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			// Read again at the next start, it comes back as a duplicate of the page stored: nothing is doubled.
			log.warn("The ended upload {} could not be removed from {}: {}", id, root, ex.getMessage());
		}
	}

	/** The uploads a stop or a crash left unread, oldest first. A half-written one (never answered) is removed. */
	List<Left> left() {
		List<Left> left = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return left;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
			for (Path folder : folders) {
				String name = folder.getFileName().toString();
				if (name.endsWith(".part")) {
					deleteQuietly(folder);
				}
				else if (ID.matcher(name).matches()) {
					read(name, folder, left);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the uploads left in " + root + " could not be listed", ex);
		}
		left.sort(Comparator.comparing(Left::started));
		return left;
	}

	private void read(String id, Path folder, List<Left> left) throws IOException {
		Properties said = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(SAID), StandardCharsets.UTF_8)) {
			said.load(in);
		}
		String date = said.getProperty("date");
		RawPage page = new RawPage(said.getProperty("newspaper"), date == null ? null : LocalDate.parse(date),
				said.getProperty("page"), said.getProperty("fileName"), Files.readAllBytes(folder.resolve(FILE)));
		left.add(new Left(id, page, Boolean.parseBoolean(said.getProperty("replace")), said.getProperty("actor"),
				Instant.parse(said.getProperty("started"))));
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
