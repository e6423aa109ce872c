package org.baoku.ingest.pdf;

/** The tuning numbers of reading a page PDF's layout, in one place. Distances are in PDF points (1/72 inch). */
final class LayoutTuning {

	private LayoutTuning() {
	}

	/**
	 * The line-role model ({@link PageRoles}) is taken at its word where it gives a role at least this probability:
	 * below it, the rules decide alone. High, because a role taken wrongly moves text between articles.
	 */
	static final double SURE_ROLE = 0.9;

	/** A role the model gives at least this probability, not the one the split gave the line, doubts its article. */
	static final double DISAGREEING_ROLE = 0.7;

	/** A line whose likeliest role the model gives less than this probability doubts its article: it is unsure. */
	static final double UNSURE_ROLE = 0.5;

	/**
	 * An article's confidence is scaled down by this share times the article-doubt model's chance that it is wrong,
	 * after every doubt of its page: the review list, ordered by confidence, then puts the likelier wrong first among
	 * articles doubted as often. (0.95 − 0.8) / 0.95: a laid-out article no rule doubts (0.95) would reach the review
	 * threshold (0.8) only at a chance of 1, and is held at it (the model alone puts none under it without a reason).
	 */
	static final double DOUBT_ORDER_SHARE = 0.15 / 0.95;

	/** A copy of a glyph this close to it is fake bold (printers offset the copy by 0.2–0.5 pt). */
	static final double BOLD_OFFSET = 0.8;

	/** How many glyphs back a fake-bold copy is looked for: the copy is drawn right after the phrase. */
	static final int BOLD_LOOKBACK = 80;

	/** Glyphs whose baselines differ by less than this share of the type size are on one line. */
	static final double SAME_BASELINE_EM = 0.3;

	/**
	 * A glyph follows the last one on its line when it starts at least this far (share of the type size) ahead of
	 * where the last one started. Measured from the start, not the end: fonts that declare every glyph a full em wide
	 * (Founder's CID fonts give digits and Latin 1,000 units) set a digit half an em on, well inside the width it
	 * claims, and squeezed punctuation ("”。") starts inside the mark before it too.
	 */
	static final double MIN_ADVANCE_EM = 0.1;

	/** A punctuation mark may share its cell with the mark before it ("。“" squeezed into one em, both at one x). */
	static final double PUNCTUATION_MIN_ADVANCE_EM = -0.1;

	/**
	 * The widest gap between two glyphs of one line: letter-spaced headlines put up to two characters' room between
	 * their characters.
	 */
	static final double MAX_LETTER_GAP_EM = 3.0;

	/**
	 * Widest an ideograph's advance is, in ems of its size (a horizontally scaled face, or a headline's letter-spacing
	 * counted in, stays under it); a wider advance is a vertical font's (four ems and more), and the glyph is taken as
	 * one em wide.
	 */
	static final double MAX_IDEOGRAPH_WIDTH_EM = 3.0;

	/** Sizes closer than this (points) are one size. */
	static final double SAME_SIZE = 0.5;

	/**
	 * Between glyphs of two sizes the gap is at most this many ems of the smaller: a smaller tag ends its headline
	 * ("（今日谈）") close by, the next headline of a row starts farther off (an em or so).
	 */
	static final double MIXED_SIZE_MAX_GAP_EM = 0.5;

	/** Between two Latin letters or digits, a gap wider than this share of the type size is a word space. */
	static final double WORD_SPACE_EM = 0.15;

	/** A drawn horizontal line or bar at most this thick is a rule … */
	static final double RULE_MAX_THICKNESS = 2.0;

	/** … and at least this long (shorter strokes are underlines, bullets and parts of pictures). */
	static final double RULE_MIN_LENGTH = 20.0;

	/** A rule under the page header spans at least this share of the printed width … */
	static final double HEADER_RULE_MIN_WIDTH = 0.6;

	/** … and stands in this top share of the printed height. */
	static final double HEADER_MAX_DEPTH = 0.2;

