package org.baoku.ingest.split;

import java.util.regex.Pattern;

/** What the parts of a headline look like: a kicker announces, a subtitle adds, a main title stands alone. */
final class HeadlineShapes {

	/** A kicker announces what someone said: "…时强调", "…指出". */
	private static final Pattern KICKER_END = Pattern.compile("(强调|指出|表示|要求|提出|寄语|：|:)$");

	/** A subtitle line under the main title: "——…", or who spoke and who chaired. */
	static final Pattern SUBTITLE_LINE = Pattern.compile("^(——|--|─)|(讲话|主持|出席|致辞|参加|调研|主讲)$");

	private static final Pattern DASHES = Pattern.compile("^(——|--|─)");

	private HeadlineShapes() {
	}

	/** A kicker, or a slogan or series banner printed above a title: bold (doubled) or several short phrases. */
	static boolean isKicker(Block block) {
		return readsAsKicker(block) || block.lines().stream().allMatch(Line::doubled);
	}

	/** A kicker by its words ("…强调", several short phrases), whatever its type: bold alone is a section heading too. */
	static boolean readsAsKicker(Block block) {
		String text = block.text("");
		return KICKER_END.matcher(text).find() || text.split(" ").length >= 3;
	}

	static boolean isSubtitle(Block block) {
		return DASHES.matcher(block.first().text()).find();
	}

	/** How a headline's last words often go ("…对接会召开", "…签约仪式举行"), rarely where a column breaks a line. */
	private static final Pattern HEADLINE_END = Pattern.compile("(召开|举行|开幕|闭幕|落幕|亮相|启动|揭牌|发布|开展)$");

	/** Shapes only headlines have: a kicker's "…强调", a subtitle's "——", an event announced in the last words. */
	static boolean announcesHeadline(Block block) {
		for (Line line : block.lines()) {
			if (KICKER_END.matcher(line.text()).find() || DASHES.matcher(line.text()).find()) {
				return true;
			}
		}
		return HEADLINE_END.matcher(block.last().text()).find();
	}

	/** Ends as only a whole headline ends: with a column tag or a subtitle line ("——…"), never a kicker. */
	static boolean closesHeadline(Block block) {
		return isCompleteTitle(block)
				|| block.lines().stream().skip(1).anyMatch(line -> DASHES.matcher(line.text()).find());
	}

	/** A title that stands complete: it ends with a column tag ("…（今日谈）"), which only a main title carries. */
	static boolean isCompleteTitle(Block block) {
		return BlockClassifier.endsWithColumnTag(block);
	}

	/**
	 * Two headline blocks that are one headline for certain: a kicker that leads into what follows ("…时强调",
	 * "…团队——", "国家税务总局：") or a title line ending on a comma, and the block below it; a block and the subtitle
	 * below it ("——…") or a line wholly in brackets; a short kicker over a title with a column tag.
	 */
	static boolean bindsTo(Block above, Block below) {
		String end = above.last().text();
		return leadsOn(end) || end.endsWith("，") || DASHES.matcher(below.first().text()).find()
				|| kickerOverTaggedTitle(above, below)
				|| below.size() == 1 && BRACKETED.matcher(below.first().text()).matches();
	}

	/**
	 * One short line right above a title with a column tag ("尽力而为 量力而行" over "遵循客观规律持续改 / 善民生（有的放矢）")
	 * is its kicker: the tag closes a main title, and a line that does not read as a finished headline of its own
	 * ("…发布", "…召开") and is no wider than the title leads into it.
	 */
	static boolean kickerOverTaggedTitle(Block above, Block below) {
		return above.size() == 1 && !isCompleteTitle(above) && isCompleteTitle(below)
				&& !HEADLINE_END.matcher(above.first().text()).find()
				&& Chars.width(above.joined()) <= Chars.width(below.first().text());
	}

	/** A line wholly in brackets ("（二〇二〇年一月十八日 内比都）") adds to the title above it; it is no title. */
	private static final Pattern BRACKETED = Pattern.compile("[（(][^（）()]+[）)]");

	/** A kicker's line that leads into the title below it. */
	static boolean leadsOn(String line) {
		return LEADS_ON.matcher(line).find();
	}

	private static final Pattern LEADS_ON = Pattern.compile("(强调|指出|表示|寄语|：|:|——)$");

	/** A title set in bold that neither leads on nor reads as a subtitle, and is long enough to name a story. */
	static boolean isBoldTitle(Block block) {
		return block.lines().stream().allMatch(Line::doubled) && !KICKER_END.matcher(block.text("")).find()
				&& !isSubtitle(block) && block.size() <= 2 && Chars.width(block.joined()) >= 2 * SplitTuning.MIN_MAIN_WIDTH;
	}

	/** Could be the main title of an article of its own: not a kicker, subtitle or bold banner. */
	static boolean isMainLike(Block block) {
		return !isKicker(block) && !isSubtitle(block) && block.lines().stream().noneMatch(Line::doubled)
				&& block.size() <= 3 && Chars.width(block.joined()) >= SplitTuning.MIN_MAIN_WIDTH;
	}

}
