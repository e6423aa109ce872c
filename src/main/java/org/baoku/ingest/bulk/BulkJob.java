package org.baoku.ingest.bulk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baoku.ingest.PageProgress;
import org.baoku.ingest.ocr.Pulse;

/**
 * One upload of page files, zips or both, run in the background: its settings, how far it is, and every file's
 * end so far. Read from web requests while the job's thread writes it, so every read takes a consistent copy.
 */
public final class BulkJob implements BulkIngest.Progress {

	/** Where a job is. */
	public enum State {

		/** Waiting for the job before it. */
		QUEUED,
		/** Files are being split (and, unless a dry run, stored). */
		RUNNING,
		/** Every file has ended. */
		DONE,
		/** Stopped by an error of the archive (every file stored before it stays stored). */
		FAILED,
		/** Found unfinished at start: the app stopped while it ran or waited. It can be run again. */
		INTERRUPTED;

		public boolean finished() {
			return this != QUEUED && this != RUNNING;
		}

	}

	private final Settings settings;

	/** Prefix of the job's folder in sources, cut off so the admin sees the names as uploaded. */
	private final String folderPrefix;

	private final List<BulkIngest.Ended> ended = new ArrayList<>();

	private final List<String> skipped = new ArrayList<>();

	/** How the job reads the papers in its file names (set when it runs). */
	private PaperNames papers;

	/** Pages being read now (usually one; the next is read while one is stored), by their file as uploaded. */
	private final Map<String, Reading> reading = new LinkedHashMap<>();

	/** A page being read: its file, its page label and its pulse. */
	private record Reading(String file, String page, PageProgress progress) {
	}

	private State state;

	private int total = -1;

	private long startedNanos;

	private long finishedNanos;

	private String failure;

	/** The real run a dry run was committed as. */
	private String committedAs;

	BulkJob(Settings settings, String folderPrefix, State state) {
		this.settings = settings;
		this.folderPrefix = folderPrefix;
		this.state = state;
	}

	/**
	 * What the admin asked for: which files, for which newspaper when the names do not say, replace or not, a dry
	 * run or not, whole issues' PDFs split into pages or not.
	 */
	public record Settings(String id, Instant created, String newspaper, boolean replace, boolean dryRun,
			boolean splitPages, List<String> uploads) {
	}

	/**
	 * A consistent copy of the job for a page or the JSON progress: {@code working} the pages being read now,
	 * {@code etaSeconds} the time left from the speed measured so far (null while there is none to go by).
	 */
	public record View(Settings settings, State state, int total, int done, int percent, double pagesPerSecond,
			Long etaSeconds, Map<BulkIngest.Outcome, Integer> counts, int failed, int articles, String failure,
			String committedAs, List<Working> working) {

		public String id() {
			return settings.id();
		}

	}

	/** A page being read now: its file as uploaded, its page label, and how far its reading is. */
	public record Working(String file, String page, PageProgress.Snapshot progress) {
	}

	public String id() {
		return settings.id();
	}

	Settings settings() {
		return settings;
	}

	public synchronized View view() {
		int done = ended.size();
		Map<BulkIngest.Outcome, Integer> counts = new EnumMap<>(BulkIngest.Outcome.class);
		int failed = 0;
		int articles = 0;
		for (BulkIngest.Ended e : ended) {
			counts.merge(e.outcome(), 1, Integer::sum);
			failed += e.outcome().failed() ? 1 : 0;
			articles += e.outcome().failed() ? 0 : e.articles();
		}
		int percent = state == State.DONE ? 100 : total <= 0 ? 0 : (int) (100L * done / total);
		long end = finishedNanos != 0 ? finishedNanos : System.nanoTime();
		double seconds = startedNanos == 0 ? 0 : (end - startedNanos) / 1e9;
		double rate = seconds > 0 ? done / seconds : 0;
		List<Working> working = state == State.RUNNING
				? reading.values().stream().map(r -> new Working(r.file(), r.page(), r.progress().snapshot())).toList()
				: List.of();
		Long eta = state == State.RUNNING && total > done ? timeLeft(total - done, done, seconds, working) : null;
		return new View(settings, state, Math.max(total, 0), done, percent, rate, eta, counts, failed, articles, failure,
				committedAs, working);
	}

