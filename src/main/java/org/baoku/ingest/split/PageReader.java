package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the extracted text of a page into normalized lines grouped into blocks. The extractor's blank lines do not
 * always fall between articles: a headline, a byline and the next article's first lines can come out as one block,
 * and two text frames side by side can even come out on one line. So a block is also cut where a line opens an
 * article (a dateline), around a byline printed on its own line, and a line is cut where a dateline follows the end
 * of a sentence.
 */
public final class PageReader {

	/** A dateline run onto the end of another frame's last sentence: "…承办。（记者 朱磊）本报讯近日，…". */
	private static final Pattern INNER_DATELINE = Pattern.compile("(?<=[。！？”）) ])(?=(?:本报[\\p{IsHan}]{0,8}?讯"
			+ "|本报[\\p{IsHan}]{0,8}?\\d{1,2}月\\d{1,2}日电|据?新华社[\\p{IsHan}]{0,10}?\\d{1,2}月\\d{1,2}日电))");

	private PageReader() {
	}

	public static List<Block> read(String pageText) {
		List<Block> blocks = new ArrayList<>();
		List<Line> current = new ArrayList<>();
		// Whether the block being gathered was cut from the one above it.
		boolean joined = false;
		String[] rawLines = pageText.split("\\R", -1);
		for (int r = 0; r < rawLines.length; r++) {
			String raw = rawLines[r];
			// An indented line starts a text frame of its own even without a blank line above it.
			if (raw.isBlank() || Character.isWhitespace(raw.charAt(0))) {
				flush(blocks, current, joined);
				joined = false;
			}
			for (String part : cutAtFrames(raw, r + 1 < rawLines.length ? rawLines[r + 1] : "")) {
				Line line = Line.of(part.replace(FRAME_START, ""));
				if (line.text().isEmpty()) {
					continue;
				}
				boolean byline = BylineParser.ownLine(line.text()).isPresent();
				boolean opens = DatelineParser.startsWithDateline(line.text()) || part.startsWith(FRAME_START);
				if (byline || (!current.isEmpty() && opens)) {
					if (flush(blocks, current, joined)) {
						joined = true;
					}
				}
				current.add(line);
				if (byline) {
					flush(blocks, current, joined);
					joined = true;
				}
			}
		}
		flush(blocks, current, joined);
		return cutOpeningLines(cutStrayLines(blocks));
	}