	/** A style other than the body's counts as running text when this many characters are set in it … */
	static final int TEXT_STYLE_MIN_CHARS = 150;

	/** … and it is no bigger than this many times the body size (headlines are bigger). */
	static final double TEXT_STYLE_MAX_SIZE = 1.15;

	/** Lines set apart that head no text read as an item of their own when this many are at the text's size. */
	static final int TEXT_ITEM_MIN_LINES = 3;

	/** … and a title in bigger type at most this many (text) ems above them is theirs. */
	static final double TEXT_ITEM_TITLE_GAP_EM = 2;

	/** The next line of a column is at most this many ems below the last (leading is 1.1–1.5 em). */
	static final double MAX_LINE_STEP_EM = 1.75;

	/** Biggest a heading set inside one column of an article is, in ems of the text: a subheading, not a title. */
	static final double SUBHEADING_MAX_SIZE = 1.8;

	/** Most lines a subheading set inside a column wraps to. */
	static final int SUBHEADING_MAX_LINES = 4;

	/**
	 * Farthest a subheading stands under the text it follows in its column: a paragraph's gap and its own space, and
	 * what a column justified to its foot adds to them.
	 */
	static final double SUBHEADING_GAP_EM = 4.5;

	/**
	 * How many times bigger than a heading inside a column the headline of the article over it is, at the least, for
	 * the heading to rank as that article's subheading and not the title of an article of its own.
	 */
	static final double SUBHEADING_RANK = 2.0;

	/** Farthest a vertical title stands from the column it heads, in ems of the text (the author's name between). */
	static final double VERTICAL_HEAD_REACH_EM = 6.0;

	/** Fewest headed articles a page needs before its signed share says anything. */
	static final int SIGNED_PAGE_MIN_ARTICLES = 3;

	/** Share of a page's headed articles that are signed for an unsigned one among them to be doubted. */
	static final double SIGNED_PAGE_SHARE = 0.6;

	/** Biggest an author's name set under or beside a title is, in ems of the text. */
	static final double AUTHOR_LINE_MAX_SIZE = 1.3;

	/** A line of a column starts at most this far left of the column's edge (quotes pulled out into the margin) … */
	static final double PULL_OUT_EM = 1.0;

	/** … and at most this far right of it (a paragraph's indent, two characters, and a centred short line). */
	static final double INDENT_MAX_EM = 3.2;

	/** A line ending at least this many ems short of its column's right edge was broken at a space. */
	static final double WRAPPED_AT_SPACE_EM = 0.2;

	/** A line ending this close to its column's right edge, however far in it starts, is set flush right. */
	static final double FLUSH_RIGHT_EM = 0.5;

	/** A line starting this far right of its column's edge begins a paragraph. */
	static final double INDENT_MIN_EM = 1.0;

	/** Lines of one headline (kicker, title lines, subtitle, byline) are at most this many ems apart. */
	static final double HEAD_LINE_GAP_EM = 1.1;

	/** A subtitle ("——…") stands at most this many of its ems under its title, wholly within the title's width. */
	static final double SUBTITLE_GAP_EM = 2.0;

	/**
	 * A headline's line centred on the one over it and within its width or over all of it (a kicker over its title)
	 * stands at most this many ems under it.
	 */
	static final double CENTRED_HEAD_LINE_GAP_EM = 1.6;

	/** A headline stands at most this many body ems above the text it heads. */
	static final double HEAD_TO_TEXT_EM = 4.0;

	/**
	 * A byline may stand this many of its headline's type sizes under it, with nothing between, when that is farther
	 * than {@link #HEAD_TO_TEXT_EM}: a big title has white space under it in proportion.
	 */
	static final double BYLINE_UNDER_TITLE_SIZES = 1.0;

	/**
	 * A drawing's title printed on its credit's baseline (flush left under the drawing, the credit flush right) stands
	 * at most this many ems left of the credit …
	 */
	static final double CAPTION_TITLE_REACH_EM = 30.0;

