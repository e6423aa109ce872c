package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.baoku.ingest.ParsedPage;

/**
 * How much of a page's printed text a split keeps verbatim, as ../shared/tools/fidelity.py measures it: the page's
 * lines as Tika printed them (content-stream order, spaces removed, at least six CJK characters or digits) that occur
 * in the text of all articles (headline parts, dateline, byline, reporters, body).
 */
final class Fidelity {

	private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

	private static final Pattern COUNTED = Pattern.compile("[\\u4e00-\\u9fff0-9]");

	/** Fake bold: a phrase printed twice in a row counts once. */
	private static final Pattern DOUBLED = Pattern.compile("(.{2,}?)\\1");

	private static final int MIN = 6;

	record Result(int lines, int kept, List<String> lost) {

		double share() {
			return lines == 0 ? 1.0 : (double) kept / lines;
		}

	}

	private Fidelity() {
	}

	static Result of(String pageText, ParsedPage page) {
		StringBuilder all = new StringBuilder();
		page.articles().forEach(parsed -> {
			SplitArticle a = parsed.article();
			for (String part : new String[] { a.headline().kicker(), a.headline().main(), a.headline().subtitle(),
					a.dateline(), a.byline(), String.join(" ", a.reporterNames()), a.body() }) {
				if (part != null) {
					all.append(squash(part));
				}
			}
		});
		String text = all.toString();
		String undoubled = undouble(text);
		int lines = 0;
		List<String> lost = new ArrayList<>();
		for (String line : pageText.split("\\R")) {
			String s = squash(line);
			if (COUNTED.matcher(s).results().count() < MIN) {
				continue;
			}
			lines++;
			if (!text.contains(s) && !undoubled.contains(undouble(s))) {
				lost.add(s);
			}
		}
		return new Result(lines, lines - lost.size(), lost);
	}

	private static String squash(String s) {
		return SPACE.matcher(s).replaceAll("");
	}

	private static String undouble(String s) {
		return DOUBLED.matcher(s).replaceAll("$1");
	}

}
