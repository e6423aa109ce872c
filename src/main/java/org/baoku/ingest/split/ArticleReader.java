package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one article off a gathered body and its matched headline blocks: headline roles, dateline, byline. */
public final class ArticleReader {

	private ArticleReader() {
	}

	static SplitArticle read(BodyChunk chunk, HeadlineMatcher.Match match, Set<String> knownReporters) {
		List<Byline> headBylines = new ArrayList<>();
		for (HeadlineMatcher.Unit unit : match.units()) {
			headBylines.addAll(unit.bylines());
		}
		return read(new Parts(headline(match.units()), headBylines, chunk.leadingAuthor, chunk.texts(),
				chunk.trailingDateline, chunk.trailingAuthor), knownReporters);
	}

	/**
	 * What was cut for one article, before it is read: its headline, bylines printed by the headline, one on a line of
	 * its own above the body, the body's paragraphs, and a dateline or byline printed on lines of their own after it.
	 */
	public record Parts(Headline headline, List<Byline> headBylines, Byline leadingAuthor, List<String> paragraphs,
			String trailingDateline, Byline trailingAuthor) {
	}

	/** Reads the dateline and bylines off an article's paragraphs, wherever they were printed. */
	public static SplitArticle read(Parts parts, Set<String> knownReporters) {
		List<String> paragraphs = new ArrayList<>(parts.paragraphs());
		// The body keeps its text as printed: a dateline or byline run into a paragraph stays in it (and is read
		// into its field as well), so every printed line is found whole in the stored text; only a long opening
		// (more than BODY_OPENING_CREDIT_MAX) or closing credit (BODY_CLOSING_CREDIT_MAX) is kept in its fields alone.
		List<String> printed = new ArrayList<>(parts.paragraphs());
		String dateline = null;
		List<Credit> credits = new ArrayList<>();
		List<String> bylines = new ArrayList<>();
		boolean photo = false;
		for (Byline byline : parts.headBylines()) {
			credits.addAll(byline.credits());
			bylines.add(byline.raw());
		}
		if (parts.leadingAuthor() != null) {
			credits.addAll(parts.leadingAuthor().credits());
			bylines.add(parts.leadingAuthor().raw());
		}
		if (!paragraphs.isEmpty()) {
			String first = paragraphs.get(0);
			Optional<DatelineParser.Dateline> d = DatelineParser.parse(first);
			if (d.isPresent()) {
				dateline = d.get().text();
				first = d.get().rest();
			}
			Optional<BylineParser.Found> lead = BylineParser.leading(first, knownReporters);
			if (lead.isPresent()) {
				credits.addAll(lead.get().byline().credits());
				bylines.add(lead.get().byline().raw());
				photo |= lead.get().byline().photo();
				first = lead.get().rest();
			}
			paragraphs.set(0, first);
			String opened = printed.get(0).stripTrailing();
			int head = opened.length() - first.length();
			// A long dateline and byline opening the text (a team of reporters) are kept in their fields only, unless
			// a byline closes the text too: the body must still show the two reports run together (signedTwice).
			if ((!first.isEmpty() || paragraphs.size() > 1) && opened.endsWith(first)
					&& printedLength(opened.substring(0, head)) > SplitTuning.BODY_OPENING_CREDIT_MAX
					&& !signedTwice(String.join("\n", printed))) {
				printed.set(0, first);
			}
			int lastIndex = paragraphs.size() - 1;
			String untrimmed = paragraphs.get(lastIndex);
			Optional<DatelineParser.Dateline> after = DatelineParser.trailing(paragraphs.get(lastIndex));
			if (after.isPresent()) {
				dateline = dateline == null ? after.get().text() : dateline;
				paragraphs.set(lastIndex, after.get().rest());
			}
			Optional<BylineParser.Found> trail = BylineParser.trailing(paragraphs.get(lastIndex), knownReporters);
			if (trail.isPresent()) {
				credits.addAll(trail.get().byline().credits());
				bylines.add(trail.get().byline().raw());
				photo |= trail.get().byline().photo();
				paragraphs.set(lastIndex, trail.get().rest());
			}
			String text = paragraphs.get(lastIndex);
			int tail = untrimmed.length() - untrimmed.indexOf(text) - text.length();
			if (printedLength(untrimmed.substring(untrimmed.length() - tail)) > SplitTuning.BODY_CLOSING_CREDIT_MAX) {
				// A long credit closing the text is kept in its fields only; the paragraph's printed start stays.
				String kept = printed.get(lastIndex);
				printed.set(lastIndex, kept.substring(0, kept.length() - tail).strip());
			}
		}
		if (dateline == null && parts.trailingDateline() != null) {
			dateline = parts.trailingDateline();
		}
		if (parts.trailingAuthor() != null) {
			credits.addAll(parts.trailingAuthor().credits());
			bylines.add(parts.trailingAuthor().raw());
		}
		printed.removeIf(String::isBlank);
		String body = String.join("\n", printed);
		// The event day is read off the text's first sentence after its dateline and byline.
		paragraphs.removeIf(String::isBlank);
		EventDay day = EventDay.find(dateline, String.join("\n", paragraphs)).orElse(null);
		return new SplitArticle(parts.headline(), dateline, day, bylines.isEmpty() ? null : String.join(" ", bylines),
				distinct(credits), photo, body);
	}