	/** … and is a title, not a line of text: at most this many characters. */
	static final int CAPTION_TITLE_MAX_CHARS = 16;

	/** A block of a column of briefs goes to the brief whose text holds its first this many characters. */
	static final int BRIEF_REGION_KEY_CHARS = 8;

	/**
	 * A headline heads the text it spans this many body ems below it when nothing is printed in between (a photo
	 * stands there); about a quarter of a broadsheet page.
	 */
	static final double PICTURE_GAP_EM = 40.0;

	/** A block of text-face lines read as a photo caption (it ends with a photo credit) has at most this many lines. */
	static final int CAPTION_MAX_LINES = 4;

	/** Text blocks side by side with tops this many body ems apart are one row of a module. */
	static final double ROW_TOP_EM = 1.5;

	/**
	 * Articles whose tops are at most this many body ems below the first of a row are read in that row, left to
	 * right: headlines of one row start a line or so apart when one has a kicker or more lines.
	 */
	static final double READING_ROW_EM = 3.0;

	/**
	 * A headline wider than this many of its text's columns heads a run of columns: a text-size subheading level
	 * with them in the next column is more of its text, not a headline of its own.
	 */
	static final double WIDE_HEADLINE_COLUMNS = 1.5;

	/** Two gutters within this many body ems of each other are as wide. */
	static final double EVEN_GUTTER_EM = 0.25;

	/** The widest gutter between two columns of one module, in body ems. */
	static final double MAX_GUTTER_EM = 4.0;

	/**
	 * Of two texts a continuation could go on, one whose bigrams are this much more alike its own (cosine) is its
	 * article, however far away it is printed.
	 */
	static final double CONTINUATION_TOPIC_MARGIN = 0.05;

	/**
	 * A block that opens a paragraph under no headline goes on the headed article whose bigrams are at least this
	 * alike its own (cosine, each bigram weighed by how few of the page's texts hold it: {@link TopicWeights}), and
	 * {@link #CONTINUATION_TOPIC_LEAD} times as alike as any other article's: a short block shares few bigrams with
	 * any text, so only a clear lead tells.
	 */
	static final double CONTINUATION_MIN_TOPIC = 0.02;

	static final double CONTINUATION_TOPIC_LEAD = 2.0;

	/**
	 * A column joined to a text only by where it stands is doubted when its words are at least this alike another
	 * headed text's (plain bigram cosine; a word or two in common, "中国", gives under 0.1) and {@link #PLACED_LEAD}
	 * times as alike as the rest of its own text's.
	 */
	static final double PLACED_MIN_LIKENESS = 0.1;

	static final double PLACED_LEAD = 2.0;

	/**
	 * A kicker or subtitle with no more than this share of its bigrams in its own text, and at least
	 * {@link #KICKER_OTHER_MIN_COVERAGE} in another headed text on the page, is doubted: it fits that text, not its
	 * own (a kicker read over the wrong title). A kicker often shares few words with its text, rarely none.
	 */
	static final double KICKER_OWN_MAX_COVERAGE = 0.1;

	static final double KICKER_OTHER_MIN_COVERAGE = 0.3;

	/** A kicker or subtitle shorter than this (letters and digits) has too few bigrams for its shares to tell. */
	static final int KICKER_MIN_LETTERS = 4;

	/** A part of a line this much wider than half a neighbour counts as lying over it. */
	static final double OVERLAP_SHARE = 0.3;

	/** A page with fewer glyphs than this has no text layer to speak of: it was scanned, and needs OCR. */
	static final int MIN_TEXT_GLYPHS = 20;

	/**
	 * A gap this share of the type size wider than the line's usual spacing is a space (between a byline's names);
	 * the quarter-em some typesetters put around digits is not.
	 */
	static final double SPACE_GAP_EM = 0.4;

