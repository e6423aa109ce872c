package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.ingest.split.JumpLines;
import org.baoku.ingest.split.ArticleReader;
import org.baoku.ingest.split.Byline;
import org.baoku.ingest.split.DatelineParser;
import org.baoku.ingest.split.Briefs;
import org.baoku.ingest.split.BylineParser;
import org.baoku.ingest.split.ChineseNames;
import org.baoku.ingest.split.Credit;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;

/**
 * Reads one module as an article: the headline's roles from type size (the biggest lines are the title, smaller ones
 * above it the kicker, below it the subtitle, a byline among them the byline), paragraphs from indents, then the
 * dateline and bylines as the text splitter reads them.
 */
final class ModuleReader {

	private ModuleReader() {
	}

	static SplitArticle read(Module module, double em, Set<String> knownReporters) {
		List<Byline> headBylines = new ArrayList<>();
		Headline headline = module.head == null ? Headline.NONE : headline(module.head, headBylines, em);
		for (HeadGroup byline : module.bylines) {
			if (byline.isVertical()) {
				AuthorLines.read(byline).ifPresent(headBylines::add);
				continue;
			}
			// A line read as a byline only because the role model is sure of it keeps its words, naming no one the
			// rules cannot read.
			byline.lines()
				.forEach(l -> ModuleAssembler.bylineLine(l, em)
					.or(() -> BylineParser.authorLine(l.text()))
					.or(() -> l.surely(Roles.BYLINE) ? Optional.of(new Byline(l.text().strip(), List.of(), false))
							: Optional.empty())
					.ifPresent(headBylines::add));
		}
		List<String> paragraphs = new ArrayList<>();
		boolean continued = false;
		StringBuilder paragraph = new StringBuilder();
		for (ColumnBlock block : module.blocks) {
			if (block == module.blocks.get(0) && module.blocks.size() > 1 && isBylineBlock(block, em)) {
				// A line of names alone set as a block of its own over the text ("魏本貌 刘萌"): the byline.
				headBylines.add(ModuleAssembler.bylineLine(block.first(), em).orElseThrow());
				continue;
			}
			HeadGroup sub = module.subheadings.get(block);
			if (sub != null) {
				flush(paragraph, paragraphs);
				paragraphs.add(clean(sub.text()));
			}
			double edge = block.columnLeft();
			TextLine previous = null;
			for (TextLine line : block.lines()) {
				String text = clean(line.text());
				if (block == module.blocks.get(0) && line == block.first() && opensWithNamesAlone(block, em)) {
					// A line of names alone heading the text, set as a paragraph of its own ("金歆 庄颖娜"): the byline.
					headBylines.add(ModuleAssembler.bylineLine(line, em).orElseThrow());
					continue;
				}
				if (JumpLines.isJump(text)) {
					continued |= text.contains("转");
					continue;
				}
				// A byline or dateline on a line of its own is no part of the paragraph around it.
				boolean standsAlone = BylineParser.ownLine(text).isPresent() || DatelineParser.trailing(text)
					.map(d -> d.rest().isBlank()).orElse(false);
				// A line set flush right that closes a parenthesis goes on it: "（本报希腊萨洛尼卡" / "电）".
				boolean closesFlushRight = line.left() - edge > LayoutTuning.INDENT_MAX_EM * em && opensParenthesis(paragraph);
				boolean indented = line.left() - edge >= LayoutTuning.INDENT_MIN_EM * em && !closesFlushRight;
				// OCR's boxes wander by a character's width: on a scan a line runs on unless the text before it
				// ends a sentence ("郑重提出：“党的根" / "本政治目的是…" is one paragraph).
				if (indented && ScannedPage.isRead(line) && !endsSentence(paragraph)) {
					indented = false;
				}
				if (standsAlone || indented) {
					flush(paragraph, paragraphs);
				}
				if (previous != null && namesWrap(paragraph, text)
						&& (block.right() - previous.right() >= LayoutTuning.WRAPPED_AT_SPACE_EM * em
								|| twoWholeNames(paragraph, text))) {
					// Names in parentheses wrapped at the space between two of them: the line ends short of the
					// column's edge ("（魏本貌" / "刘萌）"), or, justified flush, a whole name stands on either side
					// ("（江琳" / "曾宇昕）"); a name wrapped inside itself ends flush ("（记者梅" / "世雄）").
					paragraph.append(' ');
				}
				paragraph.append(text);
				previous = line;
				// A line ending short of the column on its authors in brackets closes its paragraph, set flush or
				// not: a brief of a column of them ("…应邀出席。（记者梅常伟）").
				if (standsAlone || block.right() - line.right() >= LayoutTuning.WRAPPED_AT_SPACE_EM * em
						&& Briefs.closingCredit(paragraph.toString()).isPresent()) {
					flush(paragraph, paragraphs);
				}
			}
		}
		flush(paragraph, paragraphs);
		continued |= module.jumpLine != null && module.jumpLine.text().contains("转");
		Byline leadingAuthor = null;
		if (!paragraphs.isEmpty()) {
			Optional<Byline> own = BylineParser.ownLine(paragraphs.get(0));
			if (own.isPresent() && paragraphs.size() > 1) {
				leadingAuthor = own.get();
				paragraphs.remove(0);
			}
		}
		Byline trailingAuthor = null;
		if (paragraphs.size() > 1) {
			Optional<Byline> own = BylineParser.ownLine(paragraphs.get(paragraphs.size() - 1));
			if (own.isPresent()) {
				trailingAuthor = own.get();
				paragraphs.remove(paragraphs.size() - 1);
			}
		}
		if (trailingAuthor == null && module.signature != null) {
			String name = clean(module.signature.text());
			trailingAuthor = new Byline(name, List.of(new Credit(name, "")), false);
		}
		// A dateline in parentheses closing the text ("……的目标。（本报新德里1月22日电）") is the article's dateline.
		String trailingDateline = null;
		if (!paragraphs.isEmpty()) {
			Optional<DatelineParser.Dateline> trailing = DatelineParser.trailing(paragraphs.get(paragraphs.size() - 1));
			if (trailing.isPresent()) {
				trailingDateline = trailing.get().text();
				paragraphs.remove(paragraphs.size() - 1);
				if (!trailing.get().rest().isBlank()) {
					paragraphs.add(trailing.get().rest());
				}
			}
		}
		SplitArticle article = ArticleReader.read(new ArticleReader.Parts(headline, headBylines, leadingAuthor,
				paragraphs, trailingDateline, trailingAuthor), knownReporters);
		return article.laidOut(module.head != null, continued, startsMidText(module, em));
	}

