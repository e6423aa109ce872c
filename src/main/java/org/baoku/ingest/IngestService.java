package org.baoku.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.IngestRepository.StoredPage;
import org.baoku.search.SearchApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests one raw page: decode → lines → blocks → articles → entities (the {@link PageParser}) → store (one
 * PostgreSQL transaction) → index. A file that cannot be read, holds no articles or was ingested before changes
 * nothing; a different file for a page already stored replaces it only when asked to.
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final IngestRepository repository;

	private final TransactionTemplate transaction;

	private final SearchApi search;

	IngestService(IngestRepository repository, TransactionTemplate transaction, SearchApi search) {
		this.repository = repository;
		this.transaction = transaction;
		this.search = search;
	}

	public IngestResult ingest(RawPage page, boolean replace) {
		String text;
		ParsedPage parsed;
		try {
			text = PageDecoder.decode(page.bytes());
			parsed = new PageParser(repository.reporterNames(), repository.officialNames()).parse(text);
		}
		catch (UnreadablePageException ex) {
			return rejected(page, ex.getMessage());
		}
		if (parsed.isEmpty()) {
			return rejected(page, "no articles were found on the page");
		}
		String sha = sha256(page.bytes());
		Optional<StoredPage> same = repository.findBySha(sha);
		if (same.isPresent()) {
			StoredPage s = same.get();
			return new IngestResult(IngestResult.Status.DUPLICATE, page.fileName(), s.id(), 0,
					"this file was ingested before as %s %s %s; nothing changed".formatted(s.newspaper(), s.date(),
							pageName(s.pageLabel())));
		}
		IngestResult result = transaction.execute(status -> store(page, sha, text, parsed, replace));
		if (result != null && result.stored()) {
			// PostgreSQL has committed; should indexing fail, the index is rebuilt from it on the next start.
			search.indexIssue(result.issueId());
			log.info("{} {}: {} articles from {}", result.status(), page.date(), result.articles(), page.fileName());
		}
		return result;
	}

	private IngestResult store(RawPage page, String sha, String text, ParsedPage parsed, boolean replace) {
		repository.lockSlot(page.newspaper(), page.date(), page.pageLabel());
		Optional<StoredPage> slot = repository.findSlot(page.newspaper(), page.date(), page.pageLabel());
		if (slot.isPresent() && !replace) {
			return new IngestResult(IngestResult.Status.CONFLICT, page.fileName(), slot.get().id(), 0,
					"%s %s %s is already stored from another file; re-ingest it to replace that version"
						.formatted(page.newspaper(), page.date(), pageName(page.pageLabel())));
		}
		// A replaced page keeps its id, so links to the page stay valid and its index documents are found.
		long issueId = slot.isPresent() ? repository.replaceIssue(slot.get().id(), page, sha, text)
				: repository.insertIssue(repository.newspaperId(page.newspaper()), page, sha, text);
		int position = 0;
		for (ParsedArticle article : parsed.articles()) {
			long articleId = repository.insertArticle(issueId, page.date(), ++position, article.article());
			repository.linkReporters(articleId, article.article().reporters());
			repository.linkOfficials(articleId, article.officials());
		}
		IngestResult.Status status = slot.isPresent() ? IngestResult.Status.REPLACED : IngestResult.Status.INGESTED;
		return new IngestResult(status, page.fileName(), issueId, position,
				"%d articles stored for %s %s %s".formatted(position, page.newspaper(), page.date(),
						pageName(page.pageLabel())));
	}

	private static IngestResult rejected(RawPage page, String why) {
		return new IngestResult(IngestResult.Status.REJECTED, page.fileName(), null, 0,
				page.fileName() + ": " + why + "; nothing was stored");
	}

	private static String pageName(String label) {
		return label.isBlank() ? "(page without number)" : "page " + label;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
