package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back together a dateline the extractor broke over a blank line: the top line of a text frame that stands
 * level with the end of a headline comes out on the headline's last line or right under it, and the rest of the
 * frame after a blank line ("…滚烫的心 / 据新华社金边1月21 / (blank) / 日电 柬埔寨…"), sometimes inside its byline
 * ("…电（记 / (blank) / 者 毛鹏飞）…"). Left as it is, the dateline's
 * head reads as part of the headline and the text opens with "日电". The head is moved to a line of its own right
 * above the line that finishes it, where the text's first block begins.
 */
final class BrokenDatelines {

	/** The start of an agency's or the paper's dateline at the end of a line, letter-spacing removed. */
	private static final Pattern HEAD = Pattern
		.compile("(?:据?(?:新华社|中新社)|本报)(?:(?!记者|通讯员|新华社|本报)\\p{IsHan}){0,10}?(?:\\d{4}年?)?(?:\\d{1,2}月?)?(?:\\d{1,2}日?)?$");

	/** A whole dateline whose byline in brackets is broken off after its first characters ("…1月21日电（记"). */
	private static final Pattern HEAD_WITH_BYLINE = Pattern
		.compile("(?:据?(?:新华社|中新社)|本报)[\\p{IsHan}\\d]{0,16}?[电讯][（(][\\p{IsHan}]{0,6}$");

	private BrokenDatelines() {
	}

	static String[] mend(String[] rawLines) {
		List<String> out = new ArrayList<>();
		for (int r = 0; r < rawLines.length; r++) {
			String line = rawLines[r];
			int next = r + 1;
			while (next < rawLines.length && rawLines[next].isBlank()) {
				next++;
			}
			String compact = line.replace(" ", "").replace("\u3000", "");
			Matcher withByline = HEAD_WITH_BYLINE.matcher(compact);
			boolean bylineBroken = withByline.find() && closesBracketSoon(rawLines, next);
			Matcher m = bylineBroken ? withByline : HEAD.matcher(compact);
			if (line.isBlank() || next == r + 1 || next == rawLines.length || !bylineBroken && !m.find()) {
				out.add(line);
				continue;
			}
			String head = m.group();
			if (m.start() > 0 && "（(".indexOf(line.replace(" ", "").replace("\u3000", "").charAt(m.start() - 1)) >= 0) {
				out.add(line);
				continue;
			}
			String joined = head + rawLines[next].strip().replace(" ", "");
			if (!bylineBroken && (DatelineParser.startsWithDateline(head) || !DatelineParser.startsWithDateline(joined))) {
				out.add(line);
				continue;
			}
			String before = line.substring(0, FrameCutter.rawIndex(line, m.start())).stripTrailing();
			if (!before.isEmpty()) {
				out.add(before);
			}
			// On a line of its own right above the rest, so the text's lines keep their widths, starting a block.
			out.add(FrameCutter.FRAME_START + head);
			r = next - 1;
		}
		return out.toArray(String[]::new);
	}

	/** The next line closes the byline's bracket within a few names ("者 毛鹏飞 高炳南）柬埔寨…"). */
	private static boolean closesBracketSoon(String[] rawLines, int next) {
		if (next >= rawLines.length) {
			return false;
		}
		String text = rawLines[next].strip();
		int close = Math.max(text.indexOf('）'), text.indexOf(')'));
		int open = Math.max(text.indexOf('（'), text.indexOf('('));
		return close > 0 && close <= SplitTuning.BROKEN_BYLINE_CHARS && (open < 0 || open > close);
	}

}
