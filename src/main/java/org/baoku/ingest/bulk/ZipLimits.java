package org.baoku.ingest.bulk;

/**
 * What a zip of pages may hold before it is refused whole: a zip bomb, a zip that writes outside its folder or
 * one that nests zips stores nothing.
 *
 * @param maxEntries entries in one zip
 * @param maxTotalBytes bytes all entries unpack to together
 * @param maxRatio how many times larger than its compressed size an entry may unpack (bombs reach thousands)
 */
record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio) {

	/** A year of a daily with 40 pages a day is under 15,000 pages; 4 GB is far more than its text and PDFs. */
	static final ZipLimits DEFAULT = new ZipLimits(50_000, 4L * 1024 * 1024 * 1024, 100);

}