	/**
	 * Between two ideographs a narrower extra gap is a space too: bylines part names by a third of an em ("胡浩 赵文君"),
	 * while the quarter-em around digits that {@link #SPACE_GAP_EM} leaves out never stands between two ideographs.
	 */
	static final double NAME_GAP_EM = 0.2;

	/** How far back (in characters) an open parenthesis of names is looked for: a role and a few names. */
	static final int OPEN_NAMES_REACH = 40;

	/** Two lines are set in one size when their sizes differ by less than this many points. */
	static final double SAME_SIZE_PT = 0.5;

	/** A line set this far (in text ems) over the one above it still counts as under it: glyph boxes overlap. */
	static final double OVERLAP_EM = 0.5;

	/** A line of text stands at least this many text ems under the one before it in its column... */
	static final double MIN_LINE_STEP_EM = 0.5;

	/** ...and is set in the body size give or take this share of it. */
	static final double TEXT_SIZE_TOLERANCE = 0.2;

	/** What stands over a span may end this many text ems below the top looked from (baselines wander). */
	static final double LEVEL_SLACK_EM = 0.3;

	/**
	 * Of an OCR line's box, this share of its height is the type size: the detector's box is grown back from the
	 * line's core to about the type's height (25 pixels at 200 dpi, 9.0 points, round 人民日报's 8.3-point text).
	 * Measured so, the text's leading is its own and its lines join into columns as a PDF's do.
	 */
	static final double OCR_TYPE_SHARE_OF_BOX = 0.92;

	/**
	 * On a scanned page a rule runs on for at least this many heights of its text lines: farther than a stroke of
	 * the type (a headline's strokes lie inside its line, and are not taken either).
	 */
	static final double SCAN_RULE_MIN_TEXT_HEIGHTS = 4;

	/** Scans blur a rule by up to this many pixels on each side, and break it by as many. */
	static final int SCAN_RULE_BLUR_PIXELS = 2;

	/** A pixel darker than this (0 to 255) is ink where rules are looked for on a scanned page. */
	static final int SCAN_INK_LUMA = 140;

	/**
	 * An OCR line whose strokes are this many times as heavy as the text's is set in a bold face (黑体 subheadings:
	 * three times the 仿宋 text's on 人民日报's 理论 pages; a 宋体 text beside it is one and a half).
	 */
	static final double OCR_HEAVY_WEIGHT = 2.0;

	/**
	 * Big characters whose strokes are at most this share as heavy as the text's are drawn in outline: on 人民日报's
	 * 理论 pages the column logos (新知新觉, 治理之道) weigh 0.13 to 0.29 of the text, type of any headline 1.8 and more,
	 * figures in an infographic 0.44 and more.
	 */
	static final double OCR_OUTLINE_WEIGHT = 0.35;

	/** … at least this many times as high as the text's lines (a logo is set big) … */
	static final double OCR_LETTERING_HEIGHT = 1.5;

	/** … and at most this many (a logo's name is short). */
	static final int OCR_LETTERING_MAX_CHARACTERS = 8;

	/**
	 * A column's name set beside its logo ({@link ColumnLabels}) has a picture within this many of its heights on its
	 * left or right …
	 */
	static final double SCAN_LOGO_REACH = 1.5;

	/**
	 * … whose ink, outside every line OCR read, covers at least this share of that strip. On the 19 理论 scans the
	 * logos of 思想纵横 and 热点辨析 cover 0.13 to 0.30 of it, a worn scan's 大家手笔 0.6; beside the big lines taken
	 * for headlines the most is 0.08. An infographic's lettering beside its pictures (0.4 to 0.6 on a worn scan) is set
	 * aside too, as on the PDF, where it is drawn; its figures are not, since a column's name has none.
	 */
	static final double SCAN_LOGO_INK_SHARE = 0.10;

	/** A pixel darker than this (0 to 255) is ink of a logo: a grey scan's thin and tinted strokes included. */
	static final int SCAN_LOGO_INK_LUMA = 192;

