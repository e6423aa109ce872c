package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.baoku.ingest.split.GoldScorer;

/**
 * Which type styles a paper sets its articles' section headings in, read off its checked pages: a heading printed
 * apart from the text whose words are a section heading of a checked article (kept in its text as a line of its
 * own) votes for its style; one whose words are a title, kicker or subtitle votes against. A style with votes for
 * and none against is the paper's section style.
 */
public final class SectionStyles {

	private SectionStyles() {
	}

	/** What one checked page says of its headings' styles. */
	public record Votes(Map<String, Integer> section, Set<String> title) {

		/** The styles voted for as sections on some page and never as titles on any. */
		public static Set<String> sectionStyles(List<Votes> pages) {
			Set<String> titles = new HashSet<>();
			Set<String> sections = new HashSet<>();
			for (Votes v : pages) {
				titles.addAll(v.title());
				sections.addAll(v.section().keySet());
			}
			sections.removeAll(titles);
			return sections;
		}

	}

	/** The votes of a checked page PDF against its articles as checked (the gold format, with subheadings). */
	public static Votes of(byte[] pdf, JsonNode gold) {
		return BoundedReading.within(PdfLimits.TIME_LIMIT, () -> {
			try (PDDocument document = PdfPageReader.load(pdf)) {
				List<Glyph> glyphs = PdfGlyphReader.read(document);
				PageRules.Drawn drawn = PageRules.read(document.getPage(0));
				return of(LineBuilder.lines(glyphs, drawn.uprights()), gold);
			}
		});
	}

	static Votes of(List<TextLine> lines, JsonNode gold) {
		Set<String> sections = new HashSet<>();
		List<String> titles = new ArrayList<>();
		for (JsonNode article : gold.path("articles")) {
			article.path("subheadings").forEach(s -> sections.add(words(s.asText())));
			for (String part : List.of("kicker", "main", "subtitle")) {
				String text = words(article.path("headline").path(part).asText(""));
				if (!text.isEmpty()) {
					titles.add(text);
				}
			}
		}
		PageStyle style = PageStyle.of(lines);
		List<TextLine> textLines = style.textLines(lines);
		List<TextLine> apart = lines.stream().filter(l -> !textLines.contains(l)).toList();
		Map<String, Integer> section = new HashMap<>();
		Set<String> title = new HashSet<>();
		for (HeadGroup group : HeadGroups.build(apart)) {
			String words = words(group.text());
			if (words.length() < 2 || group.isVertical()) {
				continue;
			}
			if (sections.contains(words)) {
				section.merge(group.style(), 1, Integer::sum);
			}
			else if (titles.stream().anyMatch(t -> t.contains(words) || words.contains(t))) {
				title.add(group.style());
			}
		}
		return new Votes(section, title);
	}

	private static String words(String text) {
		return GoldScorer.norm(text).replaceAll("\\s", "");
	}

}
