package org.baoku.ingest.ocr;

/** The tuning numbers of OCR, in one place (PP-OCR's own defaults where it has one). */
final class OcrTuning {

	private OcrTuning() {
	}

	/**
	 * Threads a page is read with inside the model: every core but one, so that searches stay quick while a bulk load
	 * is read (on 2 cores, search p99 rose 1.6 times over idle with one thread, 2.3 times with two, and a page took
	 * about 20 s instead of 15); {@code -Dbaoku.ocr.threads=N} sets it.
	 */
	static int threads() {
		int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
		return Math.max(1, Math.min(cores, Integer.getInteger("baoku.ocr.threads", cores - 1)));
	}

	/** Pages are rendered for OCR at this resolution: 200 dpi reads as well as 300 at half the time and memory. */
	static final float RENDER_DPI = 200;

	/** The most pixels a page image may have for OCR; a bigger one is refused (a decompression bomb, a mistake). */
	static final long MAX_PIXELS = 60_000_000L;

	/**
	 * Detection reads the page shrunk by this factor: body type at 200 dpi is 20 pixels and more high, and the
	 * detector finds text of 10 pixels, at a quarter of the memory and time.
	 */
	static final double DETECT_SCALE = 1.0;

	/** Detection runs on bands of the page this many pixels high (of the shrunk page) … */
	static final int BAND = 1024;

	/** … overlapping by this much, so that every line lies whole in one band; a line is kept from the band whose middle holds it. */
	static final int BAND_OVERLAP = 256;

	/** A pixel is text when the detector's probability exceeds this (PP-OCR's det_db_thresh). */
	static final float PIXEL_THRESHOLD = 0.3f;

	/** A region is a text line when its mean probability exceeds this (PP-OCR's det_db_box_thresh). */
	static final double BOX_THRESHOLD = 0.6;

	/** The detector finds a line's shrunk core; it is grown back by area × this / perimeter (det_db_unclip_ratio). */
	static final double UNCLIP_RATIO = 1.6;

	/** Regions narrower or lower than this (pixels of the shrunk page) are specks. */
	static final int MIN_BOX_SIDE = 3;

	/** The recognizer reads a line scaled to this height. */
	static final int LINE_HEIGHT = 48;

	/** … and at most this wide (a longer line is squeezed to fit). */
	static final int MAX_LINE_WIDTH = 3200;

	/** The recognizer's output steps are this many pixels of the scaled line apart. */
	static final int STEP_PIXELS = 8;

	/** A pixel darker than this (0 to 255) is ink, where characters of a line set top to bottom are told apart. */
	static final int INK_LUMA = 128;

	/** Down a vertical line, a gap in the ink under this share of the line's width lies inside one character. */
	static final double VERTICAL_SPLIT_GAP = 0.2;

	/** A vertical line's characters are this share of its box's width high (the rest is the detector's margin). */
	static final double VERTICAL_TYPE_SHARE = 0.9;

	/** A box this many times as high as wide holds a line set top to bottom; a squarer one is read across. */
	static final double VERTICAL_ASPECT = 1.5;

	/** A box with this share of its area inside a bigger box is the same text found twice. */
	static final double SAME_TEXT_SHARE = 0.6;

	/**
	 * A piece of a line set top to bottom is a Chinese character or more, at least this share of the text's line
	 * height wide (a vertical author's name is set at the text's size; a digit in a table is half as wide).
	 */
	static final double STACK_MIN_WIDTH = 0.8;

	/** Pieces of one line are as high as each other within this ratio … */
	static final double JOIN_HEIGHT_RATIO = 1.3;

	/** … share this much of the lower one's height … */
	static final double JOIN_LEVEL_SHARE = 0.7;

	/** … and stand at most this many of its heights apart (columns stand farther apart: an em and more). */
	static final double JOIN_GAP = 0.5;

	/**
	 * A line is cut at a column's gutter ({@link GutterCuts}) where a stripe of paper at least this share of its
	 * height wide runs through it … (a box the detector draws across two columns of a worn scan stands higher than one
	 * line's: XeLaTeX's 4 mm gutters were narrower than such boxes were high)
	 */
	static final double GUTTER_MIN_WIDTH = 0.6;

	/** … and through this many of its heights above it and below it (about three lines of text each way) … */
	static final double GUTTER_REACH = 4.0;

	/**
	 * … or through them on one side only (a column's first line under a headline across the columns), when that
	 * side shows, within this many of the line's heights on both hands of the stripe (justified lines' ink ends at
	 * the gutter; at 2.0, a comma over a comma and an indent on 人民日报 2018-01-23's worn scan passed for one) …
	 */
	static final double GUTTER_FLANK = 0.5;

	/** … this many lines of text at least on each hand … */
	static final int GUTTER_COLUMN_LINES = 2;

