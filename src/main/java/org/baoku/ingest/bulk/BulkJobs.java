package org.baoku.ingest.bulk;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.config.BaokuProperties;
import org.baoku.ingest.IngestReason;
import org.baoku.ingest.IngestService;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Uploads of many page files or zips, run one job at a time in the background through the same bulk ingest as the
 * {@code ingest} command. An upload is written whole to {@code <data>/uploads/<job>/} before its job is queued, and
 * stays there until its real run has ended, so a job the app stopped in the middle of is found again at the next
 * start (INTERRUPTED) and can be run again: what it stored comes back DUPLICATE. A dry run keeps its files until the
 * admin commits it (a real run of the same files) or discards it.
 */
@Service
public class BulkJobs {

	private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);

	/** Finished jobs kept in the list; older ones are forgotten (what they stored is in the archive). */
	static final int KEEP_FINISHED = 50;

	private static final String SETTINGS = "job.properties";

	/** Written when a dry run ends, so a restart finds it finished, not interrupted. */
	private static final String DRY_RUN_DONE = "dry-run.done";

	private static final String FILES = "files";

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneId.systemDefault());

	private final NewspaperAliases aliases;

	private final IngestService ingest;

	private final Path root;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, BulkJob> jobs = new LinkedHashMap<>();

	/** One job at a time: bulk loads of one archive queue behind each other. */
	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "bulk-ingest");
		thread.setDaemon(true);
		return thread;
	});

	public BulkJobs(IngestService ingest, BaokuProperties properties, NewspaperAliases aliases) throws IOException {
		this.ingest = ingest;
		this.aliases = aliases;
		this.root = properties.dataDir().resolve("uploads");
		findInterrupted();
	}

	/**
	 * One uploaded file, as the browser named it: its name, or for a file of an uploaded folder its path in that
	 * folder ("folder/sub/0101_A01.pdf"), kept as folders in the job's folder.
	 */
	public record Upload(String name, InputStreamSource content) {
	}

	/** Writes the uploads to the job's folder and queues the job; the upload is answered before it runs. */
	public BulkJob start(List<Upload> uploads, String newspaper, boolean replace, boolean dryRun, boolean splitPages)
			throws IOException {
		BulkJob.Settings settings = new BulkJob.Settings(newId(), Instant.now(), blankToNull(newspaper), replace, dryRun,
				splitPages, uploads.stream().map(Upload::name).toList());
		Path incoming = Files.createDirectories(root).resolve(".incoming-" + settings.id());
		Path files = Files.createDirectories(incoming.resolve(FILES));
		Map<String, String> refused = new LinkedHashMap<>();
		List<String> systemFiles = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Set<String> folders = new HashSet<>();
		try {
			for (Upload upload : uploads) {
				String name = upload.name() == null ? "" : upload.name().strip();
				if (UploadNames.isSystemFile(name)) {
					systemFiles.add(name);
					continue;
				}
				String why = UploadNames.problem(name);
				if (why == null) {
					why = clash(name.toLowerCase(Locale.ROOT), names, folders);
				}
				if (why != null) {
					refused.put(name.isEmpty() ? "(no name)" : name, why);
					continue;
				}
				// A file of an uploaded folder keeps its place, so the folder's manifest.csv applies to it.
				Path target = files.resolve(name);
				Files.createDirectories(target.getParent());
				try (InputStream in = upload.content().getInputStream()) {
					Files.copy(in, target);
				}
			}
			writeSettings(incoming.resolve(SETTINGS), settings);
			Files.move(incoming, folder(settings.id()), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			FileSystemUtils.deleteRecursively(incoming);
			throw ex;
		}
		BulkJob job = new BulkJob(settings, prefix(settings.id()), BulkJob.State.QUEUED);
		refused.forEach(job::refusedUpload);
		job.leftOut(systemFiles);
		queue(job);
		return job;
	}

	/**
	 * Why a file cannot have this path beside the files before it (in lower case: one upload may come from a file
	 * system that does not tell cases apart), or null; notes the path and its folders when it can.
	 */
	private static String clash(String path, Set<String> names, Set<String> folders) {
		if (folders.contains(path)) {
			return "another file of this upload has a folder of this name";
		}
		List<String> parents = new ArrayList<>();
		for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
			parents.add(path.substring(0, slash));
		}
		if (parents.stream().anyMatch(names::contains)) {
			return "another file of this upload has the name of one of its folders";
		}
		if (!names.add(path)) {
			return "another file of this upload has the same name";
		}
		folders.addAll(parents);
		return null;
	}

	/** Runs a finished dry run's files for real, as a new job; empty when the job is no dry run waiting for that. */
	public Optional<BulkJob> commit(String id) throws IOException {
		BulkJob dry = job(id).orElse(null);
		if (dry == null || !dry.dryRunDone() && !dry.canRunAgain()) {
			return Optional.empty();
		}
		return Optional.of(rerun(dry, false));
	}

	/** Runs an interrupted or failed job's files again, as they were asked for (dry run or not). */
	public Optional<BulkJob> resume(String id) throws IOException {
		BulkJob interrupted = job(id).orElse(null);
		if (interrupted == null || !interrupted.canRunAgain()) {
			return Optional.empty();
		}
		return Optional.of(rerun(interrupted, interrupted.settings().dryRun()));
	}

	/** Deletes the files of a finished dry run or an interrupted or failed job; the job stays listed. */
	public boolean discard(String id) throws IOException {
		BulkJob job = job(id).orElse(null);
		if (job == null || !(job.dryRunDone() || job.canRunAgain())) {
			return false;
		}
		FileSystemUtils.deleteRecursively(folder(id));
		job.committedAs("");
		return true;
	}

	/** The files move to the new job's folder, so at any time exactly one job owns them. */
	private synchronized BulkJob rerun(BulkJob old, boolean dryRun) throws IOException {
		BulkJob.Settings was = old.settings();
		BulkJob.Settings settings = new BulkJob.Settings(newId(), Instant.now(), was.newspaper(), was.replace(), dryRun,
				was.splitPages(), was.uploads());
		writeSettings(folder(was.id()).resolve(SETTINGS), settings);
		Files.move(folder(was.id()), folder(settings.id()), StandardCopyOption.ATOMIC_MOVE);
		old.committedAs(settings.id());
		BulkJob job = new BulkJob(settings, prefix(settings.id()), BulkJob.State.QUEUED);
		queue(job);
		return job;
	}

	public synchronized Optional<BulkJob> job(String id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** Newest first. */
	public synchronized List<BulkJob> jobs() {
		List<BulkJob> all = new ArrayList<>(jobs.values());
		all.sort(Comparator.comparing((BulkJob j) -> j.settings().created()).reversed());
		return all;
	}

	private synchronized void queue(BulkJob job) {
		jobs.put(job.id(), job);
		forgetOld();
		// execute, not submit: an error of the JVM reaches its handler instead of a Future nobody reads.
		runner.execute(() -> run(job));
	}

	private void run(BulkJob job) {
		job.running();
		BulkJob.Settings settings = job.settings();
		PaperNames papers = new PaperNames(settings.newspaper(), aliases.all());
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, papers, settings.splitPages())) {
			job.papers(papers);
			WorkingFile working = new WorkingFile(folder(settings.id()), prefix(settings.id()), job);
			List<PageFile> files = notAgain(sources.find(List.of(folder(settings.id()).resolve(FILES))),
					WorkingFile.stoppedTheApp(folder(settings.id())), working);
			BulkIngest bulk = new BulkIngest(ingest.maxPageBytes());
			if (settings.dryRun()) {
				bulk.run(files, sources.skipped(), new PreviewingIngester(ingest, settings.replace()), working);
			}
			else {
				StoringIngester storing = new StoringIngester(ingest, settings.replace());
				try {
					bulk.run(files, sources.skipped(), storing, working);
				}
				finally {
					storing.finish();
				}
			}
			working.done();
		}
		catch (IOException | RuntimeException | Error ex) {
			// Whatever stops a job ends it as failed with its reason in words: never RUNNING for ever, and never an
			// error that escapes into the server's own threads. The JVM's own errors go on to its handler.
			log.error("Bulk job {} stopped", settings.id(), ex);
			job.finished(BulkJob.State.FAILED, StopReasons.said(ex));
			if (ex instanceof OutOfMemoryError fatal) {
				throw fatal;
			}
			return;
		}
		job.finished(BulkJob.State.DONE, null);
		if (settings.dryRun()) {
			// Found again at the next start as what it is, a finished dry run waiting to be committed.
			try {
				Files.writeString(folder(settings.id()).resolve(DRY_RUN_DONE), Instant.now().toString());
			}
			catch (IOException ex) {
				log.warn("Bulk job {}: its end could not be noted; after a restart it shows as interrupted", settings.id(), ex);
			}
		}
		BulkJob.View view = job.view();
		log.info("Bulk job {} done: {} files, {} articles, {} failed", settings.id(), view.done(), view.articles(),
				view.failed());
		if (!settings.dryRun()) {
			try {
				FileSystemUtils.deleteRecursively(folder(settings.id()));
			}
			catch (IOException ex) {
				log.warn("The files of bulk job {} could not be deleted", settings.id(), ex);
			}
		}
	}

	/** The files that stopped the app in an earlier run of this job, refused instead of read again. */
	private static List<PageFile> notAgain(List<PageFile> files, Set<String> stoppedTheApp, WorkingFile working) {
		if (stoppedTheApp.isEmpty()) {
			return files;
		}
		IngestReason why = IngestReason.of("stoppedTheApp",
				"the app stopped while working on this file in two earlier runs of the job (it may need more memory "
						+ "than the server has); it is not read again");
		return files.stream()
			.map(f -> !f.refused() && stoppedTheApp.contains(working.shown(f.source()))
					? PageFile.refused(f.source(), f.fileName(), why) : f)
			.toList();
	}

	/**
	 * Jobs whose folders a stopped app left: listed as INTERRUPTED, naming the file the run was working on when it
	 * stopped; half-written uploads are deleted.
	 */
	private void findInterrupted() throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.sorted().toList()) {
				String name = folder.getFileName().toString();
				if (name.startsWith(".incoming-") || !Files.isRegularFile(folder.resolve(SETTINGS))) {
					FileSystemUtils.deleteRecursively(folder);
					continue;
				}
				BulkJob.Settings settings;
				try {
					settings = readSettings(name, folder.resolve(SETTINGS));
				}
				catch (IOException | RuntimeException ex) {
					log.warn("{} is no bulk job that can be run again ({}); it is left as it is", folder, ex.getMessage());
					continue;
				}
				if (settings.dryRun() && Files.isRegularFile(folder.resolve(DRY_RUN_DONE))) {
					BulkJob done = new BulkJob(settings, prefix(settings.id()), BulkJob.State.DONE);
					done.finished(BulkJob.State.DONE, null);
					jobs.put(settings.id(), done);
					continue;
				}
				BulkJob job = new BulkJob(settings, prefix(settings.id()), BulkJob.State.INTERRUPTED);
				job.finished(BulkJob.State.INTERRUPTED, stoppedOn(folder));
				jobs.put(settings.id(), job);
				log.warn("Bulk job {} ({} files) was not finished when the app stopped; it can be run again on the admin's job page",
						settings.id(), settings.uploads().size());
			}
		}
	}

	/** Which file the app stopped on in this job's folder, said in words; null when it stopped between files. */
	private static String stoppedOn(Path folder) {
		try {
			return WorkingFile.stoppedOn(folder)
				.map(file -> ("the app stopped while working on %s; running the job again reads it once more (a "
						+ "file the app stops on twice is refused) and goes on with the rest").formatted(file))
				.orElse(null);
		}
		catch (IOException ex) {
			log.warn("{}: the file the job was working on could not be read ({})", folder, ex.getMessage());
			return null;
		}
	}

	private void forgetOld() {
		List<BulkJob> finished = jobs.values()
			.stream()
			.filter(j -> j.view().state().finished() && !Files.isDirectory(folder(j.id())))
			.sorted(Comparator.comparing((BulkJob j) -> j.settings().created()))
			.toList();
		for (int i = 0; i < finished.size() - KEEP_FINISHED; i++) {
			jobs.remove(finished.get(i).id());
		}
	}

	private String newId() {
		return ID_TIME.format(Instant.now()) + "-" + Integer.toHexString(0x1000 + random.nextInt(0xf000));
	}

	private Path folder(String id) {
		return root.resolve(id);
	}

	private String prefix(String id) {
		return folder(id).resolve(FILES) + File.separator;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static void writeSettings(Path file, BulkJob.Settings settings) throws IOException {
		Properties p = new Properties();
		p.setProperty("id", settings.id());
		p.setProperty("created", settings.created().toString());
		if (settings.newspaper() != null) {
			p.setProperty("newspaper", settings.newspaper());
		}
		p.setProperty("replace", Boolean.toString(settings.replace()));
		p.setProperty("dryRun", Boolean.toString(settings.dryRun()));
		p.setProperty("splitPages", Boolean.toString(settings.splitPages()));
		p.setProperty("uploads", String.join("\n", settings.uploads()));
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			p.store(out, "a bulk ingest job of Baoku");
		}
	}

	/** A job's settings; its id is its folder's name (a re-run writes its settings before the folder is renamed). */
	private static BulkJob.Settings readSettings(String id, Path file) throws IOException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		String uploads = p.getProperty("uploads", "");
		return new BulkJob.Settings(id, Instant.parse(p.getProperty("created")), p.getProperty("newspaper"),
				Boolean.parseBoolean(p.getProperty("replace")), Boolean.parseBoolean(p.getProperty("dryRun")),
				Boolean.parseBoolean(p.getProperty("splitPages")), uploads.isEmpty() ? List.of() : Arrays.asList(uploads.split("\n")));
	}

	/** Stops the running job at its next page (its folder stays, so it is found again at start); waits briefly. */
	@PreDestroy
	public void stop() throws InterruptedException {
		// A job cut off here keeps its folder and is found again as INTERRUPTED; each page is one transaction.
		runner.shutdownNow();
		runner.awaitTermination(10, TimeUnit.SECONDS);
	}

}
