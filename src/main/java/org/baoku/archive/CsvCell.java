package org.baoku.archive;

/**
 * A CSV cell, quoted when it must be (RFC 4180). A cell a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or carriage return) is prefixed with an apostrophe, as OWASP recommends against CSV injection.
 */
public final class CsvCell {

	private CsvCell() {
	}

	public static String of(String value) {
		if (value == null) {
			return "";
		}
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
