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
 * after), written into the article at once and sent to the index with a new revision of its page. A re-ingest of
 * the page splits it afresh; then each correction is applied again, field by field, where the new split reads the
 * field as it did before the correction (the same mistake again) or already as corrected. Where the new split reads
 * a corrected field some third way, or the article is gone, the correction is not forced on the new text: it turns
 * stale and is listed for the editors.
 */
@Service
public class Corrections {

	private static final Logger log = LoggerFactory.getLogger(Corrections.class);

	private final CorrectionRepository corrections;

	private final IngestRepository pages;

	private final TransactionTemplate transaction;

	private final SearchApi search;

	Corrections(CorrectionRepository corrections, IngestRepository pages, TransactionTemplate transaction,
			SearchApi search) {
		this.corrections = corrections;
		this.pages = pages;
		this.transaction = transaction;
		this.search = search;
	}

	/**
	 * A correction a re-ingest could not apply again: what it changed ({@link ArticleFields#differences} names, or the
	 * kind of change) and why, as a message key with its arguments ({@code reasonKey} null for a reason stored before
	 * reasons had keys) and in English.
	 */
	public record Stale(long id, Long articleId, long pageId, String headline, String editor, String madeAt,
			List<String> fields, String reason, String reasonKey, List<String> reasonArgs) {

		public Object[] reasonArgsArray() {
			return reasonArgs.toArray();
		}

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
			corrections.insert(articleId, page, "block", new CorrectionRepository.Anchor(span.of(body), receiving, 0,
					headline), editor, fields, fields);
			long result = move(page, articleId, region, span, to, headline);
			corrections.newRevision(page, pages);
			return result;
		});
		search.indexWaitingPagesAfter("a correction");
		return shown;
	}

	/**
	 * Takes the span out of the article's body and gives it, with its region, to the article {@code to}, or to a new
	 * article headed {@code headline}, or (both null) to none. Returns the receiving article, or the giving one.
	 */
	private long move(long pageId, long from, CorrectionRepository.TextRegion region, BlockText.Span span, Long to,
			String headline) {
		String body = corrections.body(from);
		String moved = span.of(body);
		String rest = BlockText.without(body, span);
		if (rest.isEmpty()) {
			throw new Refused("blockWhole", "the block is the article's whole text: merge the article into another, or mark it as "
					+ "no article, instead");
		}
		corrections.setBody(from, rest);
		if (headline != null) {
			List<CorrectionRepository.Placed> articles = corrections.articles(pageId);
			long created = corrections.insertAfter(pageId, articles.get(indexOf(articles, from)), headline,
					BlockText.tidy(moved));
			corrections.moveRegion(from, region.seq(), created);
			return created;
		}
		if (to == null) {
			corrections.moveRegion(from, region.seq(), null);
			return from;
		}
		List<CorrectionRepository.TextRegion> theirs = corrections.regions(to);
		List<String> before = theirs.stream()
			.filter(r -> r.text() != null && r.readBefore(region))
			.map(CorrectionRepository.TextRegion::text)
			.toList();
		String receiving = corrections.body(to);
		int offset = BlockText.after(receiving, before);
		boolean readFirst = theirs.stream().anyMatch(r -> r.text() != null) && before.isEmpty();
		corrections.setBody(to, BlockText.with(receiving, offset >= 0 ? offset : readFirst ? 0 : receiving.length(),
				moved));
		corrections.moveRegion(from, region.seq(), to);
		return to;
	}

	/**
	 * Gives the block again where the new split has its text in one article and the receiving article as it was (or
	 * makes the new article again); null when done or nothing is left to do, else why not.
	 */
	private StaleReason blockAgain(long pageId, CorrectionRepository.Anchor anchor) {
		List<CorrectionRepository.Placed> articles = corrections.articles(pageId);
		for (CorrectionRepository.Placed a : articles) {
			Optional<BlockText.Span> span = BlockText.find(a.body(), anchor.first());
			if (span.isEmpty()) {
				continue;
			}
			if (anchor.headline() != null && BlockText.sameText(a.body(), anchor.first())) {
				return null; // the new split reads the block as an article of its own already
			}
			if (anchor.second() != null && BlockText.sameText(BlockText.without(a.body(), span.get()), anchor.second())) {
				return null; // the new split reads the block into the article it was given to already
			}
			Long to = null;
			if (anchor.second() != null) {
				to = articles.stream().filter(b -> b.body().equals(anchor.second())).map(b -> b.id()).findFirst()
					.orElse(null);
				if (to == null) {
					return StaleReason.GIVEN_TO_GONE;
				}
			}
			Optional<CorrectionRepository.TextRegion> region = corrections.regions(a.id())
				.stream()
				.filter(r -> r.text() != null && BlockText.find(a.body(), r.text()).equals(span))
				.findFirst();
			if (region.isEmpty()) {
				return StaleReason.BLOCK_BROKEN;
			}
			try {
				move(pageId, a.id(), region.get(), span.get(), to, anchor.headline());
			}
			catch (Refused ex) {
				return StaleReason.refused(ex);
			}
			return null;
		}
		return anchor.second() == null && anchor.headline() == null ? null
				: StaleReason.BLOCK_GONE;
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
			int at = indexOf(articles, articleId);
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
		int at = indexOf(articles, articleId);
		if (at + 1 >= articles.size()) {
			throw new Refused("noNext", "the last article of its page has no next article to merge with");
		}
		CorrectionRepository.Placed first = articles.get(at);
		CorrectionRepository.Placed second = articles.get(at + 1);
		ArticleFields before = corrections.fields(articleId);
		ArticleFields after = merge(first, second);
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
			CorrectionRepository.Placed article = articles.get(indexOf(articles, articleId));
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
			long id = cut(page, article, at, title);
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

	public List<Stale> stale(int limit) {
		return corrections.stale(limit)
			.stream()
			.map(c -> new Stale(c.id(), c.articleId(), c.pageId(), c.headline(), c.editor(), c.madeAt().toString(),
					"fields".equals(c.kind()) ? c.before().differences(c.after()) : List.of(c.kind()),
					c.staleReason().english(), c.staleReason().key(), c.staleReason().args()))
			.toList();
	}

	/**
	 * After a re-ingest stored a new split of the page (in the same transaction): the page's corrections again, oldest
	 * first. Returns how many turned stale.
	 */
	int reapply(long pageId, List<Long> retired) {
		int stale = 0;
		for (CorrectionRepository.Stored c : corrections.applied(pageId)) {
			if ("drop".equals(c.kind())) {
				// What is no article is dropped again wherever the new split has it; where it has not, nothing to do.
				corrections.articles(pageId).stream()
					.filter(a -> a.body().equals(c.anchor().first()))
					.forEach(a -> pages.retireNotArticle(a.id()));
				continue;
			}
			if ("block".equals(c.kind())) {
				StaleReason why = blockAgain(pageId, c.anchor());
				if (why != null) {
					corrections.markStale(c.id(), why);
					stale++;
				}
				continue;
			}
			if ("body".equals(c.kind())) {
				StaleReason why = bodyAgain(c, retired);
				if (why != null) {
					corrections.markStale(c.id(), why);
					stale++;
				}
				continue;
			}
			if (!"fields".equals(c.kind())) {
				StaleReason why = "merge".equals(c.kind()) ? mergeAgain(pageId, c.anchor()) : splitAgain(pageId, c.anchor());
				if (why != null) {
					corrections.markStale(c.id(), why);
					stale++;
				}
				continue;
			}
			if (c.articleId() == null || retired.contains(c.articleId())) {
				corrections.markStale(c.id(), StaleReason.ARTICLE_GONE);
				stale++;
				continue;
			}
			ArticleFields now = corrections.fields(c.articleId());
			ArticleFields result = now;
			List<String> conflicts = new ArrayList<>();
			for (String field : c.before().differences(c.after())) {
				if (now.same(field, c.after())) {
					continue;
				}
				if (now.same(field, c.before())) {
					result = result.with(field, c.after());
				}
				else {
					conflicts.add(field);
				}
			}
			if (!conflicts.isEmpty()) {
				corrections.markStale(c.id(), StaleReason.fieldsDiffer(conflicts));
				stale++;
				continue;
			}
			corrections.setFields(c.articleId(), result, pages);
		}
		if (stale > 0) {
			log.info("Page {}: {} corrections no longer apply after the re-ingest; listed for review", pageId, stale);
		}
		return stale;
	}

	/**
	 * Edits the body again where the new split reads it as it was before the edit (or already as edited); null when
	 * done, else why not.
	 */
	private StaleReason bodyAgain(CorrectionRepository.Stored c, List<Long> retired) {
		if (c.articleId() == null || retired.contains(c.articleId())) {
			return StaleReason.ARTICLE_GONE;
		}
		String now = corrections.body(c.articleId());
		if (now.equals(c.anchor().second())) {
			return null;
		}
		if (now.equals(c.anchor().first())) {
			corrections.setBody(c.articleId(), c.anchor().second());
			return null;
		}
		return StaleReason.BODY_DIFFERS;
	}

	/** Merges the two articles again if the new split has them next to each other; null when done, else why not. */
	private StaleReason mergeAgain(long pageId, CorrectionRepository.Anchor anchor) {
		List<CorrectionRepository.Placed> articles = corrections.articles(pageId);
		for (int i = 0; i + 1 < articles.size(); i++) {
			if (articles.get(i).body().equals(anchor.first()) && articles.get(i + 1).body().equals(anchor.second())) {
				corrections.setFields(articles.get(i).id(), merge(articles.get(i), articles.get(i + 1)), pages);
				return null;
			}
		}
		String joined = anchor.first() + "\n" + anchor.second();
		return articles.stream().anyMatch(a -> a.body().equals(joined)) ? null
				: StaleReason.MERGED_APART;
	}

	/** Splits the article again if the new split has it whole; null when done, else why not. */
	private StaleReason splitAgain(long pageId, CorrectionRepository.Anchor anchor) {
		List<String> parts = paragraphs(anchor.first());
		String head = String.join("\n", parts.subList(0, anchor.at()));
		List<CorrectionRepository.Placed> articles = corrections.articles(pageId);
		for (CorrectionRepository.Placed a : articles) {
			if (a.body().equals(anchor.first())) {
				cut(pageId, a, anchor.at(), anchor.headline());
				return null;
			}
		}
		return articles.stream().anyMatch(a -> a.body().equals(head)) ? null
				: StaleReason.CUT_GONE;
	}

	/** The first article takes the second's body and people; the second is retired. */
	private ArticleFields merge(CorrectionRepository.Placed first, CorrectionRepository.Placed second) {
		ArticleFields a = corrections.fields(first.id());
		ArticleFields b = corrections.fields(second.id());
		List<ArticleFields.Person> reporters = new ArrayList<>(a.reporters());
		b.reporters().stream().filter(p -> reporters.stream().noneMatch(r -> r.name().equals(p.name()))).forEach(reporters::add);
		List<ArticleFields.Person> officials = new ArrayList<>(a.officials());
		b.officials().stream().filter(p -> officials.stream().noneMatch(o -> o.name().equals(p.name()))).forEach(officials::add);
		ArticleFields merged = new ArticleFields(a.kicker(), a.headline(), a.subtitle(), a.dateline(), reporters, officials);
		corrections.setBody(first.id(), first.body() + "\n" + second.body());
		corrections.setFields(first.id(), merged, pages);
		corrections.moveRegions(second.id(), first.id());
		pages.retireMerged(second.id(), first.id());
		return merged;
	}

	private long cut(long pageId, CorrectionRepository.Placed article, int at, String headline) {
		List<String> paragraphs = paragraphs(article.body());
		corrections.setBody(article.id(), String.join("\n", paragraphs.subList(0, at)));
		return corrections.insertAfter(pageId, article, headline,
				String.join("\n", paragraphs.subList(at, paragraphs.size())));
	}

	/** An article's paragraphs as its page shows them: its non-blank lines. */
	public static List<String> paragraphs(String body) {
		return body.lines().filter(l -> !l.isBlank()).toList();
	}

	private static int indexOf(List<CorrectionRepository.Placed> articles, long id) {
		for (int i = 0; i < articles.size(); i++) {
			if (articles.get(i).id() == id) {
				return i;
			}
		}
		throw new Refused("noArticle", "no article " + id, String.valueOf(id));
	}

}