	/**
	 * … and, on either test, a stripe less than this many of the line's heights from the start of a box of the
	 * detector's on a side the test looks at is no gutter where that box starts where the line starts and runs across
	 * the stripe (a column is wider: the lines over 人民日报 2018-01-30's '脑、' ran across the paper over its comma two
	 * characters from their left edge) …
	 */
	static final double GUTTER_COLUMN_WIDTH = 4.0;

	/** … a box starting where the line starts within this many of its heights (the detector's margins differ) … */
	static final double GUTTER_EDGE_ALIGN = 0.5;

	/**
	 * … a line of text there being a run of inked rows at least this share of the line's box's height (the box holds
	 * the ink and a margin) …
	 */
	static final double GUTTER_LINE_INK_LEAST = 0.5;

	/** … and at most this share … */
	static final double GUTTER_LINE_INK_MOST = 1.0;

	/**
	 * … a stripe being paper where at most this share of its rows has ink in a column (specks of a worn scan); and a
	 * row beside it inked where more than this share of its pixels are …
	 */
	static final double GUTTER_SPECKS = 0.03;

	/** … in a line no higher than this many times the text's (a headline runs across the columns under it). */
	static final double GUTTER_TEXT_HEIGHT = 1.3;

	/** The pieces of a line cut at a gutter keep this share of its height of the gutter's paper as a margin. */
	static final double GUTTER_MARGIN = 0.2;

	/**
	 * Two boxes on one row of a column, this many text heights apart at most, with printing between them and no
	 * stripe of paper as wide as a gutter ({@link #GUTTER_MIN_WIDTH}), are one line with a hole the detector left
	 * ({@link LineHoles}) …
	 */
	static final double HOLE_MAX_GAP = 6.0;

	/** … when both are of the text's height, give or take this share of it … */
	static final double HOLE_HEIGHT_SHARE = 0.3;

	/** … and a line of the column just above or below, at most this many text heights off, runs across the gap. */
	static final double HOLE_BRIDGE_REACH = 1.0;

	/** Scanned pages are levelled when laid at most this askew (degrees) … */
	static final double MAX_SKEW_DEGREES = 3;

	/** … and at least this much: less is within a printed page's own slant. */
	static final double MIN_SKEW_DEGREES = 0.1;

	/** Angles tried, this far apart (degrees). */
	static final double SKEW_STEP_DEGREES = 0.05;

	/** The skew is found on a copy of the page about this many pixels wide. */
	static final int SKEW_SAMPLE_WIDTH = 1000;

	/** The best angle must stand out over level by this share, or the page is left level. */
	static final double SKEW_MIN_GAIN = 0.02;

	/** A pixel darker than this (0 to 255) is part of a stroke, its share of ink by how dark it is. */
	static final int STROKE_LUMA = 192;

	/**
	 * A pixel this much darker than the paper, in no line's box, is a picture's or a drawing's ink
	 * ({@link LineInk#picture()}): a halftone's dots and a photo's greys both, not the paper's noise or a scan's speckle
	 * on its own.
	 */
	static final int PICTURE_BELOW_PAPER = 64;

	/**
	 * A row of a line's box is part of its ink when this share of its pixels is ink ({@link LineInk#inkHeight()}): the
	 * strokes of a row of ideographs, not a neighbouring line's stray descender.
	 */
	static final double INK_ROW_SHARE = 0.03;

	/** PP-OCR's normalisation of the detector's input (ImageNet's, per channel in B, G, R order). */
	static final float[] DETECT_MEAN = { 0.485f, 0.456f, 0.406f };

	static final float[] DETECT_STD = { 0.229f, 0.224f, 0.225f };

	/**
	 * A subtitle's dash left out of its line's box ({@link LeadingDash}), measured in the line's box heights (an em is
	 * about 0.92 of one): at least this long before the box (a two-em dash measured 1.6 on 理论 01-23, blurred and
	 * lighter where its halves meet; 一 is 0.8) …
	 */
	static final double DASH_MIN_HEIGHTS = 1.3;

	/** … at most this long (two ems and the blur; a rule runs on) … */
	static final double DASH_MAX_HEIGHTS = 2.4;

	/** … looked for this far inside the box too (the box may take in the dash's end) … */
	static final double DASH_INSIDE_BOX = 0.3;

	/** … a stroke inside the middle this share of the line's height (a CJK dash stands at the middle of its em) … */
	static final double DASH_MIDDLE_SHARE = 0.5;

	/** … no thicker than this share of it … */
	static final double DASH_MAX_THICKNESS = 0.15;

	/** … unbroken but for gaps this share of the height at most (where two dashes meet the print is lighter) … */
	static final double DASH_MAX_BREAK = 0.1;

	/** … ending at most this many heights before the box's characters … */
	static final double DASH_MAX_GAP = 0.6;

	/** … with paper for at least this many heights before it (not the end of a rule or of another line). */
	static final double DASH_CLEAR_BEFORE = 0.3;

}