	/**
	 * An OCR line measured within this share of the text's middle height is set in the text's size. Boxes of one
	 * text measure 22 and 25 pixels (a line with quotes or a comma stands taller); grouped only among themselves,
	 * from the smallest up, the sizes split such a column line by line, and a short line closing a paragraph
	 * (measured 27) stood apart as a heading and cut its text in two. On the 19 理论 pages with gold scanned clean
	 * (all seen; the share chosen on them) article F1 rose 0.386 to 0.510: 0.10 gave 0.478, 0.20 the same as 0.15.
	 */
	static final double OCR_TEXT_SIZE_SHARE = 0.15;

	/**
	 * A scan's line the scan model is sure is text is set in the text's size where OCR measured it within this share
	 * of it ({@link ScanRoles}): a short line's box is measured less surely than a long one's, and a line set
	 * bigger that the model takes for text is more likely a headline it is wrong about.
	 */
	static final double SCAN_TEXT_ROLE_SIZE_SHARE = 0.35;

	/**
	 * A scan's line is taken as set no bigger than this many times the height of its ink, whatever the pitch of its
	 * ideographs ({@link ScanLines#typeAgainstText}): a name letter-spaced across its column is not set bigger.
	 */
	static final double SCAN_PITCH_OVER_INK = 1.25;

	/** OCR sizes within this share of each other are one type size (OCR measures a line's height roughly). */
	static final double OCR_SAME_SIZE_SHARE = 0.2;

	/**
	 * Sizes measured on the image ({@link ScanLines#typeAgainstText}) within this share of each other are one type
	 * size: measured so, an author line (1.16 times the text) and a subheading (1.55) stand 1.17 and 1.49 times it,
	 * which the box's share would have made one size.
	 */
	static final double SCAN_SAME_SIZE_SHARE = 0.1;

	/** An OCR line's baseline lies this share of its type size below the middle of its box (CJK type sits on it). */
	static final double OCR_BASELINE_BELOW_MIDDLE = 0.4;

	/**
	 * An OCR line is doubted when the recognizer gave one of its characters less than this probability. Measured on
	 * the developed page 01-02 (seen): on the clean scan all 3 lines under it were misread (of 23 not found verbatim
	 * in the PDF's text); on the worn scan 25 of the 34 under it were (of 76), where a line's mean score flagged 11
	 * of 13 at best and caught fewer.
	 */
	static final double OCR_UNSURE_CHARACTER = 0.5;

	// ---- A page unlike its paper (PageFaces)
	/**
	 * A page's running text is in its paper's type when its face is one the paper's checked pages set their running
	 * text in and its size is within this many points of a size they set that face in (a paper may set a feature a
	 * size larger; the typeset layouts set theirs anywhere from 8.5 to 11 pt).
	 */
	static final double UNLIKE_BODY_SIZE_SLACK = 1.0;

	/**
	 * A page whose running text is in its paper's type is still unlike it when more than this share of the
	 * ideographs set apart from that text (headlines, kickers, bylines, captions, masthead) are in faces none of the
	 * paper's checked pages used. With the faces of three 人民日报 理论 pages (01-02, 01-03, 01-05), the other 19 理论
	 * pages (the three kept apart included, their type read by hand) have at most 0.37 of them in other faces (01-22:
	 * 52 of 141); the 新三门 and 中国海洋石油报 pages have all of theirs.
	 */
	static final double UNLIKE_FACE_SHARE = 0.5;

	/** ...when at least this many ideographs are set apart (a page of only text and a folio tells nothing). */
	static final int UNLIKE_MIN_IDEOGRAPHS = 20;

	/**
	 * A page with fewer characters than this in its most used text style (photos, an advertisement) has too little
	 * running text to tell its style by: it is neither learned from nor doubted (a style other than the body's needs as
	 * many to count as running text, TEXT_STYLE_MIN_CHARS).
	 */
	static final int UNLIKE_MIN_TEXT_CHARS = TEXT_STYLE_MIN_CHARS;

}
