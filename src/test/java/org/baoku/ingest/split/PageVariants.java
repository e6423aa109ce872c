package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Makes new raw pages out of a gold page: the same articles, laid out as another page would print them. Each
 * gold article's text is cut from the raw page between its gold start and end (with its dateline and bylines),
 * and its headline is printed from the gold annotation.
 */
final class PageVariants {

	/** How a variant differs from the page it was made from. */
	enum Layout {

		/** Bodies re-wrapped at other column widths, with column breaks, in the original order. */
		REWRAPPED,
		/** Articles in another order, each headline after its body. */
		REORDERED,
		/** All bodies first, then all headlines at the end of the page in shuffled order. */
		HEADLINES_AT_END,
		/** Letter-spacing on body lines and doubled (bold) kickers, subtitles and subheadings. */
		STYLED

	}

	/** One article of the gold page: its paragraphs (subheadings marked) and its headline lines. */
	record Article(List<Paragraph> paragraphs, List<String> headline) {
	}

	record Paragraph(String text, boolean subheading) {
	}

	private final List<Article> articles;

	private final List<String> banners;

	private PageVariants(List<Article> articles, List<String> banners) {
		this.articles = articles;
		this.banners = banners;
	}

	static PageVariants of(String rawPage, JsonNode gold) {
		List<Block> blocks = PageReader.read(rawPage);
		List<BlockKind> kinds = BlockClassifier.classify(blocks);
		List<PageLine> lines = new ArrayList<>();
		for (Block block : blocks) {
			for (Line line : block.lines()) {
				lines.add(new PageLine(block, line, kinds.get(block.index())));
			}
		}
		StringBuilder flat = new StringBuilder();
		List<Integer> lineOf = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String squeezed = lines.get(i).line().text().replace(" ", "");
			flat.append(squeezed);
			for (int k = 0; k < squeezed.length(); k++) {
				lineOf.add(i);
			}
		}
		List<Article> articles = new ArrayList<>();
		int from = 0;
		for (JsonNode g : gold.get("articles")) {
			String start = GoldScorer.norm(g.get("body_start").asText()).replace(" ", "");
			String end = GoldScorer.norm(g.get("body_end").asText()).replace(" ", "");
			int s = flat.indexOf(start, from);
			int e = flat.indexOf(end, s);
			if (s < 0 || e < 0) {
				throw new IllegalStateException("gold article not found in page: " + start);
			}
			int first = paragraphStart(lines, lineOf.get(s));
			int last = paragraphEnd(lines, lineOf.get(e + end.length() - 1));
			articles.add(new Article(paragraphs(lines.subList(first, last + 1)), headline(g.get("headline"))));
			from = e + end.length();
		}
		List<String> banners = new ArrayList<>();
		// A banner the annotator also made some article's kicker is printed once, as that kicker.
		gold.get("banners").forEach(b -> {
			if (articles.stream().noneMatch(a -> a.headline().contains(b.asText()))) {
				banners.add(b.asText());
			}
		});
		return new PageVariants(articles, banners);
	}

	int articleCount() {
		return articles.size();
	}

	/** A new raw page in the given layout; the same seed always gives the same page. */
	String page(Layout layout, long seed) {
		Random random = new Random(seed);
		List<Article> order = new ArrayList<>(articles);
		if (layout == Layout.REORDERED || layout == Layout.HEADLINES_AT_END) {
			Collections.shuffle(order, random);
		}
		StringBuilder page = new StringBuilder();
		List<List<String>> headlines = new ArrayList<>();
		for (Article article : order) {
			int width = 14 + random.nextInt(17);
			for (Paragraph paragraph : article.paragraphs()) {
				if (paragraph.subheading()) {
					String text = layout == Layout.STYLED
							? String.join("\n", paragraph.text().lines().map(PageVariants::doubled).toList())
							: paragraph.text();
					page.append(text).append("\n\n");
					continue;
				}
				List<String> wrapped = wrap(paragraph.text(), width);
				for (int i = 0; i < wrapped.size(); i++) {
					String line = wrapped.get(i);
					if (layout == Layout.STYLED && random.nextInt(6) == 0) {
						line = letterSpaced(line);
					}
					page.append(line).append('\n');
					// A column break inside a paragraph, after a full line.
					if (i < wrapped.size() - 1 && random.nextInt(8) == 0) {
						page.append('\n');
					}
				}
				page.append('\n');
			}
			List<String> headline = layout == Layout.STYLED ? styledHeadline(article.headline()) : article.headline();
			if (layout == Layout.HEADLINES_AT_END) {
				headlines.add(headline);
			}
			else {
				page.append(String.join("\n", headline)).append("\n\n");
			}
		}
		Collections.shuffle(headlines, random);
		for (List<String> headline : headlines) {
			page.append(String.join("\n", headline)).append("\n\n");
		}
		for (String banner : banners) {
			page.append(banner).append("\n\n");
		}
		return page.toString();
	}

	private record PageLine(Block block, Line line, BlockKind kind) {
	}

	/** Back to the first line of the paragraph: lines above that stop mid-sentence belong to it. */
	private static int paragraphStart(List<PageLine> lines, int at) {
		while (at > 0 && lines.get(at - 1).kind() == BlockKind.BODY && !lines.get(at - 1).line().closed()) {
			at--;
		}
		return at;
	}

	/** On to the end of the paragraph, trailing byline included. */
	private static int paragraphEnd(List<PageLine> lines, int at) {
		while (at + 1 < lines.size() && lines.get(at + 1).kind() == BlockKind.BODY && !lines.get(at).line().closed()) {
			at++;
		}
		return at;
	}

	/** Paragraphs as the page printed them: a closed line short of the column ends one; subheadings stand alone. */
	private static List<Paragraph> paragraphs(List<PageLine> span) {
		List<Paragraph> paragraphs = new ArrayList<>();
		StringBuilder open = new StringBuilder();
		Block heading = null;
		for (PageLine pl : span) {
			if (pl.kind() != BlockKind.BODY) {
				if (!open.isEmpty()) {
					paragraphs.add(new Paragraph(open.toString(), false));
					open.setLength(0);
				}
				if (pl.kind() == BlockKind.SUBHEADING || pl.kind() == BlockKind.HEADLINE) {
					// A subheading printed on two lines stays one block of two lines.
					int last = paragraphs.size() - 1;
					if (pl.block() == heading && last >= 0 && paragraphs.get(last).subheading()) {
						paragraphs.set(last, new Paragraph(paragraphs.get(last).text() + "\n" + pl.line().text(), true));
					}
					else {
						paragraphs.add(new Paragraph(pl.line().text(), true));
					}
					heading = pl.block();
				}
				continue;
			}
			open.append(pl.line().text());
			boolean lastOfBlock = pl.line() == pl.block().last();
			if (pl.line().closed() && (lastOfBlock || !pl.line().fills(pl.block().columnWidth()))) {
				paragraphs.add(new Paragraph(open.toString(), false));
				open.setLength(0);
			}
		}
		if (!open.isEmpty()) {
			paragraphs.add(new Paragraph(open.toString(), false));
		}
		return paragraphs;
	}

	private static List<String> headline(JsonNode h) {
		List<String> lines = new ArrayList<>();
		if (!h.get("kicker").isNull()) {
			lines.add(h.get("kicker").asText());
		}
		String main = h.get("main").asText();
		String[] parts = main.split(" ");
		// Two parallel titles joined with a space were printed on two lines.
		if (parts.length == 2 && Chars.width(parts[0]) >= 8 && Chars.width(parts[1]) >= 8) {
			lines.add(parts[0]);
			lines.add(parts[1]);
		}
		else {
			lines.add(main);
		}
		if (!h.get("subtitle").isNull()) {
			lines.add(h.get("subtitle").asText());
		}
		return lines;
	}

	/** The kicker and subtitle set in bold, which the extractor prints twice. */
	private static List<String> styledHeadline(List<String> headline) {
		List<String> styled = new ArrayList<>(headline);
		if (styled.size() > 1) {
			styled.set(0, doubled(styled.get(0)));
		}
		return styled;
	}

	static String doubled(String text) {
		List<String> phrases = new ArrayList<>();
		for (String phrase : text.split(" ")) {
			phrases.add(phrase + phrase);
		}
		return String.join(" ", phrases);
	}

	/** Spaces between characters wherever an ideograph or full-width mark stands; Latin words and numbers kept. */
	static String letterSpaced(String line) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			out.append(c);
			if (i + 1 < line.length() && c != ' ' && line.charAt(i + 1) != ' '
					&& (Chars.isCjk(c) || Chars.isCjk(line.charAt(i + 1)))) {
				out.append(' ');
			}
		}
		return out.toString();
	}

	/** Marks a typesetter never puts at the start of a line, and marks never left at the end of one. */
	private static final String NO_LINE_START = "，。、；：？！）》”’…—·%";

	private static final String NO_LINE_END = "（《“‘";

	/** Hard-wraps a paragraph at a column width as a typesetter would: never inside a Latin word. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean insideWord = !line.isEmpty() && isLatinLetter(line.charAt(line.length() - 1)) && isLatinLetter(c);
			boolean kept = NO_LINE_START.indexOf(c) >= 0
					|| (!line.isEmpty() && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0);
			if (Chars.width(line.toString() + c) > width && !insideWord && !kept && !line.isEmpty()) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			if (!(line.isEmpty() && c == ' ')) {
				line.append(c);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString().strip());
		}
		return lines;
	}

	private static boolean isLatinLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
