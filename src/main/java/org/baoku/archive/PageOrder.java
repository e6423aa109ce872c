package org.baoku.archive;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order pages are printed in, from their labels: section letters first (A before B), then the page number as a
 * number (A2 before A10, 第3版 before 第12版), then the label itself, so any label sorts somewhere stable.
 */
final class PageOrder implements Comparator<String> {

	static final PageOrder LABELS = new PageOrder();

	private static final Pattern SECTION = Pattern.compile("^[A-Za-z]+");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private PageOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int bySection = section(a).compareToIgnoreCase(section(b));
		if (bySection != 0) {
			return bySection;
		}
		int byNumber = Long.compare(number(a), number(b));
		return byNumber != 0 ? byNumber : a.compareTo(b);
	}

	private static String section(String label) {
		Matcher m = SECTION.matcher(label.strip());
		return m.find() ? m.group() : "";
	}

	/** The page number, or past every number when the label has none. */
	private static long number(String label) {
		Matcher m = NUMBER.matcher(label);
		if (!m.find() || m.group().length() > 9) {
			return Long.MAX_VALUE;
		}
		return Long.parseLong(m.group());
	}

}