	/**
	 * Signed at its head ("本报讯（记者 甲）…") and again at its foot by others ("…（记者 乙）"), no photo credit: two
	 * reports run together, each keeping its own byline.
	 */
	static boolean signedTwice(String body) {
		List<String> paragraphs = body.lines().filter(p -> !p.isBlank()).toList();
		if (paragraphs.size() < 2) {
			return false;
		}
		String first = paragraphs.get(0);
		first = DatelineParser.parse(first).map(DatelineParser.Dateline::rest).orElse(first);
		String last = paragraphs.get(paragraphs.size() - 1);
		last = DatelineParser.trailing(last).map(DatelineParser.Dateline::rest).orElse(last);
		Optional<BylineParser.Found> lead = BylineParser.leading(first);
		Optional<BylineParser.Found> trail = BylineParser.trailing(last);
		if (lead.isEmpty() || trail.isEmpty() || trail.get().byline().photo() || lead.get().byline().photo()) {
			return false;
		}
		List<String> head = lead.get().byline().names();
		return !trail.get().byline().names().isEmpty() && trail.get().byline().names().stream().noneMatch(head::contains);
	}

	private static int printedLength(String s) {
		return s.replaceAll("\\s", "").length();
	}

	private static List<Credit> distinct(List<Credit> credits) {
		List<Credit> out = new ArrayList<>();
		for (Credit c : credits) {
			if (out.stream().noneMatch(o -> o.name().equals(c.name()))) {
				out.add(c);
			}
		}
		return out;
	}

	/** Units before the main title are kickers, units after it subtitles; within the main block, so are lines. */
	static Headline headline(List<HeadlineMatcher.Unit> units) {
		if (units.isEmpty()) {
			return Headline.NONE;
		}
		int main = 0;
		while (main < units.size() - 1 && HeadlineShapes.isKicker(units.get(main).block())) {
			main++;
		}
		List<String> kicker = new ArrayList<>();
		List<String> title = new ArrayList<>();
		List<String> subtitle = new ArrayList<>();
		for (int u = 0; u < main; u++) {
			kicker.add(units.get(u).block().text(" "));
		}
		List<Line> lines = units.get(main).block().lines();
		int first = 0;
		while (first < lines.size() - 1 && (lines.get(first).doubled() && !lines.get(first + 1).doubled()
				|| HeadlineShapes.leadsOn(lines.get(first).text()))) {
			kicker.add(lines.get(first++).text());
		}
		boolean inSubtitle = false;
		for (int l = first; l < lines.size(); l++) {
			String text = lines.get(l).text();
			inSubtitle |= l > first && HeadlineShapes.SUBTITLE_LINE.matcher(text).find();
			(inSubtitle ? subtitle : title).add(text);
		}
		for (int u = main + 1; u < units.size(); u++) {
			// A kicker is sometimes printed under its title; what it leads into is still the title.
			String text = units.get(u).block().text(" ");
			(HeadlineShapes.leadsOn(text) ? kicker : subtitle).add(text);
		}
		return new Headline(orNull(String.join(" ", kicker)), Headline.joinTitle(title),
				orNull(String.join(" ", subtitle)));
	}

	private static String orNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
