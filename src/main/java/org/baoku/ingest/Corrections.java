package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.config.Refusal;
import org.baoku.search.SearchApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' corrections of the splitter's work. A correction is stored as itself (who, when, the fields before and
 * after, where on the page it was made), written into the article at once and sent to the index with a new revision
 * of its page. A re-ingest of the page reads it afresh; then {@link CorrectionsAgain} places each correction again.
 * One it cannot place turns stale: it is shown on its article and at the top of the review list beside the new
 * reading, for an editor to keep or drop.
 */
@Service
public class Corrections {

	private static final Logger log = LoggerFactory.getLogger(Corrections.class);

	private final CorrectionRepository corrections;

	private final IngestRepository pages;

	private final TransactionTemplate transaction;

	private final SearchApi search;

	private final SplitEdits edits;

	Corrections(CorrectionRepository corrections, IngestRepository pages, TransactionTemplate transaction,
			SearchApi search, SplitEdits edits) {
		this.corrections = corrections;
		this.edits = edits;
		this.pages = pages;
		this.transaction = transaction;
		this.search = search;
	}

	/**
	 * A correction a re-ingest could not apply again: what it changed ({@link ArticleFields#differences} names, or the
	 * kind of change) and why, as a message key with its arguments ({@code reasonKey} null for a reason stored before
	 * reasons had keys) and in English.
	 */
	public record Stale(long id, Long articleId, long pageId, String headline, String editor,
			java.time.OffsetDateTime madeAt, List<String> fields, String reason, String reasonKey, List<String> reasonArgs,
			List<Difference> differences, boolean keepable) {

		public Object[] reasonArgsArray() {
			return reasonArgs.toArray();
		}

	}

	/**
	 * What a stale correction wanted beside what the new reading has: a field ({@link ArticleFields#differences}
	 * names, "body", or the kind of change) with the editor's text and the new reading's (empty where none is).
	 */
	public record Difference(String field, String editors, String reading) {
	}

	/** Why a correction was refused: a message ({@code correct.refused.<code>} with args) for the editor, English for logs. */
	public static final class Refused extends Refusal {

		public Refused(String code, String english, Object... args) {
			super("correct.refused." + code, english, args);
		}

	}

