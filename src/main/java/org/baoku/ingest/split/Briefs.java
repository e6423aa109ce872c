package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column of untitled briefs under a label (简讯, 短讯, 一句话新闻 …): each brief ends with its own authors in
 * brackets ("…进行检查。（陈玲玲 林娟）"), and each is an article of its own with those authors, so that a search by
 * reporter finds every one of them, not only the last brief's.
 */
public final class Briefs {

	/** A paragraph's closing credit: names in brackets at its very end. */
	private static final Pattern CLOSING_CREDIT = Pattern.compile("[（(]\\s*([^（）()]{2,30}?)\\s*[）)]\\s*$");

	private Briefs() {
	}

	/**
	 * The briefs of a text read as one article under a label or under no headline: two or more runs of paragraphs,
	 * each closed by its authors in brackets, and nothing after the last; empty when the text is not that. A text
	 * with a dateline or a headline of its own is one article whose byline happens to close it.
	 */
	public static List<SplitArticle> of(SplitArticle article) {
		if (article.isPhoto() || article.dateline() != null || !isLabel(article.headline())) {
			return List.of();
		}
		List<SplitArticle> briefs = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		for (String paragraph : atInnerCredits(article.body()).split("\n")) {
			body.append(body.isEmpty() ? "" : "\n").append(paragraph);
			Optional<Byline> credit = closingCredit(paragraph);
			if (credit.isPresent()) {
				String text = body.toString();
				// The credit is the paragraph's stripped end: what stands before it, spaces after it aside.
				String before = text.strip();
				if (!longEnough(before.substring(0, before.length() - credit.get().raw().length()).strip())) {
					return List.of();
				}
				briefs.add(new SplitArticle(Headline.NONE, null, EventDay.find(null, text).orElse(null),
						credit.get().raw(), credit.get().credits(), false, text));
				body.setLength(0);
			}
		}
		return body.isEmpty() && briefs.size() >= 2 ? briefs : List.of();
	}

	/** Authors in brackets after a sentence's end with more text after them, inside a paragraph. */
	private static final Pattern INNER_CREDIT = Pattern.compile("(?<=[。！？”])[（(][^（）()\\n]{2,30}[）)](?=[^\\s（(）)。，])");

	/**
	 * The text with a paragraph break after each brief's authors where the next brief runs on in the same paragraph
	 * (a column whose briefs are set flush, one after the other): only where the brackets hold authors.
	 */
	private static String atInnerCredits(String body) {
		Matcher m = INNER_CREDIT.matcher(body);
		StringBuilder out = new StringBuilder();
		int from = 0;
		while (m.find()) {
			if (closingCredit(m.group()).isPresent()) {
				out.append(body, from, m.end()).append('\n');
				from = m.end();
			}
		}
		return out.append(body.substring(from)).toString();
	}

	/**
	 * A brief's text before its credit: a few sentences, or one whole sentence (一句话新闻, "全军政法工作会议15日在京召开。");
	 * a shorter run, or one that finishes no sentence, is a caption or a note.
	 */
	private static boolean longEnough(String text) {
		return text.length() >= SplitTuning.BRIEF_MIN_CHARS
				|| text.length() >= SplitTuning.BRIEF_SENTENCE_MIN_CHARS && Line.endsSentenceText(text);
	}

	/** No headline, or a column's label: a few characters alone, no kicker or subtitle, no sentence. */
	private static boolean isLabel(Headline headline) {
		String main = headline.main() == null ? "" : headline.main().strip();
		return headline.kicker() == null && headline.subtitle() == null && main.length() <= SplitTuning.LABEL_MAX_CHARS
				&& main.chars().noneMatch(c -> "，。！？：；“”".indexOf(c) >= 0);
	}

	/** The authors in brackets closing a paragraph: names alone, or a byline with its role ("（记者 陈佳）"). */
	public static Optional<Byline> closingCredit(String paragraph) {
		Matcher m = CLOSING_CREDIT.matcher(paragraph);
		if (!m.find()) {
			return Optional.empty();
		}
		String inner = m.group(1);
		Optional<Byline> names = BylineParser.authorLine(inner).or(() -> BylineParser.ownLine(inner));
		return names.map(b -> new Byline(paragraph.substring(m.start()).strip(), b.credits(), false));
	}

}
