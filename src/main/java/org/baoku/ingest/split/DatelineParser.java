package org.baoku.ingest.split;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline an article opens with: 本报讯, 本报南京讯, 本报10月9日讯, 本报北京10月10日电, 新华社北京7月21日电,
 * 中新社…电. A source named in a sentence ("据当地媒体7日报道，", "据警方消息，") is no dateline: such sentences open
 * paragraphs inside reports, and taken for datelines they cut one report in two.
 */
public final class DatelineParser {

	/** A date as datelines print it: 10月10日, 10日, or with the year at the turn of a year (2019年12月31日). */
	static final String DATE = "(?:(?:\\d{4}年)?\\d{1,2}月)?(?:\\d{1,2}日)?";

	/** A full date: month and day, the year optional. */
	static final String FULL_DATE = "(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日";

	private static final Pattern DATELINE = Pattern.compile("^(?:"
			+ "本报(?!记者|通讯员|评论员)[\\p{IsHan}]{0,8}?" + DATE + "[讯电]"
			+ "|据?(?:新华社|中新社|中新网|中国新闻社|人民日报|光明日报|经济日报|央视网|央视新闻|法制日报|工人日报)"
			+ "[\\p{IsHan}]{0,10}?" + DATE + "电"
			+ ")");

	/** International pieces print the dateline after the body, in parentheses: "…局势。（本报罗马1月1日电）". */
	private static final Pattern TRAILING = Pattern.compile("[（(]((?:本报|据?新华社|据?中新社)[\\p{IsHan}]{0,10}?"
			+ DATE + "[讯电])[）)]$");

	private DatelineParser() {
	}

	/** A dateline and the text after it. */
	public record Dateline(String text, String rest) {
	}

	public static Optional<Dateline> parse(String paragraph) {
		Matcher m = DATELINE.matcher(paragraph);
		if (!m.find()) {
			return Optional.empty();
		}
		String rest = paragraph.substring(m.end()).stripLeading();
		if (rest.startsWith("，")) {
			rest = rest.substring(1);
		}
		return Optional.of(new Dateline(m.group(), rest));
	}

	/** A dateline printed in parentheses at the end of a paragraph, and the paragraph before it. */
	public static Optional<Dateline> trailing(String paragraph) {
		Matcher m = TRAILING.matcher(paragraph);
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(new Dateline(m.group(1), paragraph.substring(0, m.start()).strip()));
	}

	/** A dateline no sentence runs into: the paper's or an agency's own, not one taken from an agency ("据新华社…电"). */
	private static final Pattern OWN_DATELINE = Pattern.compile("^(?:本报(?!记者|通讯员|评论员)[\\p{IsHan}]{0,8}?"
			+ DATE + "[讯电]|(?:新华社|中新社)[\\p{IsHan}]{0,10}?" + FULL_DATE + "电)");

	public static boolean startsWithOwnDateline(String text) {
		return OWN_DATELINE.matcher(text).find();
	}

	public static boolean startsWithDateline(String text) {
		return DATELINE.matcher(text).find();
	}

}