	/**
	 * The text's first line is set flush in a column that indents its paragraphs elsewhere: the text starts
	 * mid-paragraph, its beginning is elsewhere (a byline block over the text does not count).
	 */
	private static boolean startsMidText(Module module, double em) {
		List<ColumnBlock> text = module.blocks.stream().filter(b -> !isBylineBlock(b, em)).toList();
		if (text.isEmpty()) {
			return false;
		}
		ColumnBlock first = text.get(0);
		double indent = LayoutTuning.INDENT_MIN_EM * em;
		return first.first().left() - first.columnLeft() < indent
				&& module.blocks.stream().flatMap(b -> b.lines().stream().map(l -> l.left() - b.columnLeft())).anyMatch(d -> d >= indent)
				&& !DatelineParser.startsWithDateline(first.first().text().strip())
				&& BylineParser.ownLine(first.first().text()).isEmpty();
	}

	private static void flush(StringBuilder paragraph, List<String> paragraphs) {
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph.toString());
			paragraph.setLength(0);
		}
	}

	private static final Pattern OPEN_NAME = Pattern.compile("[（(](?:[\\p{IsHan}·]+\\s)*[\\p{IsHan}·]{2,4}$");

	private static final Pattern CLOSING_NAME = Pattern.compile("^[\\p{IsHan}·]{2,4}[）)]");


	private static boolean namesWrap(CharSequence paragraph, String line) {
		int from = Math.max(0, paragraph.length() - LayoutTuning.OPEN_NAMES_REACH);
		return CLOSING_NAME.matcher(line).find() && OPEN_NAME.matcher(paragraph.subSequence(from, paragraph.length())).find();
	}

	/** A role printed before the names ("记者", "本报记者", "特约记者"…), no part of a name. */
	private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("^(?:本报|新华社)?(?:特约|实习)?(?:记者|通讯员|执笔|摄影)[:：]?");

	/**
	 * The line break in a parenthesis of names falls between two whole names: the parenthesis is a byline's (it
	 * follows a dateline or a finished sentence, or opens with a role), and the last word before the break and the
	 * name closing the parenthesis after it are each two or three characters starting with a surname. "（记者梅" /
	 * "世雄）" leaves one character before it: a name wrapped inside itself; "公司（简称保" / "利海南）" is prose.
	 */
	private static boolean twoWholeNames(CharSequence paragraph, String line) {
		String tail = paragraph.toString();
		int open = Math.max(tail.lastIndexOf('（'), tail.lastIndexOf('('));
		String beforeOpen = tail.substring(0, Math.max(0, open)).strip();
		boolean bylines = beforeOpen.isEmpty() || "。！？”电讯".indexOf(beforeOpen.charAt(beforeOpen.length() - 1)) >= 0
				|| ROLE_BEFORE_NAME.matcher(tail.substring(open + 1)).find();
		Matcher closing = CLOSING_NAME.matcher(line);
		if (!bylines || !closing.find()) {
			return false;
		}
		int start = Math.max(open, Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('、'))) + 1;
		String before = ROLE_BEFORE_NAME.matcher(tail.substring(start)).replaceFirst("");
		String after = line.substring(0, closing.end() - 1);
		return wholeName(before) && wholeName(after);
	}

	private static boolean wholeName(String s) {
		return ChineseNames.isPersonalName(s);
	}

	/** Sentence ends, and what may close a sentence after them (quotes, brackets). */
	private static final String SENTENCE_END = "。！？!?…；;：:";

	private static final String CLOSERS = "”’」』）)》";

	/** Whether the text ends a sentence (its last mark, or a quote or bracket closing after one). */
	static boolean endsSentence(CharSequence text) {
		int at = text.length() - 1;
		while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
			at--;
		}
		while (at >= 0 && CLOSERS.indexOf(text.charAt(at)) >= 0) {
			at--;
		}
		return at < 0 || SENTENCE_END.indexOf(text.charAt(at)) >= 0;
	}

	private static boolean opensParenthesis(CharSequence text) {
		int open = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			open += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
		}
		return open > 0;
	}

	/** Glyphs are read as drawn (fake bold already kept once), so only the ends are trimmed. */
	private static String clean(String text) {
		return text.strip();
	}

	/**
	 * The block's first line is names alone and stands as a paragraph of its own: the next line opens a paragraph
	 * (indented) or an article (a dateline).
	 */
	private static boolean opensWithNamesAlone(ColumnBlock block, double em) {
		if (block.lines().size() < 2 || ModuleAssembler.bylineLine(block.first(), em).isEmpty()
				|| BylineParser.ownLine(block.first().text()).isPresent()) {
			return false;
		}
		TextLine next = block.lines().get(1);
		return next.left() - block.columnLeft() >= LayoutTuning.INDENT_MIN_EM * em
				|| DatelineParser.startsWithDateline(clean(next.text()));
	}

	private static boolean isBylineBlock(ColumnBlock block, double em) {
		return block.lines().size() == 1 && ModuleAssembler.bylineLine(block.first(), em).isPresent();
	}

	static Headline headline(HeadGroup head, List<Byline> bylines) {
		return headline(head, bylines, 0);
	}

	/**
	 * The headline's parts by type size; with the text's size {@code em} known, an author's name set under the title
	 * no bigger than {@link LayoutTuning#AUTHOR_LINE_MAX_SIZE} is read as the byline ("萧师俭").
	 */
	static Headline headline(HeadGroup head, List<Byline> bylines, double em) {
		List<TextLine> lines = new ArrayList<>(head.lines());
		lines.sort(Comparator.comparingDouble(TextLine::top).thenComparingDouble(TextLine::left));
		double main = lines.stream()
			.filter(l -> BylineParser.ownLine(l.text()).isEmpty())
			.mapToDouble(TextLine::size)
			.max()
			.orElse(head.largestSize());
		List<String> kicker = new ArrayList<>();
		List<String> title = new ArrayList<>();
		List<String> subtitle = new ArrayList<>();
		boolean seenMain = false;
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			String text = clean(line.text());
			Optional<Byline> byline = BylineParser.ownLine(text);
			if (byline.isEmpty() && line.size() < main) {
				// Names alone under the title ("金歆 庄颖娜"): a subtitle is never a list of names.
				byline = BylineParser.namesOnly(text);
			}
			// Set in a style of its own: a line in the style of the one above it is that line's text wrapped ("…12.1万"
			// / "余张").
			if (byline.isEmpty() && seenMain && line.size() <= em * LayoutTunable.AUTHOR_LINE_MAX_SIZE.value()
					&& !sameStyle(line, lines.get(i - 1))) {
				byline = BylineParser.authorLine(text, false);
			}
			// A byline too long for its column wraps on to a line of its own style ("新华社记者 毛鹏飞、高" / "炳南").
			if (byline.isEmpty() && line.size() < main && i + 1 < lines.size() && sameStyle(line, lines.get(i + 1))) {
				Optional<Byline> wrapped = BylineParser.ownLine(text + clean(lines.get(i + 1).text()));
				if (wrapped.isPresent()) {
					byline = wrapped;
					i++;
				}
			}
			if (byline.isPresent() && line.size() < main) {
				bylines.add(byline.get());
			}
			else if (Math.abs(line.size() - main) < LayoutTuning.SAME_SIZE_PT) {
				seenMain = true;
				title.add(text);
			}
			else {
				(seenMain ? subtitle : kicker).add(text);
			}
		}
		return new Headline(orNull(String.join(" ", kicker)), Headline.joinTitle(title),
				orNull(String.join(" ", subtitle)));
	}

	private static boolean sameStyle(TextLine a, TextLine b) {
		return Math.abs(a.size() - b.size()) < LayoutTuning.SAME_SIZE_PT && a.font().equals(b.font());
	}

	private static String orNull(String s) {
		return s.isBlank() ? null : s;
	}

}
