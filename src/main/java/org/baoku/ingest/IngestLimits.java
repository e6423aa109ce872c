package org.baoku.ingest;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded page may be (prefix {@code baoku.limits}); anything outside is refused with a reason and
 * nothing is stored.
 *
 * @param maxPageSize the largest page file ({@code BAOKU_MAX_PAGE_SIZE}); the upload limit follows it
 * @param maxNewspaperLength characters in a newspaper's name
 * @param maxPageLabelLength characters in a page label (版次), e.g. "A3"
 * @param earliestDate the first issue date accepted
 * @param latestDate the last issue date accepted
 */
@ConfigurationProperties("baoku.limits")
public record IngestLimits(@DefaultValue("30MB") DataSize maxPageSize, @DefaultValue("100") int maxNewspaperLength,
		@DefaultValue("20") int maxPageLabelLength, @DefaultValue("1800-01-01") LocalDate earliestDate,
		@DefaultValue("2100-12-31") LocalDate latestDate) {

	public boolean allows(LocalDate date) {
		return !date.isBefore(earliestDate) && !date.isAfter(latestDate);
	}

	/** Why the page's newspaper, date or label cannot be taken, or null when they can. */
	IngestReason problem(String newspaper, LocalDate date, String pageLabel) {
		if (newspaper == null || newspaper.isBlank()) {
			return IngestReason.of("newspaperRequired", "newspaper is required");
		}
		if (date == null) {
			return IngestReason.of("dateRequired", "date is required (YYYY-MM-DD)");
		}
		IngestReason name = newspaperProblem(newspaper);
		if (name != null) {
			return name;
		}
		if (pageLabel != null && hasControl(pageLabel)) {
			return IngestReason.of("pageControl", "page contains control characters");
		}
		if (pageLabel != null && pageLabel.strip().codePointCount(0, pageLabel.strip().length()) > maxPageLabelLength) {
			return IngestReason.of("pageTooLong", "page is longer than " + maxPageLabelLength + " characters",
					maxPageLabelLength);
		}
		if (!allows(date)) {
			return IngestReason.of("dateOutside", "date " + date + " is outside " + earliestDate + " … " + latestDate,
					date.toString(), earliestDate.toString(), latestDate.toString());
		}
		return null;
	}

	/**
	 * Why a newspaper's name cannot be taken, on ingest or as a paper's new name, or null when it can. A slash would
	 * make the name two steps of its issues' links (/issues/{paper}/{date}), and an encoded one is refused by the
	 * server, so its issues could not be opened.
	 */
	IngestReason newspaperProblem(String newspaper) {
		if (hasControl(newspaper)) {
			return IngestReason.of("newspaperControl", "newspaper contains control characters");
		}
		if (newspaper.indexOf('/') >= 0 || newspaper.indexOf('\\') >= 0) {
			return IngestReason.of("newspaperSlash", "newspaper contains a slash ('/' or '\\'), which its issues' links cannot hold");
		}
		if (newspaper.strip().codePointCount(0, newspaper.strip().length()) > maxNewspaperLength) {
			return IngestReason.of("newspaperTooLong", "newspaper is longer than " + maxNewspaperLength + " characters",
					maxNewspaperLength);
		}
		return null;
	}

	private static boolean hasControl(String text) {
		return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
	}

}
