package org.baoku.ingest.entity;

/** A set of BMP characters looked up by a bit each, for scanning text faster than a regex character class. */
final class CharTable {

	private final long[] bits = new long[1 << 10];

	private CharTable() {
	}

	/** The characters the alternatives of a regex alternation ("书记|常委|(?<=[市省])领导") start with. */
	static CharTable ofFirstCharacters(String alternation) {
		CharTable table = new CharTable();
		for (String alternative : alternation.split("\\|")) {
			String plain = alternative.replaceFirst("^\\(\\?<=[^)]*\\)", "");
			char first = plain.charAt(0);
			table.bits[first >>> 6] |= 1L << first;
		}
		return table;
	}

	boolean has(char c) {
		return (bits[c >>> 6] & (1L << c)) != 0;
	}

}
