package org.baoku.ingest.profile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.baoku.analysis.Ideographs;
import org.baoku.ingest.pdf.PageLines;
import org.baoku.ingest.roles.LineRoles;

/**
 * A checked page PDF's lines, each with the role its checked articles give it: what teaches a paper's line roles.
 * The articles say what the headlines, datelines, bylines, section headings and bodies are; a line is given the role
 * whose text holds it. A line they do not place keeps the role the model gives it, unless that role is one the
 * articles would have placed (a headline no headline holds is none), and then it teaches nothing.
 */
final class CheckedLines {

	/** One line: what the model takes of it, and its role. */
	record Labelled(Map<String, Double> features, String role, boolean fromArticles) {
	}

	/** Roles the checked articles name every line of: the model's guess of one of these is checked against them. */
	private static final Set<String> PLACED = Set.of("headline", "kicker", "subtitle", "dateline", "byline", "credit",
			"section_heading");

	/**
	 * What a byline holds besides names: the words of reporting, brackets, separators and the marks a signature
	 * stands after (□ 张三; the reader reads a glyph a PDF has no character for as □, and U+FFFF is kept here for lines
	 * read before it did).
	 */
	private static final Pattern BYLINE_WORDS = Pattern.compile(
			"本报|特约|实习生|实习|通讯员|首席|记者|见习|摄影|摄|报道|文图|文/|图/|文|图|编辑|责编|校对|[（）()【】\\[\\]〔〕/／、，,·•:：|｜□■◆◇●○▲★☆\uFFFF]");

	/** The share of a title (or section heading) a line must be where a checked text holds the line too. */
	private static final double MOST_OF_A_TITLE = 0.5;

	/** The shortest line compared: one or two characters are held by too many texts to say anything. */
	private static final int MIN_CHARS = 2;

	private CheckedLines() {
	}

	/** The page's lines with their roles; the checked articles as the gold format has them. */
	static List<Labelled> of(PageLines.Page page, JsonNode gold, LineRoles model) {
		List<Article> articles = new ArrayList<>();
		gold.path("articles").forEach(a -> articles.add(Article.of(a)));
		Set<String> names = new LinkedHashSet<>();
		articles.forEach(a -> names.addAll(a.reporters()));
		List<Labelled> labelled = new ArrayList<>();
		for (PageLines.Line line : page.lines()) {
			String text = fold(line.text());
			if (text.length() < MIN_CHARS || !model.features().stream().allMatch(line.features()::containsKey)) {
				continue;
			}
			String role = placed(text, articles, names);
			if (role != null) {
				labelled.add(new Labelled(line.features(), role, true));
				continue;
			}
			String guess = model.guess(line.features()).role();
			if (!PLACED.contains(guess)) {
				labelled.add(new Labelled(line.features(), guess, false));
			}
		}
		return labelled;
	}

	/** The role the checked articles give a line, or null where none holds it. */
	static String placed(String text, List<Article> articles, Set<String> names) {
		String bare = text.replaceAll("^[—-]+", "");
		boolean inBody = articles.stream().anyMatch(a -> a.body().contains(text));
		String best = null;
		double cover = 0;
		for (Article a : articles) {
			for (Map.Entry<String, String> part : List.of(Map.entry("kicker", a.kicker()), Map.entry("headline", a.main()),
					Map.entry("subtitle", a.subtitle()))) {
				if (bare.length() >= MIN_CHARS && part.getValue().contains(bare)
						&& (double) bare.length() / part.getValue().length() > cover) {
					cover = (double) bare.length() / part.getValue().length();
					best = part.getKey();
				}
			}
		}
		// A few words a title shares with a text line (a short line of a narrow column, a phrase the text quotes)
		// do not make the line a title: held by a text too, it is one only where it is most of the title.
		if (best != null && (!inBody || cover >= MOST_OF_A_TITLE)) {
			return best;
		}
		for (Article a : articles) {
			if (!a.dateline().isEmpty() && text.startsWith(a.dateline())) {
				return "dateline";
			}
		}
		if (byline(text, names)) {
			return text.contains("摄") ? "credit" : "byline";
		}
		for (Article a : articles) {
			for (String heading : a.subheadings()) {
				if (heading.contains(text) && (double) text.length() / heading.length() >= MOST_OF_A_TITLE) {
					return "section_heading";
				}
			}
			if (!a.body().isEmpty() && a.body().contains(text)) {
				// A checked article with no title is a photo's caption or an item of a briefs column.
				return a.photo() ? "caption" : a.untitled() ? "brief" : "body";
			}
		}
		return null;
	}

	/** A line of names of the page's reporters and the words around them, nothing else. */
	static boolean byline(String text, Set<String> names) {
		String rest = text;
		boolean named = false;
		for (String name : names) {
			if (name.length() >= MIN_CHARS && rest.contains(name)) {
				rest = rest.replace(name, "");
				named = true;
			}
		}
		return named && BYLINE_WORDS.matcher(rest).replaceAll("").isEmpty();
	}

	/** Text as it is compared: radicals as ideographs, width folded, no spaces, one kind of dash. */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		// ⋯ (as xdvipdfmx writes …) first: NFKC makes … three full stops and leaves ⋯ as it is.
		String folded = Normalizer.normalize(Ideographs.unify(text.replace('⋯', '…')), Normalizer.Form.NFKC);
		return folded.replaceAll("\\s+", "").replace('―', '—').replace('－', '-');
	}

	/** A checked article's texts, folded. */
	record Article(String kicker, String main, String subtitle, String dateline, List<String> reporters,
			List<String> subheadings, String body, boolean photo) {

		static Article of(JsonNode a) {
			JsonNode h = a.path("headline");
			List<String> reporters = new ArrayList<>();
			a.path("reporters").forEach(r -> reporters.add(fold(r.asText())));
			List<String> subheadings = new ArrayList<>();
			a.path("subheadings").forEach(s -> subheadings.add(fold(s.asText())));
			String main = part(h.path("main"));
			// A photo item, as the splitter has it: no title, and its photographer credited.
			return new Article(part(h.path("kicker")), main, part(h.path("subtitle")).replaceAll("^[—-]+", ""),
					part(a.path("dateline")), reporters, subheadings, part(a.path("body")),
					main.isEmpty() && a.path("photo_credit").asBoolean(false));
		}

		boolean untitled() {
			return kicker.isEmpty() && main.isEmpty() && subtitle.isEmpty();
		}

		private static String part(JsonNode node) {
			return node.isTextual() ? fold(node.asText()) : "";
		}

	}

}
