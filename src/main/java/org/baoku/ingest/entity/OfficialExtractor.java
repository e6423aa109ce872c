package org.baoku.ingest.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.ingest.split.ChineseNames;

/**
 * Finds officials in an article by how Chinese reports name them: a title chain right before the name
 * ("省委常委、市委书记王卫东"), one title shared by a list ("市领导李小牛、姜晓东…出席"), and the closing list of
 * leaders who attended ("王卫东、班果分别参加。").
 */
public final class OfficialExtractor {

	private static final String TITLE_END = "总书记|副书记|书记|常委|委员|副主任|主任|副主席|主席|副省长|省长|副市长|市长|副州长|州长|副县长|县长"
			+ "|副区长|区长|副乡长|乡长|副镇长|镇长|副厅长|厅长|副局长|局长|副部长|部长|副处长|处长|署长|司令员|政委|检察长|法院院长|副总理|总理"
			+ "|国务委员|秘书长|组长|(?<=[市省县区州])领导|行政长官|总统|副总统|首相|外长|大使|议长|党组成员|盟长|旗长|主委|巡视员";

	/** A company title ends an official's chain only after a party office in it ("党组书记、董事长汪东进"). */
	private static final String COMPANY_END = "副董事长|董事长|副总经理|总经理|董事|副总裁|总裁";

	private static final Pattern TITLE_THEN_NAME = Pattern
		.compile("(" + TITLE_END + "|" + COMPANY_END + ")([\\p{IsHan}·]{2,14})");

	/**
	 * The characters a title starts with. Only there is the regex tried: trying all ~70 titles at every character
	 * of an article had been a fifth of the whole split's time.
	 */
	private static final CharTable TITLE_STARTS = CharTable.ofFirstCharacters(TITLE_END + "|" + COMPANY_END);

	/** A title chain part that ends in a title ("海西州政府副州长"). */
	private static final Pattern ENDS_IN_TITLE = Pattern.compile("(?:" + TITLE_END + ")$");

	private static final Pattern COMPANY_TITLE = Pattern.compile("(?:" + COMPANY_END + ")$");

	private static final Pattern OFFICE = Pattern.compile(TITLE_END);

	private final NameFinder fallback;

	private final Set<String> known;

	/** Rules, with smartcn's word boundaries where the rules cannot tell where a name ends. */
	public OfficialExtractor() {
		this(Set.of());
	}

	/** @param knownOfficials officials already in the archive: a name found at a title is taken as it stands there */
	public OfficialExtractor(Set<String> knownOfficials) {
		this(NameFinder.SEGMENTER, knownOfficials);
	}

	OfficialExtractor(NameFinder fallback) {
		this(fallback, Set.of());
	}

	OfficialExtractor(NameFinder fallback, Set<String> knownOfficials) {
		this.fallback = fallback;
		this.known = Set.copyOf(knownOfficials);
	}

	/** Words that may follow a name directly: the name ends where one of them begins. */
	private static final Pattern AFTER_NAME = Pattern.compile("^(?:[，、。；：,（(\\s]|$|出席|主持|参加|讲话|表示|指出|强调|致辞|陪同|调研|在|说|"
			+ "会见|作|带队|带领|一行|等|分别|首先|详细|深入|来到|走进|察看|宣布|宣读|代表|同|与|和|对|向|为|要求|率|听取|介绍|赴|先后|会同|主讲|通报|"
			+ "传达|看望|慰问|实地|边走|仔细|勉励|希望|还|也|就|是|到|以|从|及|并|签署|签订|出任|发表|回答|接受|考察|召开|参观|检查|督导|宣讲|部署)");

	private static final Pattern DELIMITER = Pattern.compile("[，。；：！？“”（）()\\n]");

	private static final Pattern CLOSING_LIST = Pattern
		.compile("(?:^|[。\\n])((?:[\\p{IsHan}·]{2,12}?、)*[\\p{IsHan}·]{2,12}?)(?:分别|等)?(?:参加|出席|陪同)(?:活动|会议|调研|考察)?。");

