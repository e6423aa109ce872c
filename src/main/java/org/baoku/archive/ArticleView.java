package org.baoku.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An archived article as readers see it and as the index is built from it; {@code ocrConfidence} is how sure OCR was
 * of its text (0 to 1), null for text read from a PDF's text layer or a text file.
 */
public record ArticleView(long id, long pageId, String newspaper, LocalDate date, String pageLabel, int position,
		String kicker, String headline, String subtitle, String dateline, LocalDate eventDate, String byline, String body,
		double confidence, List<String> doubts, List<String> reporters, List<OfficialTitle> officials,
		Double ocrConfidence) {

	/** An article of printed text (not read by OCR). */
	public ArticleView(long id, long pageId, String newspaper, LocalDate date, String pageLabel, int position,
			String kicker, String headline, String subtitle, String dateline, LocalDate eventDate, String byline,
			String body, double confidence, List<String> doubts, List<String> reporters, List<OfficialTitle> officials) {
		this(id, pageId, newspaper, date, pageLabel, position, kicker, headline, subtitle, dateline, eventDate, byline,
				body, confidence, doubts, reporters, officials, null);
	}

	/** The text was read by OCR from a scanned page. */
	public boolean ocr() {
		return ocrConfidence != null;
	}

	/**
	 * The one confidence an article is shown with (on its page, in the review list and in /api/articles; search hits
	 * and exports give it for text read by OCR): how sure the archive is of it, its split and, for text read by OCR,
	 * OCR's reading of it (the less sure of the two).
	 */
	public double articleConfidence() {
		return ocrConfidence == null ? confidence : Math.min(confidence, ocrConfidence);
	}

	/** An official named in the article, with the title this article gives. */
	public record OfficialTitle(String name, String title) {
	}

	public List<String> paragraphs() {
		return body.lines().filter(l -> !l.isBlank()).toList();
	}

	/** Longest paragraph read as an in-body subheading (小标题), when it also does not end a sentence. */
	static final int SUBHEADING_MAX = 24;

	/**
	 * The body as paragraphs and in-body subheadings: a short paragraph between others that does not end like a
	 * sentence (no 。！？…；：, or closing quote after one) is a subheading, e.g. "一、强化源头治理".
	 */
	public List<Paragraph> blocks() {
		List<String> paragraphs = paragraphs();
		List<Paragraph> blocks = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			String p = paragraphs.get(i).strip();
			boolean heading = i > 0 && i < paragraphs.size() - 1 && p.length() <= SUBHEADING_MAX
					&& !p.matches(".*[。！？!?…；;：:，,、）)]([”’」』\"]?)$");
			blocks.add(new Paragraph(p, heading));
		}
		return blocks;
	}

	/** A paragraph of the body, or a subheading. */
	public record Paragraph(String text, boolean heading) {
	}

	/**
	 * The body's first sentence or line, for lists of articles, after the dateline and byline it opens with (the
	 * body keeps them as printed; lists show them apart).
	 */
	public String firstLine() {
		String first = paragraphs().stream().findFirst().orElse("").strip();
		first = after(after(first, dateline), byline);
		int end = first.indexOf('。');
		first = end > 0 ? first.substring(0, end + 1) : first;
		return first.length() > FIRST_LINE_MAX ? first.substring(0, FIRST_LINE_MAX) + "…" : first;
	}

	static final int FIRST_LINE_MAX = 80;

	/** The dateline is printed at the body's start, so the body shows it where it was printed. */
	public boolean datelineInBody() {
		return dateline != null && !dateline.isBlank() && body.strip().startsWith(dateline);
	}

	/** The byline is printed in the body's text (run into its first or last paragraph), so the body shows it. */
	public boolean bylineInBody() {
		return byline != null && !byline.isBlank() && body.contains(byline);
	}

	private static String after(String text, String printedFirst) {
		if (printedFirst == null || printedFirst.isBlank() || !text.startsWith(printedFirst)) {
			return text;
		}
		String rest = text.substring(printedFirst.length()).strip();
		return rest.isEmpty() ? text : rest;
	}

	public List<String> officialNames() {
		return officials.stream().map(OfficialTitle::name).toList();
	}

}
