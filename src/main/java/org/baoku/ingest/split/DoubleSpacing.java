package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a double-spaced page text (Tika's output of some PDFs puts a blank line after nearly every printed line) as
 * the single-spaced kind the splitter reads: a paragraph's lines run on, and a blank line stands where a paragraph
 * ends, where a heading stands alone, and around lines the extractor set close together (a title and its author).
 * Text that is not double-spaced is returned as it is.
 */
final class DoubleSpacing {

	private static final Pattern SENTENCE_MARKS = Pattern.compile("[，。；！？]");

	/** Any punctuation a line of text may carry. */
	private static final Pattern ANY_MARK = Pattern.compile("[，。；！？、：“”‘’（）《》]");

	/** A mark inside a clause: a text's, not a title's, when short lines carry it on into a paragraph. */
	private static final Pattern INNER_MARK = Pattern.compile("[，、；]");

	private DoubleSpacing() {
	}

	static String undouble(String pageText) {
		List<String> lines = pageText.lines().toList();
		List<List<String>> groups = groups(lines);
		if (!isDoubleSpaced(groups)) {
			return pageText;
		}
		double column = typicalWidth(groups);
		List<String> units = new ArrayList<>();
		List<Boolean> closeSet = new ArrayList<>();
		for (List<String> group : groups) {
			int note = authorNoteLines(group);
			if (note > 0 && note < group.size()) {
				// An author's note set close to the heading under it ends the text above; the heading stands apart.
				for (String line : group.subList(0, note)) {
					units.add(line);
					closeSet.add(false);
				}
				group = group.subList(note, group.size());
				if (group.size() == 1) {
					units.add(group.get(0));
					closeSet.add(true);
					continue;
				}
			}
			SignedText signed = nameBesideText(group, column);
			if (signed == null && !closeSet.isEmpty() && closeSet.get(closeSet.size() - 1)
					&& hasSubtitle(units.get(units.size() - 1).lines().toList())) {
				signed = nameAboveText(group, column);
			}
			if (signed != null) {
				// A title's author printed level with the first line of a text beside it, on one line ("蒋超良
				// “幸福都是奋斗出来的”。习近平同志在") or set close above it: the name signs the title, the text goes on.
				if (!signed.title().isEmpty()) {
					units.add(heading(signed.title()));
					closeSet.add(true);
				}
				units.add(signed.name());
				closeSet.add(true);
				units.add(signed.text());
				closeSet.add(false);
				continue;
			}
			if (group.size() >= SplitTuning.VERTICAL_RUN_MIN_LINES && group.stream().allMatch(l -> l.strip().length() == 1)) {
				// One character a line, set close: a title or name set top to bottom.
				units.add(String.join("", group.stream().map(String::strip).toList()));
				closeSet.add(true);
			} else if (group.size() > 1 && (group.stream().anyMatch(l -> width(l) < TextTunable.HEADING_LINE_SHARE.value() * column)
					|| hasSubtitle(group))) {
				// Lines set close with a short one or a subtitle ("——…") among them: a title or heading and, when the
				// last line is names alone (bold ones extracted twice too), its author line, which then stands apart
				// as an author line under a title does.
				String last = group.get(group.size() - 1);
				boolean authorLine = width(last) < TextTunable.HEADING_LINE_SHARE.value() * column
						&& BylineParser.namesAlone(LineNormalizer.undouble(last.strip()))
							.filter(DoubleSpacing::personalNames).isPresent();
				units.add(heading(authorLine ? group.subList(0, group.size() - 1) : group));
				closeSet.add(true);
				if (authorLine) {
					units.add(last);
					closeSet.add(true);
				}
			} else {
				// A line alone, or body lines the extractor happened to set close: each reads as any other line.
				for (String line : group) {
					units.add(line);
					closeSet.add(false);
				}
			}
		}
		boolean[] runsOn = aroundInsets(units, closeSet);
		StringBuilder out = new StringBuilder();
		boolean inNote = false;
		int noteLines = 0;
		for (int i = 0; i < units.size(); i++) {
			String unit = units.get(i);
			out.append(unit).append('\n');
			// An author's note ends its article: the line closing its bracket ends the paragraph, and the note runs
			// on to it however short its lines are (a note set in a narrow column).
			inNote |= BylineParser.AUTHOR_NOTE.matcher(unit.strip()).find();
			boolean noteEnds = inNote && BylineParser.closesBracket(unit);
			inNote &= !noteEnds;
			noteLines = inNote ? noteLines + 1 : 0;
			boolean noteGoesOn = inNote && noteLines < SplitTuning.AUTHOR_NOTE_MAX_LINES && !closeSet.get(i)
					&& i + 1 < units.size() && !closeSet.get(i + 1);
			if (i + 1 < units.size() && !noteGoesOn && !runsOn[i]
					&& (closeSet.get(i) || closeSet.get(i + 1) || noteEnds || endsParagraph(units, closeSet, i))) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	/** A title's lines set close (none when the title stands apart above), its author's name, and a text's first line. */
	private record SignedText(List<String> title, String name, String text) {
	}

	/**
	 * The last line of lines set close under a title, split into an author's name and the line of text printed level
	 * with it, when it is that: one personal name (no role), a space, then text as wide as a heading line may not be,
	 * with sentence punctuation. The lines above must read as a title: no comma or stop in them, each narrower than
	 * a line of text (two body lines set close fill the column, and a common word can pass for a name). Null
	 * otherwise.
	 */
	private static SignedText nameBesideText(List<String> group, double column) {
		if (group.size() < 2 || group.subList(0, group.size() - 1).stream()
			.anyMatch(l -> SENTENCE_MARKS.matcher(l).find() || width(LineNormalizer.undouble(l.strip())) > column - 2)) {
			return null;
		}
		String last = group.get(group.size() - 1).strip();
		int space = last.indexOf(' ');
		if (space < 2 || space > 4) {
			return null;
		}
		String name = last.substring(0, space);
		String text = last.substring(space + 1).strip();
		boolean named = BylineParser.namesAlone(name).filter(DoubleSpacing::personalNames).isPresent();
		return named && width(text) >= TextTunable.HEADING_LINE_SHARE.value() * column
				&& SENTENCE_MARKS.matcher(text).find() ? new SignedText(group.subList(0, group.size() - 1), name, text) : null;
	}

	/**
	 * A personal name alone set close above one line of text as wide as a heading line may not be, right under a
	 * title with its subtitle ("戚小倩" / "习近平同志在党的十九大报告中"): the title's author, and the text's first line
	 * printed level with it, or null. A title and its subtitle are whole, so the line under the name
	 * is no part of them (under a title alone it could be its second line, a speaker over a speech's title).
	 */
	private static SignedText nameAboveText(List<String> group, double column) {
		if (group.size() != 2 || width(group.get(1)) < TextTunable.HEADING_LINE_SHARE.value() * column) {
			return null;
		}
		String name = group.get(0).strip();
		return BylineParser.namesAlone(LineNormalizer.undouble(name)).filter(DoubleSpacing::personalNames).isPresent()
				? new SignedText(List.of(), name, group.get(1)) : null;
	}

	/**
	 * Whether a byline's every name is a personal name's length (four characters only with a compound surname): the
	 * last line of a heading set close ("不忘初心走在 / 时代前列") may otherwise read as a four-character name.
	 */
	private static boolean personalNames(Byline byline) {
		return byline.credits().stream().allMatch(c -> c.name().contains("·") || ChineseNames.isPersonalName(c.name()));
	}

	/**
	 * Lines set close where a later one opens with a dash after a line that finishes no sentence: a title and its
	 * subtitle ("——…述要"), however wide the title is.
	 */
	private static boolean hasSubtitle(List<String> group) {
		for (int i = 1; i < group.size(); i++) {
			if (group.get(i).strip().startsWith("——") && !Line.endsSentenceText(group.get(i - 1).strip())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Which lines run on into the next although they are short: text set narrower around an inset (a picture or a
	 * quotation boxed into the column). A run of short lines that follows a line stopping mid-sentence at the margin,
	 * finishes no sentence, and is followed by a line as wide as the text's, is that text.
	 */
	private static boolean[] aroundInsets(List<String> units, List<Boolean> closeSet) {
		boolean[] runsOn = new boolean[units.size()];
		for (int before = 1; before + 2 < units.size(); before++) {
			String above = units.get(before - 1).strip();
			String line = units.get(before).strip();
			double column = width(line);
			if (closeSet.get(before) || closeSet.get(before - 1) || Line.endsSentenceText(line)
					|| width(above) > column + 1 || column < 2 * SplitTuning.INSET_RUN_MIN_WIDTH) {
				continue;
			}
			int end = before + 1;
			while (end < units.size() && !closeSet.get(end)
					&& width(units.get(end)) < TextTunable.HEADING_LINE_SHARE.value() * column
					&& width(units.get(end)) >= SplitTuning.INSET_RUN_MIN_WIDTH
					&& (end == before + 1 || !Line.endsSentenceText(units.get(end - 1).strip()))) {
				end++;
			}
			if (end - before - 1 < SplitTuning.INSET_RUN_MIN_LINES || end >= units.size() || closeSet.get(end)
					|| width(units.get(end)) < TextTunable.HEADING_LINE_SHARE.value() * column
					|| Line.endsSentenceText(units.get(end - 1).strip())) {
				continue;
			}
			for (int i = before; i < end; i++) {
				runsOn[i] = true;
			}
			before = end - 1;
		}
		openingInsetRuns(units, closeSet, runsOn);
		return runsOn;
	}

	/**
	 * A paragraph that opens beside an inset: after a finished paragraph, three or more short lines that finish no
	 * sentence, most of them letter-spaced and one with a comma or pause mark inside ("当 前 ，我 国“ 四"), then
	 * text as wide as the column again, are the new paragraph's first lines (justified in the narrow measure), not a
	 * heading: a subheading of two lines may carry a comma ("坚持改革，推进 / 高质量发展"), but is not spread out
	 * over three lines.
	 */
	private static void openingInsetRuns(List<String> units, List<Boolean> closeSet, boolean[] runsOn) {
		for (int start = 1; start + 1 < units.size(); start++) {
			String finished = units.get(start - 1).strip();
			if (closeSet.get(start - 1) || !Line.endsSentenceText(finished) || runsOn[start]) {
				continue;
			}
			double column = 0;
			for (int j = Math.max(0, start - 3); j < start; j++) {
				column = closeSet.get(j) ? column : Math.max(column, width(units.get(j)));
			}
			int end = start;
			boolean clause = false;
			while (end < units.size() && !closeSet.get(end) && width(units.get(end)) < TextTunable.HEADING_LINE_SHARE.value() * column
					&& width(units.get(end)) >= SplitTuning.INSET_RUN_MIN_WIDTH && !Line.endsSentenceText(units.get(end).strip())) {
				// A mark inside the line, not the one it ends on (the line is at least INSET_RUN_MIN_WIDTH wide).
				String compact = units.get(end).replaceAll("\\s+", "");
				clause |= INNER_MARK.matcher(compact.substring(0, compact.length() - 1)).find();
				end++;
			}
			long spaced = units.subList(start, end).stream().filter(l -> LineNormalizer.isLetterSpaced(l.strip())).count();
			if (end - start < SplitTuning.OPENING_INSET_MIN_LINES || 2 * spaced < end - start || !clause
					|| end >= units.size() || closeSet.get(end)
					|| width(units.get(end)) < TextTunable.HEADING_LINE_SHARE.value() * column) {
				continue;
			}
			for (int i = start; i < end; i++) {
				runsOn[i] = true;
			}
			start = end;
		}
	}

	/**
	 * A heading's lines set close, as one line: a heading wrapped over three or four short lines ("贯彻新思想：用 /
	 * 习近平新时代中国特色 / …") would otherwise read as a paragraph. A subtitle ("——…") keeps its own line.
	 */
	private static String heading(List<String> lines) {
		StringBuilder heading = new StringBuilder();
		for (String line : lines) {
			String part = line.strip();
			if (!heading.isEmpty()) {
				char before = heading.charAt(heading.length() - 1);
				if (part.startsWith("——")) {
					heading.append('\n');
				}
				else if (isLatinOrDigit(before) && isLatinOrDigit(part.charAt(0))) {
					heading.append(' ');
				}
			}
			heading.append(part);
		}
		return heading.toString();
	}

	private static boolean isLatinOrDigit(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

	/** How many lines an author's note opening the group takes, up to its closing bracket; 0 when none opens it. */
	private static int authorNoteLines(List<String> group) {
		if (!BylineParser.AUTHOR_NOTE.matcher(group.get(0).strip()).find()) {
			return 0;
		}
		for (int i = 0; i < group.size(); i++) {
			if (BylineParser.closesBracket(group.get(i))) {
				return i + 1;
			}
		}
		return 0;
	}

	/** Runs of non-blank lines with nothing between them. */
	private static List<List<String>> groups(List<String> lines) {
		List<List<String>> groups = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : lines) {
			if (line.isBlank()) {
				if (!current.isEmpty()) {
					groups.add(current);
					current = new ArrayList<>();
				}
			} else {
				current.add(line);
			}
		}
		if (!current.isEmpty()) {
			groups.add(current);
		}
		// One character a line, each between blank lines, is a name or title set top to bottom too ("杨", "义").
		for (int i = 0; i + 1 < groups.size(); i++) {
			int end = i;
			while (end < groups.size() && isOneCharacter(groups.get(end))) {
				end++;
			}
			if (end - i >= SplitTuning.VERTICAL_RUN_MIN_LINES) {
				List<String> run = new ArrayList<>();
				for (int j = i; j < end; j++) {
					run.add(groups.get(j).get(0));
				}
				groups.subList(i + 1, end).clear();
				groups.set(i, run);
			}
		}
		// Lines set close (a title and its subtitle) that leave a quotation or a title's bracket open go on in the
		// next run: the extractor put a blank line inside the subtitle.
		for (int i = 0; i + 1 < groups.size(); i++) {
			if (groups.get(i).size() > 1 && leavesOpen(String.join("", groups.get(i)))
					&& !leavesOpen(String.join("", groups.get(i))  + String.join("", groups.get(i + 1)))) {
				groups.get(i).addAll(groups.remove(i + 1));
			}
		}
		return groups;
	}

	private static boolean isOneCharacter(List<String> group) {
		String line = group.get(0).strip();
		return group.size() == 1 && line.length() == 1 && Chars.isIdeograph(line.codePointAt(0));
	}

	/** Whether a text opens a quotation, a book title or a bracket it does not close. */
	private static boolean leavesOpen(String text) {
		return count(text, '“') > count(text, '”') || count(text, '《') > count(text, '》')
				|| count(text, '（') > count(text, '）');
	}

	private static long count(String text, char c) {
		return text.chars().filter(x -> x == c).count();
	}

	/** Nearly every run of lines between blank lines is a single line. */
	private static boolean isDoubleSpaced(List<List<String>> groups) {
		long alone = groups.stream().filter(g -> g.size() == 1).count();
		return groups.size() >= SplitTuning.DOUBLE_SPACED_MIN_LINES && alone >= SplitTuning.DOUBLE_SPACED_SHARE * groups.size();
	}

	/**
	 * A line ends its paragraph when it finishes a sentence short of the column the lines around it fill, when it is
	 * far shorter than they are and finishes no sentence (a heading standing alone, or the line above one), when it
	 * reaches past that column (a banner line, not the column's text), when it is the masthead line opening the page
	 * (or the one closing it follows), or when an author's note follows.
	 */
	private static boolean endsParagraph(List<String> units, List<Boolean> closeSet, int i) {
		String line = units.get(i).strip();
		double width = width(line);
		double column = 0;
		for (int j = Math.max(0, i - 2); j <= Math.min(units.size() - 1, i + 2); j++) {
			if (j != i && !closeSet.get(j)) {
				column = Math.max(column, width(units.get(j)));
			}
		}
		boolean finished = Line.endsSentenceText(line) || Line.closedByNote(line);
		if (finished && width <= column - 1) {
			return true;
		}
		String next = units.get(i + 1).strip();
		if (finished && i + 2 < units.size() && closeSet.get(i + 2) && !closeSet.get(i + 1)
				&& !ANY_MARK.matcher(next).find()) {
			// A line with no mark at all between a finished paragraph and a heading set close: the heading's kicker
			// (as text it would be a paragraph that never finishes).
			return true;
		}
		if (i == 0 && isMasthead(line) || i + 2 == units.size() && isMasthead(next)) {
			return true;
		}
		if (BylineParser.AUTHOR_NOTE.matcher(next).find() || outsideColumn(line, column) || outsideColumn(next, column)) {
			return true;
		}
		if (!finished && !closeSet.get(i + 1) && count(line, '“') > count(line, '”')
				&& count(next, '”') > count(next, '“')) {
			// A short line that opens a quotation the next line closes is the quotation's first line, not a heading.
			return false;
		}
		return width < TextTunable.HEADING_LINE_SHARE.value() * column && !finished
				|| finished && width(next) < TextTunable.HEADING_LINE_SHARE.value() * column && !Line.endsSentenceText(next);
	}

	/** The page's masthead or edition line ("…2018年1月2日 星期二"), which extractors put first or last. */
	private static boolean isMasthead(String line) {
		return BlockClassifier.MASTHEAD.matcher(line).find() && !Line.endsSentenceText(line);
	}

	private static boolean outsideColumn(String line, double column) {
		return width(line) > column + 1 && !Line.endsSentenceText(line);
	}

	/** The width a line takes in its column: letter-spacing (a space between characters) takes none. */
	private static double width(String line) {
		return Chars.width(line.replaceAll("\\s+", ""));
	}

	/** The median width of the lines standing alone: the page's usual column. */
	private static double typicalWidth(List<List<String>> groups) {
		double[] widths = groups.stream().filter(g -> g.size() == 1).mapToDouble(g -> width(g.get(0))).sorted()
			.toArray();
		return widths.length == 0 ? 0 : widths[widths.length / 2];
	}

}
