package org.baoku.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.archive.PageFiles;
import org.baoku.ingest.IngestRepository.StoredPage;
import org.baoku.ingest.entity.OfficialMention;
import org.baoku.ingest.ocr.Pulse;
import org.baoku.ingest.pdf.Region;
import org.baoku.ingest.pdf.ScanText;
import org.baoku.ingest.profile.ProfilesInForce;
import org.baoku.ingest.split.Credit;
import org.baoku.ingest.split.RealText;
import org.baoku.ingest.split.SplitProfile;
import org.baoku.search.SearchApi;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests one raw page: check → decode → lines → blocks → articles → entities (the {@link PageParser}) → store
 * (a page PDF's file kept first, then one PostgreSQL transaction with the page's new revision, its articles'
 * regions and its index work) → index. A request out of bounds,
 * a file that cannot be read, holds no sentences or was ingested before changes nothing; a different file for a
 * page already stored replaces it only when asked to, and its articles keep their ids where they are the same
 * stories.
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final IngestRepository repository;

	private final TransactionTemplate transaction;

	private final SearchApi search;

	private final IngestLimits limits;

	private final PageFiles pageFiles;

	private final KnownNames knownNames;

	private final CorrectionsAgain corrections;

	private final ProfilesInForce profiles;

	private final MeterRegistry meters;

	IngestService(IngestRepository repository, TransactionTemplate transaction, SearchApi search, IngestLimits limits,
			PageFiles pageFiles, KnownNames knownNames, CorrectionsAgain corrections, ProfilesInForce profiles,
			MeterRegistry meters) {
		this.repository = repository;
		this.meters = meters;
		this.profiles = profiles;
		this.corrections = corrections;
		this.knownNames = knownNames;
		this.pageFiles = pageFiles;
		this.transaction = transaction;
		this.search = search;
		this.limits = limits;
	}

	/** The largest page file this archive takes. */
	public long maxPageBytes() {
		return limits.maxPageSize().toBytes();
	}

	public IngestResult ingest(RawPage page, boolean replace) {
		return ingest(page, replace, true);
	}

	/** The half of ingest that stores nothing: the checks, the look-up of the same bytes stored before, the split. */
	public Prepared prepare(RawPage page) {
		return check(page, knownNames.current());
	}

	/**
	 * {@link #prepare(RawPage)} to run later, on another thread: a bulk load splits the next page while this one is
	 * stored. It splits with the names known now, so what it finds does not depend on how far storing got meanwhile.
	 */
	public Callable<Prepared> preparation(RawPage page) {
		KnownNames.Names names = knownNames.current();
		// Whoever hears this page's pulse on the announcing thread hears it on the thread that reads it too.
		Pulse.Listener pulse = Pulse.current();
		return () -> Pulse.during(pulse, () -> check(page, names));
	}

	/**
	 * Stores a page prepared before ({@link #prepare(RawPage)}) and leaves its index work queued in the outbox
	 * (committed with the page), for a bulk load that applies the queue every so many pages ({@link #indexQueued()})
	 * instead of committing the index once a page.
	 */
	public IngestResult ingestQueued(RawPage page, Prepared prepared, boolean replace) {
		return store(page, prepared, replace, false);
	}

	/** Applies the index work queued so far. */
	public void indexQueued() {
		search.indexWaitingPages();
	}

	/** After a bulk load's last page is indexed: the index merged for searching. */
	public void mergeIndexAfterLoad() {
		search.mergeIndexAfterLoad();
	}

	/** Applies the queued index work in whole batches, leaving less than one batch queued. */
	public void indexQueuedBatches() {
		search.indexWholeBatches();
	}

	/**
	 * What ingest would do with a page, nothing stored: the same checks and split, and whether the file is stored
	 * already or its page is taken ({@code parsed} is null unless it would be stored).
	 */
	/** The page number a label stands for (2 = 02 = 第2版): what two files must share to be the same page. */
	public String pageKey(String label) {
		return repository.pageKey(label);
	}

	public DryRun dryRun(RawPage page, boolean replace) {
		Prepared prepared = prepare(page);
		if (prepared.refused() != null) {
			return new DryRun(prepared.refused(), null);
		}
		Optional<StoredPage> slot = repository.findSlot(page.newspaper(), page.date(), page.pageLabel());
		if (slot.isPresent() && !replace) {
			return new DryRun(conflict(page, slot.get().id()), null);
		}
		int count = prepared.parsed().articles().size();
		IngestResult.Status status = slot.isPresent() ? IngestResult.Status.REPLACED : IngestResult.Status.INGESTED;
		String english = "%d articles would be stored for %s %s %s".formatted(count, page.newspaper(), page.date(),
				pageName(page.pageLabel()));
		return new DryRun(new IngestResult(status, page.fileName(), null, count,
				IngestReason.of("split", english, count), english, IngestResult.ArticleChanges.NONE), prepared.parsed());
	}

	/** A dry run's answer: what ingest would report, and the split it would store. */
	public record DryRun(IngestResult wouldBe, ParsedPage parsed) {
	}

	/** The answer for a file refused by its size before it is read. */
	public IngestResult tooLarge(String fileName, long bytes) {
		String english = "%s is %d bytes; a page may be at most %d bytes (baoku.limits.max-page-size)"
			.formatted(fileName, bytes, limits.maxPageSize().toBytes());
		return new IngestResult(IngestResult.Status.TOO_LARGE, fileName, null, 0,
				IngestReason.of("tooLarge", english, bytes, limits.maxPageSize().toBytes()), english + "; nothing was stored");
	}

	/**
	 * A page that passed the checks, split, with the file to keep (a page image as the image-only PDF it is kept as);
	 * or the answer that refuses it.
	 */
	public record Prepared(IngestResult refused, String sha, ParsedPage parsed, byte[] file) {
	}

	/**
	 * Bounds, size, the same bytes stored before (looked up first: a re-run of a bulk load skips what it stored
	 * without splitting it again), then the split and whether it found prose and articles.
	 */
	private Prepared check(RawPage page, KnownNames.Names names) {
		IngestReason problem = limits.problem(page.newspaper(), page.date(), page.pageLabel());
		if (problem != null) {
			return refused(new IngestResult(IngestResult.Status.INVALID, page.fileName(), null, 0, problem,
					problem.english() + "; nothing was stored"));
		}
		if (page.bytes().length > limits.maxPageSize().toBytes()) {
			return refused(tooLarge(page.fileName(), page.bytes().length));
		}
		Optional<IngestReason> misnamed = NamedKind.misnamed(page.fileName(), page.bytes());
		if (misnamed.isPresent()) {
			return refused(rejected(page, misnamed.get()));
		}
		RawPage file;
		try {
			file = PageParser.asPageFile(page);
		}
		catch (UnreadablePageException ex) {
			return refused(rejected(page, ex.reason()));
		}
		String sha = sha256(file.bytes());
		Optional<IngestResult> duplicate = duplicateOf(page, sha);
		if (duplicate.isPresent()) {
			return refused(duplicate.get());
		}
		ParsedPage parsed;
		try {
			parsed = split(file, names, profiles.of(page.newspaper()));
		}
		catch (UnreadablePageException ex) {
			return refused(rejected(page, file != page ? PageParser.ofTheScan(ex.reason()) : ex.reason()));
		}
		Optional<IngestReason> unstorable = unstorable(parsed);
		if (unstorable.isPresent()) {
			return refused(rejected(page, unstorable.get()));
		}
		return new Prepared(null, sha, parsed, file.bytes());
	}

	/**
	 * Why a split page is not stored whatever the archive holds (no sentence of Chinese prose, no articles): what a
	 * dry run without the archive (the {@code ingest --dry-run} command) must say as the real run would.
	 */
	public static Optional<IngestReason> unstorable(ParsedPage parsed) {
		if (!RealText.hasSentence(parsed.text())) {
			return Optional.of(IngestReason.of("noProse", "the text has no sentence of Chinese prose"));
		}
		if (parsed.isEmpty()) {
			return Optional.of(IngestReason.of("noArticles", "no articles were found on the page"));
		}
		return Optional.empty();
	}

	/** The split of a page with the newspaper's profile (or another to try) in force. */
	private static ParsedPage split(RawPage page, KnownNames.Names names, SplitProfile profile) {
		return profile.run(() -> new PageParser(names.reporters(), names.officials()).parse(page.bytes()));
	}

	/** How a stored page would split with a profile, nothing stored; empty when its file cannot be read now. */
	public Optional<ParsedPage> splitWith(long pageId, SplitProfile profile) {
		return storedFile(pageId).flatMap(page -> {
			try {
				return Optional.of(split(page, knownNames.current(), profile));
			}
			catch (UnreadablePageException ex) {
				return Optional.empty();
			}
		});
	}

	/** A stored page as the file it was split from: a page PDF as kept, a text page as its stored text. */
	public Optional<RawPage> storedFile(long pageId) {
		return repository.storedFile(pageId).flatMap(f -> {
			if (f.pdfSha256() == null) {
				return Optional.of(new RawPage(f.newspaper(), f.date(), f.pageLabel(), f.sourceFile(),
						f.rawText().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			return pageFiles.find(f.pdfSha256()).map(path -> {
				try {
					return new RawPage(f.newspaper(), f.date(), f.pageLabel(), f.sourceFile(),
							java.nio.file.Files.readAllBytes(path));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException("cannot read the kept PDF of page " + pageId, ex);
				}
			});
		});
	}

	/**
	 * Splits a stored page again from its file, with its paper's profile in force now, and stores the new split as a
	 * re-ingest does (article ids kept where the matcher finds them, corrections made again); the page keeps its
	 * file's hash. Empty when the page or its file is gone.
	 */
	public Optional<IngestResult> splitAgain(long pageId) {
		Optional<RawPage> file = storedFile(pageId);
		Optional<String> sha = repository.storedFile(pageId).map(IngestRepository.StoredFile::sha256);
		if (file.isEmpty() || sha.isEmpty()) {
			return Optional.empty();
		}
		RawPage page = file.get();
		ParsedPage parsed;
		try {
			parsed = split(page, knownNames.current(), profiles.of(page.newspaper()));
		}
		catch (UnreadablePageException ex) {
			return Optional.of(rejected(page, ex.reason()));
		}
		if (parsed.isEmpty()) {
			return Optional.of(rejected(page, IngestReason.of("noArticles", "no articles were found on the page")));
		}
		IngestResult result = transaction.execute(status -> store(page, sha.get(), parsed.text(), parsed, true, true));
		search.indexWaitingPagesAfter("a re-split of page " + pageId);
		return Optional.ofNullable(result);
	}

	private static Prepared refused(IngestResult answer) {
		return new Prepared(answer, null, null, null);
	}

	private IngestResult ingest(RawPage page, boolean replace, boolean indexNow) {
		return store(page, prepare(page), replace, indexNow);
	}

	/** Every page an upload, a bulk load or the command ends with, counted by how it ended (for the operator). */
	private IngestResult store(RawPage page, Prepared prepared, boolean replace, boolean indexNow) {
		IngestResult result = storeOrRefuse(page, prepared, replace, indexNow);
		if (result != null) {
			meters.counter("baoku.ingest.pages", "status", result.status().name()).increment();
		}
		return result;
	}

	private IngestResult storeOrRefuse(RawPage page, Prepared prepared, boolean replace, boolean indexNow) {
		if (prepared.refused() != null) {
			return prepared.refused();
		}
		Pulse.beat(Pulse.Stage.STORING);
		String sha = prepared.sha();
		ParsedPage parsed = prepared.parsed();
		String text = parsed.text();
		if (parsed.layout() != null) {
			// Kept before the transaction: a page row never points at a file that is not there.
			pageFiles.keep(sha, prepared.file());
		}
		IngestResult result;
		try {
			result = transaction.execute(status -> store(page, sha, text, parsed, replace, false));
		}
		catch (DuplicateKeyException ex) {
			// The same bytes were stored between the look-up and the insert: by a concurrent upload, or by the page
			// before this one in a bulk load that looked this one up ahead.
			return duplicateOf(page, sha).orElseThrow(() -> ex);
		}
		if (result != null && result.stored()) {
			knownNames.learn(parsed);
		}
		if (result != null && result.stored() && indexNow) {
			log.info("{} {}: {} articles from {}", result.status(), page.date(), result.articles(), page.fileName());
			search.indexWaitingPagesAfter(page.fileName());
		}
		return result;
	}

	private Optional<IngestResult> duplicateOf(RawPage page, String sha) {
		return repository.findBySha(sha)
			.map(s -> new IngestResult(IngestResult.Status.DUPLICATE, page.fileName(), s.id(), 0,
					IngestReason.of("duplicateBefore", "this file was ingested before as %s %s %s; nothing changed"
						.formatted(s.newspaper(), s.date(), pageName(s.pageLabel())), s.newspaper(), s.date().toString(),
							s.pageLabel())));
	}

	/** {@code again}: the page's own file split again (a new profile), stored though its bytes are the same. */
	private IngestResult store(RawPage page, String sha, String text, ParsedPage parsed, boolean replace, boolean again) {
		repository.lockSlot(page.newspaper(), page.date(), page.pageLabel());
		Optional<StoredPage> slot = repository.findSlot(page.newspaper(), page.date(), page.pageLabel());
		if (slot.isPresent() && slot.get().sha256().equals(sha) && !again) {
			return new IngestResult(IngestResult.Status.DUPLICATE, page.fileName(), slot.get().id(), 0,
					IngestReason.of("duplicateSlot", "this file is already stored as this page; nothing changed"));
		}
		if (slot.isPresent() && !replace) {
			return conflict(page, slot.get().id());
		}
		long pageId;
		if (slot.isPresent()) {
			pageId = slot.get().id();
			repository.setPdf(pageId, parsed.layout() == null ? null : sha, parsed.layout());
		}
		else {
			long issueId = repository.issueId(repository.newspaperId(page.newspaper()), page.date());
			pageId = repository.insertPage(issueId, page, sha, text, parsed.layout());
		}
		repository.setScanText(pageId, scanText(parsed));
		IngestResult.ArticleChanges changes = slot.isPresent() ? replace(pageId, page, sha, text, parsed)
				: insert(pageId, page, parsed);
		repository.queueIndexing(pageId);
		IngestResult.Status status = slot.isPresent() ? IngestResult.Status.REPLACED : IngestResult.Status.INGESTED;
		int count = parsed.articles().size();
		String english = "%d articles stored for %s %s %s%s".formatted(count, page.newspaper(), page.date(),
				pageName(page.pageLabel()), slot.isPresent() ? changeSummary(changes) : "");
		IngestReason reason = slot.isPresent()
				? IngestReason.of("replaced", english, count, page.newspaper(), page.date().toString(), page.pageLabel(),
						changes.unchanged().size(), changes.changed().size(), changes.added().size(), changes.removed().size())
				: IngestReason.of("ingested", english, count, page.newspaper(), page.date().toString(), page.pageLabel());
		return new IngestResult(status, page.fileName(), pageId, count, reason, english, changes);
	}

	private static IngestResult conflict(RawPage page, long storedPageId) {
		return new IngestResult(IngestResult.Status.CONFLICT, page.fileName(), storedPageId, 0,
				IngestReason.of("conflict", "%s %s %s is already stored from another file; re-ingest it to replace that version"
					.formatted(page.newspaper(), page.date(), pageName(page.pageLabel())), page.newspaper(),
						page.date().toString(), page.pageLabel()));
	}

	private IngestResult.ArticleChanges insert(long pageId, RawPage page, ParsedPage parsed) {
		List<Long> added = new ArrayList<>();
		for (int i = 0; i < parsed.articles().size(); i++) {
			long id = repository.insertArticle(pageId, page.date(), i + 1, parsed.articles().get(i).article(),
					ocrConfidence(parsed, i));
			repository.addRegions(id, regions(parsed, i));
			added.add(id);
		}
		linkPeople(added, parsed);
		return new IngestResult.ArticleChanges(added, List.of(), List.of(), List.of());
	}

	/** A replaced page keeps its id; its articles keep theirs where {@link ArticleMatcher} finds them again. */
	private IngestResult.ArticleChanges replace(long pageId, RawPage page, String sha, String text,
			ParsedPage parsed) {
		List<ArticleMatcher.Stored> old = repository.storedArticles(pageId);
		repository.replacePage(pageId, page, sha, text);
		List<String> texts = parsed.articles()
			.stream()
			.map(ParsedArticle::article)
			.map(a -> ArticleMatcher.text(a.headline().kicker(), a.headline().main(), a.headline().subtitle(), a.body()))
			.toList();
		ArticleMatcher.Matches matches = ArticleMatcher.match(old, texts);
		matches.removed().forEach(repository::retireArticle);
		List<Long> added = new ArrayList<>();
		List<Long> changed = new ArrayList<>();
		List<Long> unchanged = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < parsed.articles().size(); i++) {
			ParsedArticle article = parsed.articles().get(i);
			Long id = matches.oldIds()[i];
			if (id == null) {
				id = repository.insertArticle(pageId, page.date(), i + 1, article.article(), ocrConfidence(parsed, i));
				added.add(id);
			}
			else {
				repository.updateArticle(id, page.date(), i + 1, article.article(), ocrConfidence(parsed, i));
				(matches.unchanged()[i] ? unchanged : changed).add(id);
			}
			repository.setRegions(id, regions(parsed, i));
			ids.add(id);
		}
		linkPeople(ids, parsed);
		// Editors' corrections outlive a re-ingest where they still apply; the others are listed for review.
		corrections.reapply(pageId, matches.removed(), scanText(parsed) != null);
		return new IngestResult.ArticleChanges(added, matches.removed(), changed, unchanged);
	}

	/** The reporters and officials of the page's articles (stored under these ids, in order). */
	private void linkPeople(List<Long> articleIds, ParsedPage parsed) {
		List<IngestRepository.Mention> reporters = new ArrayList<>();
		List<IngestRepository.Mention> officials = new ArrayList<>();
		for (int i = 0; i < articleIds.size(); i++) {
			long id = articleIds.get(i);
			List<Credit> credits = parsed.articles().get(i).article().reporters();
			for (int at = 0; at < credits.size(); at++) {
				reporters.add(new IngestRepository.Mention(id, credits.get(at).name(), credits.get(at).role(), at));
			}
			List<OfficialMention> named = parsed.articles().get(i).officials();
			for (int at = 0; at < named.size(); at++) {
				officials.add(new IngestRepository.Mention(id, named.get(at).name(), named.get(at).title(), at));
			}
		}
		repository.linkReporters(reporters);
		repository.linkOfficials(officials);
	}

	private static List<Region> regions(ParsedPage parsed, int article) {
		return parsed.layout() == null ? List.of() : parsed.layout().regions().get(article);
	}

	/** How sure OCR was of the article's text; null for text not read by OCR. */
	private static Double ocrConfidence(ParsedPage parsed, int article) {
		ScanText scan = scanText(parsed);
		return scan == null ? null : scan.articleConfidence().get(article);
	}

	private static ScanText scanText(ParsedPage parsed) {
		return parsed.layout() == null ? null : parsed.layout().scan();
	}

	private static String changeSummary(IngestResult.ArticleChanges c) {
		return " (%d unchanged, %d changed, %d added, %d removed)".formatted(c.unchanged().size(), c.changed().size(),
				c.added().size(), c.removed().size());
	}

	private static IngestResult rejected(RawPage page, IngestReason why) {
		return new IngestResult(IngestResult.Status.REJECTED, page.fileName(), null, 0, why,
				page.fileName() + ": " + why.english() + "; nothing was stored");
	}

	private static String pageName(String label) {
		return label.isBlank() ? "(page without number)" : "page " + label;
	}

	/** The content address of a page file: how the archive knows a file it stored before. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
