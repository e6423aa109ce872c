package org.baoku.ingest.split;

/**
 * The splitter's tuning numbers that weigh one signal against another, in one place. Each was set on the development
 * pages (the 西宁晚报 gold pages and the layouts pages of 2019-02, 2019-10 and 2020-01) and checked on pages not used
 * for setting it (the layouts pages of 2020-02 and 2020-05); see README "Splitting".
 */
final class SplitTuning {

	private SplitTuning() {
	}

	/** Only a block of this many lines shows its column width well enough to call a line of it short. */
	static final int STRAY_MIN_BLOCK_LINES = 3;

	/** A line narrower than this share of its block's column is short: the end of a paragraph, or no body text. */
	static final double STRAY_LINE_SHARE = 0.7;

	/** Body text set this many cells (and this share) wider or narrower than the article so far is another's. */
	static final double OTHER_COLUMN_MIN_CELLS = 3;

	static final double OTHER_COLUMN_SHARE = 0.4;

	/** A headline phrase has at least this many ideographs. */
	static final int MIN_HEADLINE_CHARS = 5;

	/** Beside the masthead's date line, lines of at most this many ideographs are the paper's and section's names. */
	static final double MASTHEAD_WORD_WIDTH = 6;

	/** A would-be section heading is its text's headline when this share of its bigrams is in the text above... */
	static final double HEADLINE_ABOVE_MIN = 0.4;

	/** ...and this much more than in the text below. */
	static final double HEADLINE_ABOVE_MARGIN = 0.2;


	/**
	 * An article whose confidence is below this is listed for review (parse prints it as needs_review). Set so that
	 * on the development pages about nine in ten wrong splits fall below it and about one in ten right ones.
	 */
	static final double REVIEW_THRESHOLD = 0.8;

	/** Logistic regression over {@link ArticleSignals#NAMES}, in that order; fitted by tools/fit-confidence.py. */
	static final double CONFIDENCE_BIAS = 0.878;

	static final double[] CONFIDENCE_WEIGHTS = { -1.163, -0.113, -0.203, 0.176, 0.399, -0.173, -1.020, 0.297, 0.633, 0.000, -0.118, -0.442, 0.914, 0.138, 0.403, -0.063, -1.342, -0.151, -0.662 };

}
