package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts stray lines off blocks: a headline line the extractor ran onto a text block, and an article's first line
 * printed in its headline's block. Each cut-off part is a block of its own, joined to the one above it.
 */
final class BlockCutter {

	private BlockCutter() {
	}

	/**
	 * The first line of an article's text, printed right under its headline, comes out in the headline's block:
	 * "印度经济增速持续放缓 / 近日，联合国举行仪式…". A last line that opens as text usually does ("近日", "12日") under
	 * lines that read as a headline is cut off as a block of its own. (A comma or a break inside a word proved too
	 * weak: headlines have both when they are grouped together.)
	 */
	static List<Block> cutOpeningLines(List<Block> blocks) {
		List<Block> out = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
			int bold = leadingBoldLines(block, next);
			if (bold > 0 && bold < block.size()) {
				add(out, block.lines().subList(0, bold), block.joinedAbove());
				add(out, block.lines().subList(bold, block.size()), true);
			}
			else if (block.size() >= 2 && (opensTextUnderHeadline(block) || textUnderBoldHeading(block, next)
					|| indentedUnderHeadline(block, next) || titleGoesOnBelow(block, next)
					|| namesUnderHeadline(block, next))) {
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
	 * Bold (doubled) lines are headlines or headings and no text line is bold. Plain lines under bold ones in one
	 * block are the same headline's main title or subtitle when they read as one (a bold kicker above a plain
	 * title), but something else when they end mid-sentence or hold a full stop (the text: "县域医疗下好“一盘棋” /
	 * 河南郸城县地处黄淮平原腹地，"), only names (a byline), a complete title of their own ("…（凭栏处）"), a
	 * kicker that leads into the title below it ("外交部发言人——"), a paragraph's indented first line running on
	 * into the next block, or anything but a subtitle under a bold title that ends with its column tag. The number of bold lines a block opens with, when such plain lines follow them; else 0.
	 */
	private static int leadingBoldLines(Block block, Block next) {
		int n = 0;
		while (n < block.size() && block.lines().get(n).doubled()) {
			n++;
		}
		if (n == 0 || n == block.size()) {
			return 0;
		}
		Block rest = new Block(block.index(), block.lines().subList(n, block.size()));
		String text = rest.joined();
		int last = Chars.last(text);
		boolean other = text.contains("。") || last == '，' || last == '；' || last == '、'
				|| BlockClassifier.endsWithColumnTag(rest) || BylineParser.onlyNames(rest.text(" "))
				|| HeadlineShapes.leadsOn(rest.last().text())
				|| next != null && BlockClassifier.indentedOpening(rest, next)
				|| BlockClassifier.isBoldColumnTitle(block.lines().get(n - 1)) && !rest.first().text().startsWith("——");
		return other ? n : 0;
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

	/**
	 * A paragraph's indented first line, running on into the next block, under lines with no sentence punctuation:
	 * "成都地铁 交通线也是风景线 / “麻烦帮我们在这面墙 // 前留个影哈。”…".
	 */
	private static boolean indentedUnderHeadline(Block block, Block next) {
		return next != null && noSentenceAboveLast(block)
				&& BlockClassifier.indentedOpening(new Block(block.index(), List.of(block.last())), next);
	}

	/** The lines above the block's last hold no full stop or comma: they read as a headline. */
	private static boolean noSentenceAboveLast(Block block) {
		return block.lines().subList(0, block.size() - 1).stream()
			.noneMatch(l -> l.text().contains("。") || l.text().contains("，"));
	}

	/**
	 * A headline line ending with a comma goes on in the headline below it, not in the one it is printed with:
	 * "今年首次大范围雨雪天气来临 / 最美菜单， // 美的是挂念（民生观）" holds the end of one title and the start of the next.
	 */
	private static boolean titleGoesOnBelow(Block block, Block next) {
		String last = block.last().text();
		String before = block.lines().get(block.size() - 2).text();
		return next != null && block.size() >= 2 && last.endsWith("，") && !Chars.isCjkPunct(Chars.last(before))
				&& block.lines().stream().allMatch(Line::doubled) && !BlockClassifier.hasBodyShape(next)
				&& next.size() <= 2;
	}

	/** Names alone under lines with no sentence punctuation, above more text: a headline and its byline. */
	private static boolean namesUnderHeadline(Block block, Block next) {
		return next != null && noSentenceAboveLast(block) && BylineParser.namesOnly(block.last().text()).isPresent();
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

}
