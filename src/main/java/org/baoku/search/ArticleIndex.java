package org.baoku.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.archive.ArticleView;
import org.baoku.config.BaokuProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The live Lucene index of articles. It lives in a generation folder under the index folder named by the file
 * {@code CURRENT}; a rebuild writes a new generation beside it and {@link #swap}s it in, so searches see the old
 * index whole until the new one is whole. At start the live generation is checked (checksums of every file); one
 * that is damaged, missing or from another schema is moved aside or dropped and must be rebuilt from PostgreSQL.
 */
@Component
@ConditionalOnProperty(name = "baoku.search.engine", havingValue = "embedded", matchIfMissing = true)
class ArticleIndex {

	private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

	/** Bumped whenever fields or analyzers change, so an older index on disk is rebuilt at start. */
	static final String SCHEMA = "10";

	static final String SCHEMA_KEY = "baoku.schema";

	private static final String CURRENT = "CURRENT";

	private static final String GENERATION_PREFIX = "gen-";

	private static final String DAMAGED_PREFIX = "damaged-";

	private final Path root;

	private final AtomicReference<IndexGeneration> live = new AtomicReference<>();

	/** Why the index must be built again from PostgreSQL before it can be trusted; empty when it can be. */
	private final String rebuildReason;

	ArticleIndex(BaokuProperties properties) throws IOException {
		this.root = properties.indexDir();
		Files.createDirectories(root);
		this.rebuildReason = openLive();
		dropLeftovers();
		log.info("Lucene index at {} ({} documents{})", live.get().path(), live.get().documentCount(),
				rebuildReason == null ? "" : "; to be rebuilt: " + rebuildReason);
	}

	private String openLive() throws IOException {
		Optional<Path> current = currentGeneration();
		if (current.isEmpty()) {
			live.set(IndexGeneration.create(newGenerationPath()));
			writeCurrent(live.get().path());
			return hasOldLayout() ? "the index was built by an older version" : "there was no index";
		}
		Path path = current.get();
		String damage = damage(path);
		if (damage == null) {
			try {
				live.set(IndexGeneration.open(path));
			}
			catch (IOException | RuntimeException ex) {
				damage = "it cannot be opened (" + ex + ")";
			}
		}
		if (damage != null) {
			Path aside = root.resolve(DAMAGED_PREFIX + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
					+ "-" + path.getFileName());
			log.error("The index in {} is damaged: {}. Moved to {}; it is rebuilt from PostgreSQL", path, damage, aside);
			Files.move(path, aside);
			live.set(IndexGeneration.create(newGenerationPath()));
			writeCurrent(live.get().path());
			return "the index was damaged";
		}
		String schema = live.get().commitData().get(SCHEMA_KEY);
		return SCHEMA.equals(schema) ? null : "the index was built with schema " + schema + ", this version writes " + SCHEMA;
	}

	/** What is wrong with the index in {@code path}, or null: every file's checksum is verified. */
	private static String damage(Path path) {
		try (FSDirectory directory = FSDirectory.open(path); CheckIndex check = new CheckIndex(directory)) {
			check.setChecksumsOnly(true);
			CheckIndex.Status status = check.checkIndex();
			if (status.missingSegments) {
				return "its commit point (segments file) is missing or unreadable";
			}
			return status.clean ? null : "CheckIndex found broken segments";
		}
		catch (IOException | RuntimeException ex) {
			return ex.toString();
		}
	}

	private Optional<Path> currentGeneration() throws IOException {
		Path pointer = root.resolve(CURRENT);
		if (!Files.isRegularFile(pointer)) {
			return Optional.empty();
		}
		String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
		Path path = root.resolve(name);
		return name.startsWith(GENERATION_PREFIX) && Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
	}

	/** Index files straight in the index folder: how versions before generations kept it. */
	private boolean hasOldLayout() throws IOException {
		try (Stream<Path> files = Files.list(root)) {
			return files.anyMatch(f -> f.getFileName().toString().startsWith("segments"));
		}
	}

	/** Everything but the live generation and what was moved aside as damaged: old files, unfinished rebuilds. */
	private void dropLeftovers() throws IOException {
		Path keep = live.get().path();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!entry.equals(keep) && !name.equals(CURRENT) && !name.startsWith(DAMAGED_PREFIX)) {
					deleteRecursively(entry);
				}
			}
		}
	}

	Optional<String> rebuildReason() {
		return Optional.ofNullable(rebuildReason);
	}

	IndexGeneration live() {
		return live.get();
	}

	/** An empty generation beside the live one, for a rebuild. */
	IndexGeneration newGeneration() throws IOException {
		return IndexGeneration.create(newGenerationPath());
	}

	private Path newGenerationPath() {
		Path path;
		long stamp = System.currentTimeMillis();
		do {
			path = root.resolve(GENERATION_PREFIX + stamp++);
		}
		while (Files.exists(path));
		return path;
	}

	/**
	 * Makes {@code next} (committed) the live index: new searches use it at once, searches under way finish on the
	 * old one, which is then closed and deleted. The pointer file is replaced atomically, so a crash leaves one or
	 * the other.
	 */
	void swap(IndexGeneration next) throws IOException {
		writeCurrent(next.path());
		IndexGeneration old = live.getAndSet(next);
		old.close();
		deleteRecursively(old.path());
	}

	private void writeCurrent(Path generation) throws IOException {
		Path temp = root.resolve(CURRENT + ".tmp");
		Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		try {
			Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A searcher on the live index; give it back with {@link #release}. */
	FacetedSearcher acquire() throws IOException {
		while (true) {
			IndexGeneration generation = live.get();
			try {
				return generation.acquire();
			}
			catch (AlreadyClosedException ex) {
				if (live.get() == generation) {
					throw ex;
				}
				// swapped out between the two lines: take the new one
			}
		}
	}

	/** Releasing only drops the reader's reference, so it works also for a searcher of a swapped-out generation. */
	void release(IndexSearcher searcher) throws IOException {
		searcher.getIndexReader().decRef();
	}

	long documentCount() {
		return live.get().documentCount();
	}

	Path indexDirectory() {
		return live.get().path();
	}

	/** Adds articles to the live index (the benchmark's and tests' corpora); seen after {@link #commit}. */
	void add(List<ArticleView> articles) throws IOException {
		live.get().add(articles);
	}

	void commit() throws IOException {
		live.get().commit(0);
	}

	private static void deleteRecursively(Path path) {
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path, ex.toString());
		}
	}

	@PreDestroy
	void close() throws IOException {
		live.get().close();
	}

}
