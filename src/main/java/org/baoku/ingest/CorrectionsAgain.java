package org.baoku.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Editors' corrections made again after a re-read of their page (a re-ingest, or a scan read by OCR again). Each is
 * placed first where it was made on the page ({@link PagePlace}: the article's regions, the block's), then by its
 * text. A page read by OCR is read a little differently each time, so there the text is compared by
 * {@link TextNearness} and the editor's text is kept over a new reading near the old one: the editor read the page,
 * the machine guessed. A text layer or a text file reads the same each time, so there a text that reads otherwise is
 * another text (a new edition of the page) and the correction is not forced on it. What cannot be placed again turns
 * stale and waits for an editor to keep or drop it.
 */
@Component
class CorrectionsAgain {

	private static final Logger log = LoggerFactory.getLogger(CorrectionsAgain.class);

	/**
	 * From this nearness a field the new reading gives is the same printed field read again (a headline of 13
	 * characters with 6 misread still is); below it, the split put something else there.
	 */
	static final double SAME_FIELD = 0.5;

	/** From this nearness a body (or a block) of the new reading is the same printed text read again. */
	static final double SAME_TEXT = 0.6;

	/** Characters at least that a paragraph is compared over to be the one a cut was made before. */
	private static final int MIN_COMPARED = 8;

	private final CorrectionRepository corrections;

	private final IngestRepository pages;

	private final SplitEdits edits;

	CorrectionsAgain(CorrectionRepository corrections, IngestRepository pages, SplitEdits edits) {
		this.corrections = corrections;
		this.pages = pages;
		this.edits = edits;
	}

	/** How near two readings of a text are, 0 to 1. */
	@FunctionalInterface
	private interface Nearness {

		double of(String a, String b);

	}

	/** The article a correction stands on in the new reading, and whether its place on the page says so. */
	private record Found(long id, boolean byPlace) {
	}

	/**
	 * After a re-ingest stored a new split of the page (in the same transaction): the page's corrections again, oldest
	 * first. {@code readByOcr}: the new reading is OCR's, so texts are compared by nearness. Returns how many turned
	 * stale.
	 */
	int reapply(long pageId, List<Long> retired, boolean readByOcr) {
		// A text layer's nearness: the same text, white space aside, or not.
		Nearness near = readByOcr ? TextNearness::of : TextNearness::exactly;
		int stale = 0;
		for (CorrectionRepository.Stored c : corrections.applied(pageId)) {
			StaleReason why = switch (c.kind()) {
				case "drop" -> dropAgain(pageId, c, near);
				case "block" -> blockAgain(pageId, c, near, readByOcr);
				case "body" -> bodyAgain(pageId, c, retired, near);
				case "merge" -> mergeAgain(pageId, c.anchor(), near);
				case "split" -> splitAgain(pageId, c.anchor(), near);
				default -> fieldsAgain(pageId, c, retired, near, readByOcr);
			};
			if (why != null) {
				corrections.markStale(c.id(), why);
				stale++;
			}
		}
		if (stale > 0) {
			log.info("Page {}: {} corrections could not be placed again after the re-read; listed for review", pageId,
					stale);
		}
		return stale;
	}

	/**
	 * The correction's article in the new reading: the one printed where it was (its regions cover the same part of
	 * the page), else the one that kept its id; none when neither is there.
	 */
	private Optional<Found> find(long pageId, CorrectionRepository.Stored c, List<Long> retired) {
		if (!c.place().article().isEmpty()) {
			Optional<Long> placed = printedAt(pageId, c.place().article(), null);
			if (placed.isPresent()) {
				if (!placed.get().equals(c.articleId())) {
					corrections.moveTo(c.id(), placed.get());
				}
				return Optional.of(new Found(placed.get(), true));
			}
		}
		if (c.articleId() == null || retired.contains(c.articleId())
				|| corrections.pageOf(c.articleId()).filter(p -> p == pageId).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Found(c.articleId(), false));
	}

	/** The article of the page whose regions cover most of these (at least {@link PagePlace#SAME_PLACE}). */
	private Optional<Long> printedAt(long pageId, List<PagePlace.Box> boxes, Long except) {
		long best = -1;
		double bestOverlap = PagePlace.SAME_PLACE;
		for (CorrectionRepository.Placed a : corrections.articles(pageId)) {
			if (except != null && a.id() == except) {
				continue;
			}
			double overlap = PagePlace.overlap(boxes, PagePlace.boxes(corrections.regions(a.id())));
			if (overlap >= bestOverlap) {
				best = a.id();
				bestOverlap = overlap;
			}
		}
		return best < 0 ? Optional.empty() : Optional.of(best);
	}

