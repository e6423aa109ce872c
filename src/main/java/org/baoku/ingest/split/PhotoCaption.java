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

	/** One name: two to four characters, or a two- or three-character name letter-spaced ("徐 昱"). */
	private static final String NAME = "(?:[\\p{IsHan}·]{2,4}|\\p{IsHan}(?:[ \\u3000]\\p{IsHan}){1,2})";

	private static final String NAMES = NAME + "(?:[\\s、]+" + NAME + ")*";

	/** Where a name with no role before it may start: the caption's start, a space or a mark that ends a phrase. */
	private static final String NAME_START = "(?:^|(?<=[\\s。，、；：！？”）)]))";

	/** A wire or agency's delivery note after the credit: "（新华社发）", "新华社发". */
	private static final String SENT_NOTE = "\\s*[（(]?\\s*\\p{IsHan}{2,6}发\\s*[）)]?";

	private static final String SENT = "(?:" + SENT_NOTE + ")?";

	/**
	 * A photo's credit ("新华社记者 江宏景 摄", "李四/摄"), or a cartoon's or drawing's ("翟桂溪作（新华社发）", "王五 绘",
	 * "赵六供图"), at the end of a caption.
	 */
	private static final Pattern CREDIT = Pattern.compile("[（(]?\\s*(?:"
			+ "(?:新华社|中新社|人民日报|本报|特约)?(?:特约|摄影|见习)?(?:记者|通讯员|摄影)\\s*(" + NAMES + ")\\s*摄(?:影)?"
			+ "|(" + NAMES + ")\\s*/\\s*(?:摄(?:影)?|作|绘)"
			+ "|" + NAME_START + "(" + NAMES + ")\\s*(?:供图|(?:作|绘)(?=" + SENT_NOTE + ")))" + SENT + "\\s*[）)]?$");

	/**
	 * The credits' last words: what a caption ends with, maybe in brackets or before a delivery note. A drawing's "作"
	 * or "绘" with no slash before it counts only before a delivery note: "…安全工作" ends in no credit.
	 */
	private static final Pattern CREDIT_END = Pattern.compile(
			"(?:(?:摄|摄影|供图|/\\s*(?:作|绘))" + SENT + "|(?:作|绘)" + SENT_NOTE + ")\\s*[）)]?\\s*$");

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

	/** What every credit ends with ("摄", "作", "供图", maybe in brackets): a quick test before the pattern's search. */
	private static boolean endsInCredit(String text) {
		return CREDIT_END.matcher(text).find();
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
		int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
		String role = group == 1 || group == 2 && m.group().contains("摄") ? "摄影" : "作者";
		List<Name> names = names(m.group(group), m.start(group));
		if (group == 3) {
			// With no role or slash before them, only names sign a drawing: the words before the last names that
			// look like names are the caption ("消费升级 翟桂溪作"), and "…的工作" ends in no credit.
			int first = names.size();
			while (first > 0 && ChineseNames.looksLikeName(names.get(first - 1).name())
					&& ChineseNames.hasSurname(names.get(first - 1).name())) {
				first--;
			}
			if (first == names.size()) {
				return Optional.empty();
			}
			names = names.subList(first, names.size());
		}
		List<Credit> credits = new ArrayList<>();
		for (Name name : names) {
			credits.add(new Credit(name.name(), role));
		}
		int creditStart = group == 3 ? names.get(0).start() : m.start();
		String caption = text.substring(0, creditStart).strip();
		return Optional.of(new SplitArticle(Headline.NONE, null, EventDay.find(null, caption).orElse(null),
				text.substring(creditStart).strip(), credits, true, caption));
	}

	/** A name of a credit, and where it starts in the caption. */
	private record Name(String name, int start) {
	}

	private static final Pattern TOKEN = Pattern.compile("[^\\s、]+");

	/** The names of a credit that starts at {@code offset}, a letter-spaced one ("徐 昱") rejoined. */
	private static List<Name> names(String names, int offset) {
		List<Name> out = new ArrayList<>();
		StringBuilder spaced = new StringBuilder();
		int spacedStart = -1;
		Matcher token = TOKEN.matcher(names);
		while (token.find()) {
			if (token.group().length() == 1) {
				spacedStart = spaced.isEmpty() ? offset + token.start() : spacedStart;
				spaced.append(token.group());
				continue;
			}
			if (!spaced.isEmpty()) {
				out.add(new Name(spaced.toString(), spacedStart));
				spaced.setLength(0);
			}
			out.add(new Name(token.group(), offset + token.start()));
		}
		if (!spaced.isEmpty()) {
			out.add(new Name(spaced.toString(), spacedStart));
		}
		return out;
	}

}