	/**
	 * The first line of an article's text, printed right under its headline, comes out in the headline's block:
	 * "印度经济增速持续放缓 / 近日，联合国举行仪式…". A last line that opens as text usually does ("近日", "12日") under
	 * lines that read as a headline is cut off. (A comma or a break inside a word proved too weak: headlines have
	 * both when they are grouped together.) under lines that read as a headline is cut off as a block of its own.
	 */
	static List<Block> cutOpeningLines(List<Block> blocks) {
		List<Block> out = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
			if (block.size() >= 2 && (opensTextUnderHeadline(block) || textUnderBoldHeading(block, next))) {
				add(out, block.lines().subList(0, block.size() - 1), block.joinedAbove());
				add(out, block.lines().subList(block.size() - 1, block.size()), true);
			}
			else {
				add(out, block.lines(), block.joinedAbove());
			}
		}
		return out;
	}

	/**
	 * A bold heading with a plain line under it that runs on into the next block, mid-word or mid-sentence: the
	 * plain line is the first line of the text under the heading ("相声小品接地气 / 2019年元宵晚会是中央广 // 播电视…").
	 */
	private static boolean textUnderBoldHeading(Block block, Block next) {
		Line last = block.last();
		if (next == null || last.doubled() || last.endsSentence() || next.size() < 2
				|| !block.lines().subList(0, block.size() - 1).stream().allMatch(Line::doubled)
				|| !BlockClassifier.hasBodyShape(next)) {
			return false;
		}
		String after = next.first().text();
		return BlockClassifier.startsMidSentence(after) || WordBreaks.insideWord(last.text(), after);
	}

	private static boolean opensTextUnderHeadline(Block block) {
		List<Line> above = block.lines().subList(0, block.size() - 1);
		if (above.stream().anyMatch(l -> l.text().codePoints().anyMatch(c -> Chars.isSentenceInner(c) || c == '。'))) {
			return false;
		}
		Line last = block.last();
		String text = last.text();
		if (last.doubled() || last.endsSentence() || BlockClassifier.endsWithColumnTag(block)
				|| DatelineParser.startsWithDateline(text) || BylineParser.ownLine(text).isPresent()) {
			return false;
		}
		return BlockClassifier.OPENING.matcher(text).find();
	}

	/**
	 * A text block's lines are set at its column's width, and the only short line of a paragraph is its last, which
	 * ends a sentence. So a short first line that ends no sentence ("有了灯光，也要留住星光(域外听风)") is a headline the
	 * extractor ran onto the text below it (when it looks like one), and so is a short last line after a finished paragraph: both are cut
	 * off as blocks of their own.
	 */
	static List<Block> cutStrayLines(List<Block> blocks) {
		List<Block> out = new ArrayList<>();
		for (Block block : blocks) {
			List<Line> lines = block.lines();
			boolean joined = block.joinedAbove();
			if (lines.size() >= 2) {
				double column = lines.size() >= SplitTuning.STRAY_MIN_BLOCK_LINES ? block.columnWidth() : 0;
				int from = 0;
				int to = lines.size();
				Line first = lines.get(0);
				if (BlockClassifier.isColumnTitle(first) || isStray(first, column) && looksLikeHeadline(first)) {
					add(out, lines.subList(0, 1), joined);
					joined = true;
					from = 1;
				}
				Line last = lines.get(to - 1);
				if ((BlockClassifier.isColumnTitle(last) || isStray(last, column)) && lines.get(to - 2).endsSentence()
						&& to - 1 > from) {
					add(out, lines.subList(from, to - 1), joined);
					add(out, lines.subList(to - 1, to), true);
					continue;
				}
				add(out, lines.subList(from, to), joined);
				continue;
			}
			add(out, lines, joined);
		}
		return out;
	}

	private static boolean isStray(Line line, double column) {
		return line.width() < SplitTuning.STRAY_LINE_SHARE * column && !line.endsSentence()
				&& !Chars.isSentenceInner(Chars.last(line.text())) && BylineParser.trailing(line.text()).isEmpty();
	}

	/**
	 * A short line at the top of a block may also open a paragraph set around a picture, so only a line in bold or
	 * ending with a column tag ("（今日谈）") is taken for a headline there.
	 */
	private static boolean looksLikeHeadline(Line line) {
		int last = Chars.last(line.text());
		return (line.doubled() || last == '）' || last == ')') && !DatelineParser.startsWithDateline(line.text());
	}

	private static void add(List<Block> out, List<Line> lines, boolean joinedAbove) {
		out.add(new Block(out.size(), List.copyOf(lines), joinedAbove));
	}

	/** A dateline printed after a body ("…之路。”（本报希腊萨洛尼卡电）") ends it; what follows on the line is another frame. */
	private static final Pattern AFTER_TRAILING_DATELINE = Pattern
		.compile("(?:^|[。！？”])[（(](?:本报|据?新华社)[\\p{IsHan}]{0,10}?(?:\\d{1,2}月)?(?:\\d{1,2}日)?[讯电][）)]");

	/** Marks the second part of a line cut by {@link #cutAtFrames}: it starts a block of its own. */
	private static final String FRAME_START = "\u0000";

	/**
	 * Cuts a line where two text frames were run together: before a dateline that follows a finished sentence,
	 * and at a space between ideographs that parts a headline phrase (no punctuation) from sentences ("居文君战胜拉戈诺
	 * 春节长假已经结束。"): body text has no such space, except on a letter-spaced line.
	 */
	static List<String> cutAtFrames(String raw, String nextRaw) {
		List<String> parts = new ArrayList<>();
		List<String> pieces = new ArrayList<>();
		for (String part : cutAtDatelines(raw, nextRaw)) {
			List<String> frames = boldFrames(part);
			pieces.add(frames.get(0));
			frames.subList(1, frames.size()).forEach(f -> pieces.add(FRAME_START + f));
		}
		for (String part : pieces) {
			int cut = -1;
			Matcher gap = FRAME_GAP.matcher(part);
			while (!LineNormalizer.isLetterSpaced(part.strip()) && gap.find()) {
				String head = part.substring(0, gap.end());
				String text = part.substring(gap.end());
				if (head.codePoints().anyMatch(Chars::isSentenceInner)) {
					break;
				}
				if ((text.contains("。") || text.contains("，")) && couldBeHeadline(head.strip()) && !text.matches("^[^（(]*[）)].*")) {
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
	 * Two bold headlines side by side come out as one line, each doubled: "XXYY", or "XX" and then plain text.
	 * Each doubled run of a headline's length ends a frame; the run is kept once, LineNormalizer undoes the rest.
	 */
	static List<String> boldFrames(String part) {
		// The quarter-em gaps set around digits ("向 4 省区") are no phrase breaks.
		String s = part.strip().replaceAll("(?<=\\d) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=\\d)", "");
		if (s.startsWith(FRAME_START)) {
			return List.of(part);
		}
		if (s.contains(" ")) {
			// A phrase in bold beside one that is not: two frames ("XX 《求证》…").
			String[] phrases = s.split(" +");
			List<String> frames = new ArrayList<>();
			StringBuilder frame = new StringBuilder(phrases[0]);
			for (int i = 1; i < phrases.length; i++) {
				if (isBold(phrases[i - 1]) != isBold(phrases[i])) {
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
		if (!m.find() || m.start() == 0 || next.isEmpty()) {
			return -1;
		}
		String joined = line.substring(m.start()) + next;
		boolean complete = DatelineParser.startsWithOwnDateline(joined)
				&& !DatelineParser.startsWithOwnDateline(line.substring(m.start()));
		return complete ? m.start() : -1;
	}

	/** Ends the current block; true when there was one, so the next block is joined to it. */
	private static boolean flush(List<Block> blocks, List<Line> current, boolean joinedAbove) {
		if (current.isEmpty()) {
			return false;
		}
		blocks.add(new Block(blocks.size(), List.copyOf(current), joinedAbove));
		current.clear();
		return true;
	}

}