	/**
	 * Each corrected field takes the editor's value again where the new reading gives the field as it was before,
	 * as corrected, or near either (the same print read a little differently), or where the article is found by its
	 * place and one of the two readings had no value. A field read some third way is a conflict: stale.
	 */
	private StaleReason fieldsAgain(long pageId, CorrectionRepository.Stored c, List<Long> retired, Nearness near,
			boolean readByOcr) {
		Optional<Found> found = find(pageId, c, retired);
		if (found.isEmpty()) {
			return StaleReason.ARTICLE_GONE;
		}
		ArticleFields now = corrections.fields(found.get().id());
		ArticleFields result = now;
		List<String> conflicts = new ArrayList<>();
		for (String field : c.before().differences(c.after())) {
			if (now.same(field, c.after())) {
				continue;
			}
			String read = now.valueOf(field);
			boolean sameField = now.same(field, c.before())
					|| near.of(read, c.before().valueOf(field)) >= SAME_FIELD
					|| near.of(read, c.after().valueOf(field)) >= SAME_FIELD
					|| readByOcr && found.get().byPlace() && (read.isEmpty() || c.before().valueOf(field).isEmpty());
			if (sameField) {
				result = result.with(field, c.after());
			}
			else {
				conflicts.add(field);
			}
		}
		if (!conflicts.isEmpty()) {
			return StaleReason.fieldsDiffer(conflicts);
		}
		if (!result.equals(now)) {
			corrections.setFields(found.get().id(), result, pages);
		}
		return null;
	}

	/** The editor's body again where the new reading's body is the one edited (or the edit), read again. */
	private StaleReason bodyAgain(long pageId, CorrectionRepository.Stored c, List<Long> retired, Nearness near) {
		Optional<Found> found = find(pageId, c, retired);
		if (found.isEmpty()) {
			return StaleReason.ARTICLE_GONE;
		}
		String now = corrections.body(found.get().id());
		if (now.equals(c.anchor().second())) {
			return null;
		}
		if (near.of(now, c.anchor().first()) >= SAME_TEXT || near.of(now, c.anchor().second()) >= SAME_TEXT) {
			corrections.setBody(found.get().id(), c.anchor().second());
			return null;
		}
		return StaleReason.BODY_DIFFERS;
	}

	/** What is no article is dropped again wherever the new reading has it; where it has not, nothing to do. */
	private StaleReason dropAgain(long pageId, CorrectionRepository.Stored c, Nearness near) {
		nearest(corrections.articles(pageId), c.anchor().first(), null, near)
			.ifPresent(a -> pages.retireNotArticle(a.id()));
		return null;
	}

	/** The article whose body is nearest this text, if near enough to be it read again. */
	private static Optional<CorrectionRepository.Placed> nearest(List<CorrectionRepository.Placed> articles, String text,
			Long except, Nearness near) {
		return articles.stream()
			.filter(a -> except == null || a.id() != except)
			.map(a -> new Near(a, a.body().equals(text) ? 1 : near.of(a.body(), text)))
			.filter(n -> n.nearness() >= SAME_TEXT)
			.max(Comparator.comparingDouble(Near::nearness))
			.map(Near::article);
	}

	private record Near(CorrectionRepository.Placed article, double nearness) {
	}

	/** Merges the two articles again if the new reading has them next to each other; null when done, else why not. */
	private StaleReason mergeAgain(long pageId, CorrectionRepository.Anchor anchor, Nearness near) {
		List<CorrectionRepository.Placed> articles = corrections.articles(pageId);
		int best = -1;
		double bestNearness = 0;
		for (int i = 0; i + 1 < articles.size(); i++) {
			double first = near.of(articles.get(i).body(), anchor.first());
			double second = near.of(articles.get(i + 1).body(), anchor.second());
			if (first >= SAME_TEXT && second >= SAME_TEXT && first + second > bestNearness) {
				best = i;
				bestNearness = first + second;
			}
		}
		if (best >= 0) {
			edits.merge(articles.get(best), articles.get(best + 1));
			return null;
		}
		return nearest(articles, anchor.first() + "\n" + anchor.second(), null, near).isPresent() ? null
				: StaleReason.MERGED_APART;
	}

	/**
	 * Cuts the article again if the new reading has it whole, before the paragraph nearest the one it was cut before
	 * (OCR may break paragraphs elsewhere); null when done, else why not.
	 */
	private StaleReason splitAgain(long pageId, CorrectionRepository.Anchor anchor, Nearness near) {
		List<String> parts = Corrections.paragraphs(anchor.first());
		String head = String.join("\n", parts.subList(0, anchor.at()));
		String tail = String.join("\n", parts.subList(anchor.at(), parts.size()));
		List<CorrectionRepository.Placed> articles = corrections.articles(pageId);
		Optional<CorrectionRepository.Placed> whole = nearest(articles, anchor.first(), null, near);
		if (whole.isPresent() && near.of(whole.get().body(), anchor.first()) > near.of(whole.get().body(), head)) {
			List<String> paragraphs = Corrections.paragraphs(whole.get().body());
			int at = cutBefore(paragraphs, parts.get(anchor.at()), anchor.at(), near);
			if (at > 0) {
				edits.cut(pageId, whole.get(), at, anchor.headline());
				return null;
			}
		}
		boolean cutAlready = nearest(articles, head, null, near).isPresent()
				&& nearest(articles, tail, null, near).isPresent();
		return cutAlready ? null : StaleReason.CUT_GONE;
	}

