package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one extracted line where two text frames were run together on it: at a dateline after a finished sentence
 * or after a dateline printed after a body, at a dateline begun at the line's end and finished on the next line,
 * between two bold (doubled) headlines or a bold and a plain phrase, and between a headline phrase and the next
 * frame's sentences. Every part after the first starts a block of its own.
 */
final class FrameCutter {

	/** A dateline run onto the end of another frame's last sentence: "…承办。（记者 朱磊）本报讯近日，…". */
	private static final Pattern INNER_DATELINE = Pattern.compile("(?<=[。！？”）) ])(?=(?:本报[\\p{IsHan}]{0,8}?讯"
			+ "|本报[\\p{IsHan}]{0,8}?" + DatelineParser.FULL_DATE + "电|据?新华社[\\p{IsHan}]{0,10}?" + DatelineParser.FULL_DATE
			+ "电))");

	/** A dateline printed after a body ("…之路。”（本报希腊萨洛尼卡电）") ends it; what follows on the line is another frame. */
	private static final Pattern AFTER_TRAILING_DATELINE = Pattern
		.compile("(?:^|[。！？”])[（(](?:本报|据?新华社)[\\p{IsHan}]{0,10}?" + DatelineParser.DATE + "[讯电][）)]");

	/** A commentary's author mark ("□ 嘉木") run onto the end of another line: it opens the next frame. */
	private static final Pattern BOX_AUTHOR_AFTER = Pattern.compile("(?<=\\S) *(?=[□■] *[\\p{IsHan}·]{2,8}$)");

	/**
	 * Two desks' bylines run together ("本报记者 贺勇 新华社记者 程士华"): the paper's reporter and the agency's write
	 * for different articles, so the second byline opens the next frame.
	 */
	private static final Pattern SECOND_DESK = Pattern
		.compile("^(?:本报(?:特约)?记者[ \\p{IsHan}·、]+?(?<=\\p{IsHan}) +(?=新华社(?:特约)?记者)"
				+ "|新华社(?:特约)?记者[ \\p{IsHan}·、]+?(?<=\\p{IsHan}) +(?=本报(?:特约)?记者))");

	/** The quarter-em gaps set around digits ("向 4 省区"), which are no phrase breaks. */
	private static final Pattern DIGIT_GAP = Pattern.compile("(?<=\\d) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=\\d)");

	/** Text that closes a bracket it did not open: the rest of a headline's bracketed part. */
	private static final Pattern CLOSES_BRACKET = Pattern.compile("^[^（(]*[）)].*");

	/** Marks a part cut off the line before it: it starts a block of its own. */
	static final String FRAME_START = "\u0000";

	private FrameCutter() {
	}

	/** The text of a part, without the mark that it starts a frame. */
	static String text(String part) {
		return part.replace(FRAME_START, "");
	}

	/** The part was cut off the line before it: it starts a block of its own. */
	static boolean startsFrame(String part) {
		return part.startsWith(FRAME_START);
	}

	/**
	 * Cuts a line where two text frames were run together: before a dateline that follows a finished sentence,
	 * and at a space between ideographs that parts a headline phrase (no punctuation) from sentences ("居文君战胜拉戈诺
	 * 春节长假已经结束。"): body text has no such space, except on a letter-spaced line.
	 */
	static List<String> cut(String raw, String nextRaw) {
		List<String> parts = new ArrayList<>();
		List<String> pieces = new ArrayList<>();
		Matcher desk = SECOND_DESK.matcher(raw.strip());
		if (desk.find()) {
			return List.of(raw.strip().substring(0, desk.end()).strip(), FRAME_START + raw.strip().substring(desk.end()));
		}
		Matcher box = BOX_AUTHOR_AFTER.matcher(raw.strip());
		if (box.find()) {
			List<String> before = new ArrayList<>(cut(raw.strip().substring(0, box.start()), ""));
			before.add(FRAME_START + raw.strip().substring(box.end()));
			return before;
		}
		for (String part : cutAtDatelines(raw, nextRaw)) {
			List<String> frames = boldFrames(part);
			pieces.add(frames.get(0));
			frames.subList(1, frames.size()).forEach(f -> pieces.add(FRAME_START + f));
		}
		for (String part : pieces) {
			int spaced = spacedHeadlineEnd(part);
			if (spaced > 0) {
				parts.add(part.substring(0, spaced).strip());
				parts.add(FRAME_START + part.substring(spaced).strip());
				continue;
			}
			int cut = -1;
			Matcher gap = FRAME_GAP.matcher(part);
			while (!LineNormalizer.isLetterSpaced(part.strip()) && gap.find()) {
				String head = part.substring(0, gap.end());
				String text = part.substring(gap.end());
				if (head.codePoints().anyMatch(Chars::isSentenceInner)) {
					break;
				}
				boolean sentences = text.contains("。") || text.contains("，");
				if (sentences && couldBeHeadline(head.strip()) && !CLOSES_BRACKET.matcher(text).matches()) {
					cut = gap.end();
				}
			}
			if (cut < 0) {
				parts.add(part);
			}
			else {
				parts.add(part.substring(0, cut).strip());
				parts.add(FRAME_START + part.substring(cut).strip());
			}
		}
		return parts;
	}

