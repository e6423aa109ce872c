package org.baoku.ingest.entity;

/**
 * Where a name ends when the words after it say nothing ("局长杨秀玲深感…"). The rules of {@link OfficialExtractor}
 * come first; a finder is asked only where they cannot tell.
 */
interface NameFinder {

	/** The name starting at {@code start}, or null. */
	String nameAt(String text, int start);

	/** Rules only. */
	NameFinder NONE = (text, start) -> null;

	/** smartcn's word boundaries; measured better than HanLP's person-name recognizer (OfficialsMeasurementTests). */
	NameFinder SEGMENTER = new SegmenterNameFinder();

}