	public List<OfficialMention> extract(String text, Collection<String> notOfficials) {
		Set<String> excluded = Set.copyOf(notOfficials);
		Map<String, OfficialMention> found = new LinkedHashMap<>();
		String flat = text.replace("\n", "");
		Matcher m = TITLE_THEN_NAME.matcher(flat).useTransparentBounds(true);
		int from = 0;
		while (from < flat.length() && findTitle(m, flat, from, flat.length())) {
			int nameStart = m.start(2);
			String title = titleBefore(flat, m.end(1));
			String name = knownAt(flat, nameStart);
			if (name == null) {
				name = nameAt(flat, nameStart);
			}
			if (name == null) {
				name = fallback.nameAt(flat, nameStart);
			}
			boolean companyOnly = COMPANY_TITLE.matcher(m.group(1)).find() && !OFFICE.matcher(title).find();
			if (name == null || companyOnly) {
				from = m.start() + 1;
				continue;
			}
			add(found, excluded, name, title);
			int at = nameStart + name.length();
			// "中央军委委员刘振立、苗华、张升民出席": the title covers the whole list.
			while (at < flat.length() && flat.charAt(at) == '、') {
				String next = nameAt(flat, at + 1);
				if (next == null || isTitled(flat, at + 1)) {
					break;
				}
				add(found, excluded, next, title);
				at += 1 + next.length();
			}
			from = Math.max(at, m.start() + 1);
		}
		Matcher closing = CLOSING_LIST.matcher(flat);
		while (closing.find()) {
			for (String name : closing.group(1).split("、")) {
				if (ChineseNames.looksLikeName(name)
						&& (known.contains(name) || ChineseNames.hasSurname(name) || name.contains("·"))) {
					found.putIfAbsent(name, new OfficialMention(name, ""));
					if (excluded.contains(name)) {
						found.remove(name);
					}
				}
			}
		}
		return new ArrayList<>(found.values());
	}

	private static void add(Map<String, OfficialMention> found, Set<String> excluded, String name, String title) {
		if (!excluded.contains(name)) {
			found.putIfAbsent(name, new OfficialMention(name, title));
		}
	}

	/** The next title chain starts here ("市委常委、副市长X" after a list): the list has ended. */
	private static boolean isTitled(String text, int at) {
		// Only a match starting within 12 characters counts, so the search need not run to the end of the text.
		Matcher m = TITLE_THEN_NAME.matcher(text).useTransparentBounds(true);
		return findTitle(m, text, at, Math.min(text.length(), at + 12)) && nameAt(text, m.start(2)) != null
				&& !DELIMITER.matcher(text.substring(at, m.start())).find() && m.start() > at;
	}

	/**
	 * As {@code m.find(from)} for a match starting before {@code before}: the first place a title starts where the
	 * regex matches.
	 */
	private static boolean findTitle(Matcher m, String text, int from, int before) {
		for (int at = from; at < before; at++) {
			if (TITLE_STARTS.has(text.charAt(at)) && m.region(at, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** A name of two or three characters (or a transliterated one with ·) followed by something a name ends at. */
	static String nameAt(String text, int start) {
		int dot = text.indexOf('·', start);
		if (dot > start && dot - start <= 5) {
			int end = dot + 1;
			while (end < text.length() && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN
					&& end - start < 14) {
				end++;
				if (endsName(text, end) && end - dot >= 3) {
					return text.substring(start, end);
				}
			}
		}
		String two = candidate(text, start, 2);
		String three = candidate(text, start, 3);
		// "芦婷说：": a third character that is itself a word a name ends at belongs after the name.
		if (three != null && two != null && endsName(text, start + 2)) {
			return two;
		}
		return three != null ? three : two;
	}

	/** The longest official already in the archive whose name starts here. */
	private String knownAt(String text, int start) {
		for (int len = Math.min(12, text.length() - start); len >= 2; len--) {
			if (known.contains(text.substring(start, start + len))) {
				return text.substring(start, start + len);
			}
		}
		return null;
	}

	private static String candidate(String text, int start, int len) {
		if (start + len > text.length()) {
			return null;
		}
		String name = text.substring(start, start + len);
		boolean han = name.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return han && ChineseNames.hasSurname(name) && endsName(text, start + len) ? name : null;
	}

	/** A name may end at {@code at}: what follows is a word a name ends at, or nothing. */
	private static boolean endsName(String text, int at) {
		return AFTER_NAME.matcher(text).region(at, text.length()).lookingAt();
	}

	/** The title chain before a name, back to the last sentence delimiter. */
	private static String titleBefore(String text, int titleEnd) {
		int start = titleEnd;
		while (start > 0 && !DELIMITER.matcher(String.valueOf(text.charAt(start - 1))).matches()
				&& titleEnd - start < 40) {
			start--;
		}
		String chain = text.substring(start, titleEnd);
		String[] parts = chain.split("、");
		// Keep the trailing parts that are titles themselves; "刘强峰、海西州政府副州长" keeps the last part only.
		int keep = parts.length - 1;
		while (keep > 0 && ENDS_IN_TITLE.matcher(parts[keep - 1]).find()) {
			keep--;
		}
		String title = String.join("、", Arrays.copyOfRange(parts, keep, parts.length));
		return title.replaceFirst("^.*?(?:在|由|同|陪同下|会见|邀请|听取)", "");
	}

}