	/**
	 * A letter-spaced headline run onto the first line of the text beside it: "居 家 也 能 做 贡 献 “加班加点加油干，…".
	 * Where single characters set apart open the line and a run of unspaced text with a comma or full stop closes
	 * it, the run is another frame: a loose text line spreads all its characters, a headline none of its text's.
	 * (Colons and enumeration commas as well cut lines of real pages that hold no such title.) The index in
	 * {@code part} where that run starts, or -1. A part already cut off the line before it opens a frame already.
	 */
	static int spacedHeadlineEnd(String part) {
		String s = part.strip();
		if (startsFrame(s) || !LineNormalizer.isLetterSpaced(s)) {
			return -1;
		}
		String[] tokens = s.split(" +");
		int singles = 0;
		int at = 0;
		for (int t = 0; t < tokens.length; t++) {
			String token = tokens[t];
			long ideographs = token.codePoints().filter(Chars::isIdeograph).count();
			int where = part.indexOf(token, at);
			at = where + token.length();
			if (ideographs <= 1) {
				singles += ideographs == 1 ? 1 : 0;
				continue;
			}
			boolean text = t == tokens.length - 1 && ideographs >= SplitTuning.MIN_HEADLINE_CHARS
					&& (token.contains("，") || token.contains("。"));
			return text && singles >= SplitTuning.MIN_SPACED_HEADLINE_CHARS ? where : -1;
		}
		return -1;
	}

	/**
	 * Two bold headlines side by side come out as one line, each doubled: "XXYY", or "XX" and then plain text.
	 * Each doubled run of a headline's length ends a frame; the run is kept once, LineNormalizer undoes the rest.
	 */
	static List<String> boldFrames(String part) {
		String s = DIGIT_GAP.matcher(part.strip()).replaceAll("");
		if (s.startsWith(FRAME_START)) {
			return List.of(part);
		}
		List<String> spaced = letterSpacedBold(s);
		if (spaced != null) {
			return spaced;
		}
		if (s.contains(" ")) {
			// A phrase in bold beside one that is not: two frames ("XX 《求证》…").
			String[] phrases = s.split(" +");
			boolean[] bold = new boolean[phrases.length];
			boolean anyBold = false;
			for (int i = 0; i < phrases.length; i++) {
				bold[i] = isBold(phrases[i]);
				anyBold |= bold[i];
			}
			for (int i = 0; anyBold && i < phrases.length; i++) {
				// a short bold phrase beside a long one is doubled too ("江苏江苏 新兴市场新兴市场")
				bold[i] |= LineNormalizer.halve(phrases[i]).length() < phrases[i].length();
			}
			List<String> frames = new ArrayList<>();
			StringBuilder frame = new StringBuilder(phrases[0]);
			for (int i = 1; i < phrases.length; i++) {
				if (bold[i - 1] != bold[i]) {
					frames.add(frame.toString());
					frame.setLength(0);
				}
				else {
					frame.append(' ');
				}
				frame.append(phrases[i]);
			}
			frames.add(frame.toString());
			return frames.size() == 1 ? List.of(part) : frames;
		}
		for (int len = s.length() / 2; len >= SplitTuning.MIN_HEADLINE_CHARS; len--) {
			if (s.regionMatches(0, s, len, len)) {
				String rest = s.substring(2 * len);
				// "XX··YY" is one headline in phrases set in bold one by one.
				if (rest.isEmpty() || (Chars.isCjkPunct(rest.codePointAt(0)) && "“《（「‘".indexOf(rest.charAt(0)) < 0)) {
					return List.of(part);
				}
				List<String> frames = new ArrayList<>();
				frames.add(s.substring(0, len));
				frames.addAll(boldFrames(rest));
				return frames;
			}
		}
		return List.of(part);
	}

