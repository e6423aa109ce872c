package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.baoku.ingest.split.Byline;
import org.baoku.ingest.split.BylineParser;

import org.springframework.stereotype.Component;

/**
 * The edits an editor makes to a page's split, done the same way when the editor makes them and when a re-read of
 * the page makes them again: a block given to another article, two articles joined, one cut in two. Callers hold the
 * transaction.
 */
@Component
class SplitEdits {

	private final CorrectionRepository corrections;

	private final IngestRepository pages;

	SplitEdits(CorrectionRepository corrections, IngestRepository pages) {
		this.corrections = corrections;
		this.pages = pages;
	}

	/**
	 * Takes the span out of the article's body and gives it, with its region, to the article {@code to}, or to a new
	 * article headed {@code headline}, or (both null) to none. Returns the receiving article, or the giving one.
	 */
	long move(long pageId, long from, CorrectionRepository.TextRegion region, BlockText.Span span, Long to,
			String headline) {
		String body = corrections.body(from);
		String moved = span.of(body);
		String rest = BlockText.without(body, span);
		if (rest.isEmpty()) {
			throw new Corrections.Refused("blockWhole", "the block is the article's whole text: merge the article into "
					+ "another, or mark it as no article, instead");
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
	 * The first article takes the second's body and people; the second is retired. A byline the second ends with (a
	 * line of its own: "卫兴华", "本报记者 王海林", often all there is of a piece the splitter cut off) goes to the
	 * merged article's byline, not to the end of its body.
	 */
	ArticleFields merge(CorrectionRepository.Placed first, CorrectionRepository.Placed second) {
		ArticleFields a = corrections.fields(first.id());
		ArticleFields b = corrections.fields(second.id());
		List<ArticleFields.Person> reporters = new ArrayList<>(a.reporters());
		List<String> paragraphs = new ArrayList<>(Corrections.paragraphs(second.body()));
		Optional<Byline> signed = paragraphs.isEmpty() ? Optional.empty()
				: bylineLine(paragraphs.get(paragraphs.size() - 1), paragraphs.size() == 1);
		String secondBody = second.body();
		if (signed.isPresent()) {
			paragraphs.remove(paragraphs.size() - 1);
			secondBody = String.join("\n", paragraphs);
			signed.get().credits().stream()
				.map(c -> new ArticleFields.Person(c.name(), c.role()))
				.filter(p -> reporters.stream().noneMatch(r -> r.name().equals(p.name())))
				.forEach(reporters::add);
		}
		b.reporters().stream().filter(p -> reporters.stream().noneMatch(r -> r.name().equals(p.name()))).forEach(reporters::add);
		List<ArticleFields.Person> officials = new ArrayList<>(a.officials());
		b.officials().stream().filter(p -> officials.stream().noneMatch(o -> o.name().equals(p.name()))).forEach(officials::add);
		ArticleFields merged = new ArticleFields(a.kicker(), a.headline(), a.subtitle(), a.dateline(), reporters, officials);
		corrections.setBody(first.id(), secondBody.isBlank() ? first.body() : first.body() + "\n" + secondBody);
		corrections.setFields(first.id(), merged, pages);
		corrections.moveRegions(second.id(), first.id());
		pages.retireMerged(second.id(), first.id());
		return merged;
	}

	/**
	 * A paragraph that is a byline alone: names with their roles, or names and nothing else; one name alone only
	 * where it is all the piece holds (set apart as an author line is).
	 */
	private static Optional<Byline> bylineLine(String paragraph, boolean wholePiece) {
		String line = paragraph.strip();
		Optional<Byline> byline = BylineParser.ownLine(line);
		boolean bare = line.length() <= 12 && line.codePoints().noneMatch(c -> "。，；：！？,.;:!?“”\"".indexOf(c) >= 0);
		if (byline.isEmpty() && bare) {
			byline = BylineParser.namesOnly(line);
		}
		if (byline.isEmpty() && bare && wholePiece) {
			byline = BylineParser.authorLine(line);
		}
		return byline.filter(b -> !b.credits().isEmpty());
	}

	/** Cuts the article before paragraph {@code at}; the second part becomes a new article. Returns its id. */
	long cut(long pageId, CorrectionRepository.Placed article, int at, String headline) {
		List<String> paragraphs = Corrections.paragraphs(article.body());
		corrections.setBody(article.id(), String.join("\n", paragraphs.subList(0, at)));
		return corrections.insertAfter(pageId, article, headline,
				String.join("\n", paragraphs.subList(at, paragraphs.size())));
	}

	static int indexOf(List<CorrectionRepository.Placed> articles, long id) {
		for (int i = 0; i < articles.size(); i++) {
			if (articles.get(i).id() == id) {
				return i;
			}
		}
		throw new Corrections.Refused("noArticle", "no article " + id, String.valueOf(id));
	}

}
