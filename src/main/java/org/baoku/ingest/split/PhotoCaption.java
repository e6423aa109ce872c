package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo caption with its credit ("…庆祝乔迁之喜。新华社记者 江宏景 摄", "（记者 张三 摄）", "李四/摄") is an item of its
 * own: the caption is its text and the photographers are its reporters, with the role 摄影, because journalists
 * search for a photographer's work too.
 */
public final class PhotoCaption {

	private static final String NAMES = "[\\p{IsHan}·]{2,4}(?:[\\s、]+[\\p{IsHan}·]{2,4})*";

	private static final Pattern CREDIT = Pattern.compile("[（(]?\\s*(?:"
			+ "(?:新华社|中新社|人民日报|本报|特约)?(?:特约|摄影|见习)?(?:记者|通讯员|摄影)\\s*(" + NAMES + ")\\s*摄(?:影)?"
			+ "|(" + NAMES + ")\\s*/\\s*摄(?:影)?)\\s*[）)]?$");

	private PhotoCaption() {
	}

	/**
	 * "数据来源：国家统计局", "资料来源：…", "本版制图：李姿阅": the source or credit printed under a chart; in bold, text
	 * extractors print its head twice ("数据来源数据来源：：").
	 */
	private static final Pattern CHART_NOTE = Pattern.compile("^\\s*((?:数据|资料)来源|(?:本版)?制图)\\1?\\s*[:：]");

	/** A chart's source or credit note: printed matter of the page, but no article and no part of one. */
	public static boolean isChartNote(String text) {
		return CHART_NOTE.matcher(text).find();
	}

	public static boolean isCaption(String text) {
		return endsInCredit(text) && CREDIT.matcher(text).find();
	}

	/** What every credit ends with ("摄" or "摄影", maybe in brackets): a quick test before the pattern's search. */
	private static boolean endsInCredit(String text) {
		String end = text.stripTrailing();
		if (end.endsWith("）") || end.endsWith(")")) {
			end = end.substring(0, end.length() - 1).stripTrailing();
		}
		return end.endsWith("摄") || end.endsWith("摄影");
	}

	/** The photo item of a caption block, or empty when the block carries no credit. */
	static Optional<SplitArticle> read(Block block) {
		return read(block.joined());
	}

	/** The photo item of a caption's text (its lines joined), or empty when it carries no credit. */
	public static Optional<SplitArticle> read(String text) {
		Matcher m = CREDIT.matcher(text);
		if (!endsInCredit(text) || !m.find()) {
			return Optional.empty();
		}
		String names = m.group(1) != null ? m.group(1) : m.group(2);
		List<Credit> credits = new ArrayList<>();
		for (String name : names.split("[\\s、]+")) {
			credits.add(new Credit(name, "摄影"));
		}
		String caption = text.substring(0, m.start()).strip();
		return Optional.of(new SplitArticle(Headline.NONE, null, EventDay.find(null, caption).orElse(null),
				m.group().strip(), credits, true, caption));
	}

}