	/**
	 * A letter-spaced bold headline comes out doubled with its spaces ("把 好 第 一 道 关把 好 第 一 道 关武汉…"), so
	 * the doubled run is found on the line without spaces. The run is kept doubled, so the line still reads as bold;
	 * null when the line does not open with such a run followed by something else.
	 */
	private static List<String> letterSpacedBold(String s) {
		String compact = s.replace(" ", "").replace("\u3000", "");
		for (int len = compact.length() / 2; len >= SplitTuning.MIN_HEADLINE_CHARS; len--) {
			if (!compact.regionMatches(0, compact, len, len)) {
				continue;
			}
			int end = rawIndex(s, 2 * len);
			int spaces = (int) s.substring(0, rawIndex(s, len)).chars().filter(c -> c == ' ').count();
			if (end >= s.length() || spaces < SplitTuning.SPACED_SHARE * (len - 1)) {
				return null;
			}
			List<String> frames = new ArrayList<>();
			frames.add(compact.substring(0, 2 * len));
			frames.addAll(boldFrames(s.substring(end).strip()));
			return frames;
		}
		return null;
	}

	/** Where the {@code compactIndex}-th character that is not a space stands in {@code s}. */
	static int rawIndex(String s, int compactIndex) {
		int seen = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == ' ' || s.charAt(i) == '\u3000') {
				continue;
			}
			if (seen == compactIndex) {
				return i;
			}
			seen++;
		}
		return s.length();
	}

	private static boolean isBold(String phrase) {
		return phrase.length() >= 6 && phrase.length() % 2 == 0
				&& phrase.regionMatches(0, phrase, phrase.length() / 2, phrase.length() / 2);
	}

	/** Not a dateline, not the opening of a byline, not a few letter-spaced characters. */
	private static boolean couldBeHeadline(String head) {
		long open = head.chars().filter(c -> c == '（' || c == '(').count();
		long close = head.chars().filter(c -> c == '）' || c == ')').count();
		return head.codePoints().filter(Chars::isIdeograph).count() >= SplitTuning.MIN_HEADLINE_CHARS && open == close
				&& !DatelineParser.startsWithDateline(head) && !head.endsWith("电") && !head.endsWith("讯");
	}

	private static final Pattern FRAME_GAP = Pattern.compile("[\\p{IsHan}）)”》](?= +[\\p{IsHan}“《])");

	static List<String> cutAtDatelines(String raw, String nextRaw) {
		List<String> parts = new ArrayList<>();
		String text = raw.strip();
		Matcher after = AFTER_TRAILING_DATELINE.matcher(text);
		if (after.find() && after.end() < text.length()) {
			parts.addAll(cutAtDatelines(text.substring(0, after.end()), ""));
			parts.add(FRAME_START + text.substring(after.end()).strip());
			return parts;
		}
		Matcher m = INNER_DATELINE.matcher(text);
		int from = 0;
		while (m.find()) {
			if (m.start() > from) {
				parts.add(text.substring(from, m.start()));
				from = m.start();
			}
		}
		String last = text.substring(from);
		int straddle = straddlingDateline(last, nextRaw.strip());
		if (straddle > 0) {
			parts.add(last.substring(0, straddle));
			parts.add(FRAME_START + last.substring(straddle));
			return parts;
		}
		parts.add(last);
		return parts;
	}

	/** The start of an agency's or paper's dateline begun at the end of a line: "…滚烫的心据新华社金边1月21 / 日电…". */
	private static final Pattern DATELINE_HEAD = Pattern.compile("(?:据?新华社|本报)[\\p{IsHan}\\d年月日]{0,14}$");

	/** Where a dateline that ends on the next line begins on this one (after other text), or -1. */
	static int straddlingDateline(String line, String next) {
		Matcher m = DATELINE_HEAD.matcher(line);
		// "（本报希腊萨洛尼卡 / 电）" is a dateline printed after its text, in parentheses: nothing to cut.
		if (!m.find() || m.start() == 0 || next.isEmpty() || "（(".indexOf(line.charAt(m.start() - 1)) >= 0) {
			return -1;
		}
		String joined = line.substring(m.start()) + next;
		boolean complete = DatelineParser.startsWithOwnDateline(joined)
				&& !DatelineParser.startsWithOwnDateline(line.substring(m.start()));
		return complete ? m.start() : -1;
	}

}
