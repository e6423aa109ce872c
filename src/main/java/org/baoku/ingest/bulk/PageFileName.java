package org.baoku.ingest.bulk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.ingest.pdf.PageImages;

/**
 * Newspaper, date and page read off a page file's name, for files no manifest lists. The documented patterns are
 * {@code [报纸_]YYYY-MM-DD_版次.txt} and {@code [报纸_]YYYYMMDD_版次.txt} (also {@code .pdf} and a scanned page's
 * {@code .png}, {@code .jpg} or {@code .tif}), e.g.
 * {@code 2023-07-22_A01.pdf}, {@code 20230722_01.txt}, {@code 西宁晚报_2023-07-22_03.pdf}; the page may be written
 * {@code 第3版} or {@code p03} too ({@code 人民日报_20180104_p07.pdf} is page 07). A date is taken only as written
 * there and must be a day of the calendar; nothing is guessed.
 */
public final class PageFileName {

	static final String PATTERNS = "[报纸_]YYYY-MM-DD_版次.txt or [报纸_]YYYYMMDD_版次.txt";

	private static final Pattern NAME = Pattern.compile(
			"^(?:(?<paper>[^_]+?)_)?(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{8})_第?(?<page>[A-Za-z]{0,3}\\d{1,3}[A-Za-z]?)版?\\.(?<ext>txt|pdf|png|jpe?g|tiff?)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A PDF or a multi-page TIFF scan of a whole issue: newspaper and date, no page ({@code 西宁晚报_2023-07-22.pdf},
	 * {@code 西宁晚报_1987-03-02.tif}).
	 */
	private static final Pattern ISSUE = Pattern.compile(
			"^(?:(?<paper>[^_]+?)_)?(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{8})\\.(?:pdf|tiff?)$", Pattern.CASE_INSENSITIVE);

	private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	private PageFileName() {
	}

	/** What the name says, or why it says too little. */
	record Read(String newspaper, LocalDate date, String page, String refusal) {

		boolean refused() {
			return refusal != null;
		}

	}

	/** Whether the file is a page file at all (text, PDF or a scanned page's image), by its extension. */
	static boolean isPageFile(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".txt") || lower.endsWith(".pdf") || PageImages.isImageName(lower);
	}

	/** Whether the name is that of a whole issue's PDF: a date and no page. */
	static boolean isIssue(String fileName) {
		return ISSUE.matcher(fileName).matches();
	}

	/** Newspaper and date of a whole issue's PDF (its pages are labelled by the PDF). */
	static Read readIssue(String fileName, String defaultNewspaper) {
		return readIssue(fileName, new PaperNames(defaultNewspaper, Map.of()));
	}

	static Read readIssue(String fileName, PaperNames papers) {
		Matcher m = ISSUE.matcher(fileName);
		if (!m.matches()) {
			return new Read(null, null, null, "the name is no [报纸_]YYYY-MM-DD.pdf of a whole issue");
		}
		return placed(m, "", papers);
	}

	static Read read(String fileName, String defaultNewspaper) {
		return read(fileName, new PaperNames(defaultNewspaper, Map.of()));
	}

	static Read read(String fileName, PaperNames papers) {
		Matcher m = NAME.matcher(fileName);
		if (!m.matches()) {
			return new Read(null, null, null, "the name gives no date and page (" + PATTERNS
					+ ") and no manifest.csv beside it lists the file");
		}
		return placed(m, pageNumber(m.group("page")), papers);
	}

	/** The newspaper, day and page a file's name gives. */
	public record Named(String newspaper, LocalDate date, String page) {
	}

	/**
	 * What a single upload's file name gives ({@code 人民日报_2018-01-09_7.png}), for an upload that does not say it: its
	 * paper as a bulk job takes it ({@link PaperNames}: an alias an admin mapped, an abbreviation as
	 * {@code defaultNewspaper}, which is also the paper of a name that gives none); empty where the name gives no day.
	 */
	public static Optional<Named> named(String fileName, String defaultNewspaper, Map<String, String> aliases) {
		Matcher m = NAME.matcher(fileName == null ? "" : fileName);
		if (!m.matches()) {
			return Optional.empty();
		}
		Read read = placed(m, pageNumber(m.group("page")), new PaperNames(defaultNewspaper, aliases));
		return read.date() == null ? Optional.empty() : Optional.of(new Named(read.newspaper(), read.date(), read.page()));
	}

	/** "p07" and "P07" in a file name are page 07 (a name's way of writing 第7版), not a section P. */
	private static String pageNumber(String page) {
		return PAGE_NUMBER.matcher(page).matches() ? page.substring(1) : page;
	}

	private static final Pattern PAGE_NUMBER = Pattern.compile("[pP]\\d+");

	private static Read placed(Matcher m, String page, PaperNames papers) {
		LocalDate date;
		try {
			date = LocalDate.parse(m.group("date"), m.group("date").contains("-") ? DASHED : PLAIN);
		}
		catch (DateTimeParseException ex) {
			return new Read(null, null, null, "'" + m.group("date") + "' in the name is no day of the calendar");
		}
		String paper = papers.newspaper(m.group("paper") != null ? m.group("paper").strip() : null);
		if (paper == null || paper.isBlank()) {
			return new Read(null, date, page, "the name does not say the newspaper (报纸_日期_版次) and no "
					+ "--newspaper was given");
		}
		return new Read(paper, date, page, null);
	}

}