	/**
	 * Seconds left for {@code left} files: the page being read now by its own pulse, the others at the pace of the
	 * files done (or, before any is done, at the pace of the page being read); null while there is no pace.
	 */
	private static Long timeLeft(int left, int done, double seconds, List<Working> working) {
		PageProgress.Snapshot now = working.stream().map(Working::progress).filter(p -> p.secondsLeft() != null)
			.findFirst().orElse(null);
		double perFile = done > 0 ? seconds / done
				: now != null ? now.elapsedSeconds() + now.secondsLeft() : Double.NaN;
		if (Double.isNaN(perFile)) {
			return null;
		}
		double eta = now != null ? now.secondsLeft() + (left - 1) * perFile : left * perFile;
		return Math.max(1, Math.round(eta));
	}

	/** The listener of the page read from this file: a new one when the file comes to be read, the same after. */
	@Override
	public synchronized Pulse.Listener reading(String source, String page) {
		String file = shown(source);
		return reading.computeIfAbsent(file, f -> new Reading(f, page, new PageProgress())).progress();
	}

	/** The files that have ended, from the {@code from}th on (a page polling for news asks only for what is new). */
	public synchronized List<BulkIngest.Ended> files(int from) {
		return List.copyOf(ended.subList(Math.min(Math.max(from, 0), ended.size()), ended.size()));
	}

	synchronized boolean dryRunDone() {
		return settings.dryRun() && state == State.DONE && committedAs == null;
	}

	/** Stopped before its end with its files kept (a real run's files go when it is done; "" marks them discarded). */
	public synchronized boolean canRunAgain() {
		return (state == State.INTERRUPTED || state == State.FAILED) && committedAs == null;
	}

	synchronized void papers(PaperNames names) {
		papers = names;
	}

	/**
	 * The names this job's file names gave that it took as other newspapers: an abbreviation as the job's newspaper,
	 * or a name an admin mapped before. Empty before the job has read its files.
	 */
	public synchronized List<PaperTaken> papersTaken() {
		return papers == null ? List.of()
				: papers.taken().values().stream().map(t -> new PaperTaken(t.named(), t.newspaper(), t.byAlias())).toList();
	}

	/** A name a file name gave, the newspaper it was taken as, and whether a mapping said so (else the job's newspaper). */
	public record PaperTaken(String named, String newspaper, boolean mapped) {
	}

	synchronized void committedAs(String id) {
		committedAs = id;
	}

	synchronized void running() {
		state = State.RUNNING;
		startedNanos = System.nanoTime();
	}

	@Override
	public synchronized void started(int files, List<String> skippedFiles) {
		total = files + ended.size();
		skippedFiles.stream().map(this::shown).forEach(skipped::add);
	}

	/** Files that are no page files (notes, images) found in the upload: not ingested, not failed. */
	public synchronized List<String> skipped() {
		return List.copyOf(skipped);
	}

	@Override
	public synchronized void ended(BulkIngest.Ended file) {
		ended.add(file.from(shown(file.source())));
		reading.remove(shown(file.source()));
	}

	private String shown(String source) {
		return source.startsWith(folderPrefix) ? source.substring(folderPrefix.length()) : source;
	}

	/** Uploaded files of the uploader's system (".DS_Store"), not kept: shown with the files that are no page files. */
	synchronized void leftOut(List<String> systemFiles) {
		skipped.addAll(systemFiles);
	}

	/** Uploads refused before the run (a name that cannot be a file name, two files of one name). */
	synchronized void refusedUpload(String name, String why) {
		ended.add(BulkIngest.Ended.refused(name, why));
	}

	synchronized void finished(State end, String why) {
		state = end;
		failure = why;
		finishedNanos = System.nanoTime();
		if (startedNanos == 0) {
			startedNanos = finishedNanos;
		}
	}

}