	/** The paragraph (after the first) nearest the one the cut was made before; 0 when none is near enough. */
	private static int cutBefore(List<String> paragraphs, String cutParagraph, int at, Nearness near) {
		if (at < paragraphs.size() && near.of(paragraphs.get(at), cutParagraph) == 1) {
			return at;
		}
		int best = 0;
		double bestNearness = SAME_FIELD;
		for (int i = 1; i < paragraphs.size(); i++) {
			String candidate = paragraphs.get(i);
			// A paragraph broken elsewhere is compared over the length of the shorter, but never over a few
			// characters alone (a paragraph of two characters matches the start of anything).
			int n = Math.min(candidate.length(), cutParagraph.length());
			if (n < Math.min(MIN_COMPARED, cutParagraph.length())) {
				continue;
			}
			double nearness = near.of(candidate.substring(0, n), cutParagraph.substring(0, n));
			if (nearness >= bestNearness && nearness > 0) {
				best = i;
				bestNearness = nearness;
			}
		}
		return best;
	}

	/**
	 * Gives the block again where the new reading has its text in one article (found by its words, else by where it
	 * was printed) and the receiving article as it was (or makes the new article again); null when done or nothing
	 * is left to do, else why not.
	 */
	private StaleReason blockAgain(long pageId, CorrectionRepository.Stored c, Nearness near, boolean readByOcr) {
		CorrectionRepository.Anchor anchor = c.anchor();
		List<CorrectionRepository.Placed> articles = corrections.articles(pageId);
		Optional<Block> block = blockByText(articles, anchor.first())
			.or(() -> readByOcr ? blockByPlace(articles, c.place().block()) : Optional.empty());
		if (block.isEmpty()) {
			return anchor.second() == null && anchor.headline() == null ? null : StaleReason.BLOCK_GONE;
		}
		CorrectionRepository.Placed a = block.get().article();
		BlockText.Span span = block.get().span();
		if (anchor.headline() != null && BlockText.sameText(a.body(), span.of(a.body()))) {
			return null; // the new reading reads the block as an article of its own already
		}
		String rest = BlockText.without(a.body(), span);
		if (anchor.second() != null && near.of(rest, anchor.second()) >= SAME_TEXT
				&& near.of(rest, anchor.second()) > near.of(a.body(), anchor.second())) {
			return null; // the new reading reads the block into the article it was given to already
		}
		Long to = null;
		if (anchor.second() != null) {
			to = nearest(articles, anchor.second(), a.id(), near).map(CorrectionRepository.Placed::id)
				.or(() -> c.place().to().isEmpty() ? Optional.empty() : printedAt(pageId, c.place().to(), a.id()))
				.orElse(null);
			if (to == null) {
				return StaleReason.GIVEN_TO_GONE;
			}
		}
		if (block.get().region() == null) {
			return StaleReason.BLOCK_BROKEN;
		}
		try {
			edits.move(pageId, a.id(), block.get().region(), span, to, anchor.headline());
		}
		catch (Corrections.Refused ex) {
			return StaleReason.refused(ex);
		}
		return null;
	}

	/** A block of an article's body: its text's span and the region it is printed in (null when none is). */
	private record Block(CorrectionRepository.Placed article, BlockText.Span span, CorrectionRepository.TextRegion region) {
	}

	/** The block by its words as printed. */
	private Optional<Block> blockByText(List<CorrectionRepository.Placed> articles, String text) {
		for (CorrectionRepository.Placed a : articles) {
			Optional<BlockText.Span> span = BlockText.find(a.body(), text);
			if (span.isPresent()) {
				CorrectionRepository.TextRegion region = corrections.regions(a.id())
					.stream()
					.filter(r -> r.text() != null && BlockText.find(a.body(), r.text()).equals(span))
					.findFirst()
					.orElse(null);
				return Optional.of(new Block(a, span.get(), region));
			}
		}
		return Optional.empty();
	}

	/** The block printed where the moved one was, its words as the new reading reads them. */
	private Optional<Block> blockByPlace(List<CorrectionRepository.Placed> articles, PagePlace.Box box) {
		if (box == null) {
			return Optional.empty();
		}
		Block best = null;
		double bestOverlap = PagePlace.SAME_PLACE;
		for (CorrectionRepository.Placed a : articles) {
			for (CorrectionRepository.TextRegion r : corrections.regions(a.id())) {
				double overlap = PagePlace.overlap(List.of(box), List.of(PagePlace.Box.of(r)));
				if (r.text() == null || overlap < bestOverlap) {
					continue;
				}
				Optional<BlockText.Span> span = BlockText.find(a.body(), r.text());
				if (span.isPresent()) {
					best = new Block(a, span.get(), r);
					bestOverlap = overlap;
				}
			}
		}
		return Optional.ofNullable(best);
	}

}