	/** The article's fields as they stand, for the editor's form. */
	public ArticleFields fields(long articleId) {
		return transaction.execute(status -> corrections.pageOf(articleId)
			.map(page -> corrections.fields(articleId))
			.orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId))));
	}

	/** Applies an editor's correction; false when it changes nothing (nothing is stored then). */
	public boolean correct(long articleId, ArticleFields after, String editor) {
		if (after.headline().isEmpty() && after.reporters().isEmpty()) {
			throw new Refused("headlineNeeded", "an article needs a headline, or (a photo) a photographer");
		}
		if (after.reporters().stream().anyMatch(p -> p.name().isEmpty() || p.name().length() > 40)
				|| after.officials().stream().anyMatch(p -> p.name().isEmpty() || p.name().length() > 40)) {
			throw new Refused("nameLength", "a name is 1 to 40 characters");
		}
		Boolean changed = transaction.execute(status -> {
			long page = corrections.pageOf(articleId).orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId)));
			ArticleFields before = corrections.fields(articleId);
			if (before.differences(after).isEmpty()) {
				return false;
			}
			corrections.insert(articleId, page, editor, before, after);
			corrections.setFields(articleId, after, pages);
			corrections.newRevision(page, pages);
			return true;
		});
		search.indexWaitingPagesAfter("a correction");
		return Boolean.TRUE.equals(changed);
	}

	/**
	 * Replaces the article's body with the editor's text (one paragraph a line; blank lines and the spaces around a
	 * line are dropped); false when that is the body it has (nothing is stored then).
	 */
	public boolean correctBody(long articleId, String text, String editor) {
		String body = String.join("\n", paragraphs(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'))
			.stream()
			.map(String::strip)
			.toList());
		if (body.isEmpty()) {
			throw new Refused("emptyBody", "a body cannot be empty (to drop an article, merge it into the one before it)");
		}
		if (body.length() > MAX_BODY_CHARS) {
			throw new Refused("bodyTooLong", "a body is at most " + MAX_BODY_CHARS + " characters", MAX_BODY_CHARS);
		}
		Boolean changed = transaction.execute(status -> {
			long page = corrections.pageOf(articleId).orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId)));
			String before = corrections.body(articleId);
			if (before.equals(body)) {
				return false;
			}
			ArticleFields fields = corrections.fields(articleId);
			corrections.insert(articleId, page, "body", new CorrectionRepository.Anchor(before, body, 0, null), editor,
					fields, fields);
			corrections.setBody(articleId, body);
			corrections.newRevision(page, pages);
			return true;
		});
		search.indexWaitingPagesAfter("a correction");
		return Boolean.TRUE.equals(changed);
	}

	/**
	 * Marks a text the splitter took for an article as none (a masthead, an advertisement): it leaves the archive and
	 * search (its link answers 410 and says why), and a re-ingest that brings the same text back drops it again.
	 */
	public void dropArticle(long articleId, String editor) {
		transaction.execute(status -> {
			long page = corrections.pageOf(articleId).orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId)));
			ArticleFields fields = corrections.fields(articleId);
			corrections.insert(articleId, page, "drop",
					new CorrectionRepository.Anchor(corrections.body(articleId), null, 0, null), editor, fields, fields);
			pages.retireNotArticle(articleId);
			corrections.newRevision(page, pages);
			return null;
		});
		search.indexWaitingPagesAfter("a correction");
	}

	/** Where an editor gives a block of an article's text: to another article of the page, a new one, or none. */
	public sealed interface BlockTarget {

		/** Another article of the same page; the block goes into its body where its columns read it. */
		record Article(long id) implements BlockTarget {
		}

		/** A new article right after the one the block leaves, under this headline. */
		record NewArticle(String headline) implements BlockTarget {
		}

		/** No article: an advertisement or a masthead the splitter read into an article's columns. */
		record None() implements BlockTarget {
		}

	}

	/**
	 * Gives one printed block (a region of a page PDF with its text) of an article to another article of the page, to a
	 * new article, or to none: the text leaves the first body, goes into the other's in reading order, and the region
	 * goes with it. Returns the article the editor is shown next (the receiving one, or the first when dropped).
	 */
	public long moveBlock(long articleId, int seq, BlockTarget target, String editor) {
		if (target instanceof BlockTarget.NewArticle n && n.headline().isBlank()) {
			throw new Refused("newHeadline", "the new article needs a headline");
		}
		Long shown = transaction.execute(status -> {
			long page = corrections.pageOf(articleId).orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId)));
			CorrectionRepository.TextRegion region = corrections.regions(articleId)
				.stream()
				.filter(r -> r.seq() == seq && r.text() != null)
				.findFirst()
				.orElseThrow(() -> new Refused("noBlock", "article " + articleId + " has no block of text " + seq
						+ " on its page image (only blocks of body text can be given to another article)", String.valueOf(articleId), seq));
			String body = corrections.body(articleId);
			BlockText.Span span = BlockText.find(body, region.text())
				.orElseThrow(() -> new Refused("blockEdited", "the block's text is no longer in the article's body as printed (the "
						+ "body was edited); edit the two bodies instead"));
			Long to = target instanceof BlockTarget.Article a ? a.id() : null;
			if (to != null && (to == articleId || !corrections.pageOf(to).map(p -> p == page).orElse(false))) {
				throw new Refused("blockOtherPage", "a block can be given only to another article of the same page");
			}
			String receiving = to == null ? null : corrections.body(to);
			String headline = target instanceof BlockTarget.NewArticle n ? n.headline().strip() : null;
			ArticleFields fields = corrections.fields(articleId);
			PagePlace place = new PagePlace(PagePlace.boxes(corrections.regions(articleId)), PagePlace.Box.of(region),
					to == null ? List.of() : PagePlace.boxes(corrections.regions(to)));
			corrections.insert(articleId, page, "block", new CorrectionRepository.Anchor(span.of(body), receiving, 0,
					headline), place, editor, fields, fields);
			long result = edits.move(page, articleId, region, span, to, headline);
			corrections.newRevision(page, pages);
			return result;
		});
		search.indexWaitingPagesAfter("a correction");
		return shown;
	}

	/** The longest body an editor may store: far more than any printed article, less than a runaway paste. */
	static final int MAX_BODY_CHARS = 200_000;

	/**
	 * Joins the article and the one after it on its page (a body the splitter cut in two): the second's body and
	 * people go to the first, which keeps its id and headline; the second is retired (its link answers 410).
	 */
	public void mergeWithNext(long articleId, String editor) {
		transaction.execute(status -> {
			long page = corrections.pageOf(articleId).orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId)));
			mergeNext(page, articleId, editor);
			corrections.newRevision(page, pages);
			return null;
		});
		search.indexWaitingPagesAfter("a correction");
	}

	/**
	 * Joins the article and every article after it on its page up to and including {@code through} in one action (a
	 * commentary the splitter cut at its section headings): each is merged in turn as "merge with the next" merges
	 * it, one correction each, so a re-ingest makes the same joins again. Returns how many were joined into it.
	 */
	public int mergeThrough(long articleId, long through, String editor) {
		int joined = transaction.execute(status -> {
			long page = corrections.pageOf(articleId).orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId)));
			List<CorrectionRepository.Placed> articles = corrections.articles(page);
			int at = SplitEdits.indexOf(articles, articleId);
			int last = articles.stream().map(CorrectionRepository.Placed::id).toList().indexOf(through);
			if (last <= at) {
				throw new Refused("notAfter", "the last article to join must be one after this one on its page");
			}
			for (int next = at + 1; next <= last; next++) {
				mergeNext(page, articleId, editor);
			}
			corrections.newRevision(page, pages);
			return last - at;
		});
		search.indexWaitingPagesAfter("a correction");
		return joined;
	}

	/** Merges the article after this one on the page into it, and records the merge. */
	private void mergeNext(long page, long articleId, String editor) {
		List<CorrectionRepository.Placed> articles = corrections.articles(page);
		int at = SplitEdits.indexOf(articles, articleId);
		if (at + 1 >= articles.size()) {
			throw new Refused("noNext", "the last article of its page has no next article to merge with");
		}
		CorrectionRepository.Placed first = articles.get(at);
		CorrectionRepository.Placed second = articles.get(at + 1);
		ArticleFields before = corrections.fields(articleId);
		ArticleFields after = edits.merge(first, second);
		corrections.insert(articleId, page, "merge", new CorrectionRepository.Anchor(first.body(), second.body(), 0,
				null), editor, before, after);
	}

	/**
	 * Cuts the article in two before its paragraph {@code at} (counted from 0 among its non-blank lines): the first
	 * part keeps the id, the headline and the people; the second becomes a new article right after it, under the
	 * headline given. Returns the new article's id.
	 */
	public long split(long articleId, int at, String headline, String editor) {
		String title = headline == null ? "" : headline.strip();
		Long created = transaction.execute(status -> {
			long page = corrections.pageOf(articleId).orElseThrow(() -> new Refused("noArticle", "no article " + articleId, String.valueOf(articleId)));
			List<CorrectionRepository.Placed> articles = corrections.articles(page);
			CorrectionRepository.Placed article = articles.get(SplitEdits.indexOf(articles, articleId));
			List<String> paragraphs = paragraphs(article.body());
			if (at < 1 || at >= paragraphs.size()) {
				throw new Refused("splitAt", "an article is split before one of its paragraphs after the first (1 to "
						+ (paragraphs.size() - 1) + ")", paragraphs.size() - 1);
			}
			if (title.isEmpty()) {
				throw new Refused("newHeadline", "the new article needs a headline");
			}
			ArticleFields fields = corrections.fields(articleId);
			corrections.insert(articleId, page, "split", new CorrectionRepository.Anchor(article.body(), null, at, title),
					editor, fields, fields);
			long id = edits.cut(page, article, at, title);
			corrections.newRevision(page, pages);
			return id;
		});
		search.indexWaitingPagesAfter("a correction");
		return created;
	}

	/** The page's split has been looked at: its articles leave the review queue. */
	public void markChecked(long pageId, String editor) {
		Boolean marked = transaction.execute(status -> corrections.markChecked(pageId, editor));
		if (!Boolean.TRUE.equals(marked)) {
			throw new Refused("noPage", "no page " + pageId, String.valueOf(pageId));
		}
	}

	/** Corrections a re-read could not place again, newest first, each beside what the new reading has. */
	public List<Stale> stale(int limit) {
		return transaction.execute(status -> corrections.stale(limit).stream().map(this::stale).toList());
	}

	/** The article's own corrections a re-read could not place again, shown on the article. */
	public List<Stale> staleOf(long articleId) {
		return transaction.execute(status -> corrections.staleOf(articleId).stream().map(this::stale).toList());
	}

	private Stale stale(CorrectionRepository.Stored c) {
		boolean present = c.articleId() != null && corrections.exists(c.articleId());
		List<Difference> differences;
		if ("fields".equals(c.kind())) {
			ArticleFields now = present ? corrections.fields(c.articleId()) : null;
			differences = c.before().differences(c.after()).stream()
				.map(f -> new Difference(f, c.after().valueOf(f), now == null ? "" : now.valueOf(f)))
				.toList();
		}
		else if ("body".equals(c.kind())) {
			differences = List.of(new Difference("body", c.anchor().second(), present ? corrections.body(c.articleId()) : ""));
		}
		else {
			differences = List.of(new Difference(c.kind(), c.anchor() == null ? "" : c.anchor().first(), ""));
		}
		return new Stale(c.id(), c.articleId(), c.pageId(), c.headline(), c.editor(), c.madeAt(),
				differences.stream().map(Difference::field).toList(), c.staleReason().english(), c.staleReason().key(),
				c.staleReason().args(), differences, present && ("fields".equals(c.kind()) || "body".equals(c.kind())));
	}

	/**
	 * An editor keeps a correction a re-read could not place: the editor's fields (or body) are written on its
	 * article as the correction had them, and it is in force again. Only a correction of fields or of a body whose
	 * article is still there can be kept; the others are made again by hand on the article.
	 */
	public void keepStale(long correctionId, String editor) {
		transaction.execute(status -> {
			CorrectionRepository.Stored c = staleOne(correctionId);
			Long article = c.articleId();
			if (article == null || corrections.pageOf(article).isEmpty() || !("fields".equals(c.kind()) || "body".equals(c.kind()))) {
				throw new Refused("cannotKeep", "this correction (" + c.kind() + ") cannot be made again as it was: "
						+ "make it again on the article, then drop it here", c.kind());
			}
			if ("body".equals(c.kind())) {
				corrections.setBody(article, c.anchor().second());
			}
			else {
				ArticleFields result = corrections.fields(article);
				for (String field : c.before().differences(c.after())) {
					result = result.with(field, c.after());
				}
				corrections.setFields(article, result, pages);
			}
			corrections.settle(correctionId, "applied", editor);
			corrections.newRevision(c.pageId(), pages);
			return null;
		});
		search.indexWaitingPagesAfter("a correction kept");
	}

	/** An editor drops a correction a re-read could not place: it leaves the list and stays on record. */
	public void dropStale(long correctionId, String editor) {
		transaction.execute(status -> {
			staleOne(correctionId);
			corrections.settle(correctionId, "dropped", editor);
			return null;
		});
	}

	/** The article a correction stands on; null when it has none (or there is no such correction). */
	public Long articleOfCorrection(long correctionId) {
		return transaction.execute(status -> corrections.find(correctionId).map(CorrectionRepository.Stored::articleId)
			.orElse(null));
	}

	private CorrectionRepository.Stored staleOne(long correctionId) {
		CorrectionRepository.Stored c = corrections.find(correctionId)
			.orElseThrow(() -> new Refused("noCorrection", "no correction " + correctionId, String.valueOf(correctionId)));
		if (!"stale".equals(c.state())) {
			throw new Refused("notStale", "correction " + correctionId + " is in force or was settled already",
					String.valueOf(correctionId));
		}
		return c;
	}

	/** An article's paragraphs as its page shows them: its non-blank lines. */
	public static List<String> paragraphs(String body) {
		return body.lines().filter(l -> !l.isBlank()).toList();
	}

}
