package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.baoku.ingest.split.DatelineParser;

/**
 * What a learned reader takes of each line of a page, relative to the page (issue 78): its size against the running
 * text, its width against the text lines', its place, its face, its neighbours in drawing order, how far the running
 * text is above and below it, and the forms of its text that the rules read (a dateline, a byline, a folio, a
 * sentence's end, a closing bracket). Computed here, in the app, so the
 * features a model is trained on ({@code parse --lines}) are the ones it is given when it reads.
 */
public final class LineFeatures {

	/** The features' names, in the order a model takes them. */
	public static final List<String> NAMES = List.of("size", "length", "width", "x", "y", "bold", "kai", "doubled",
			"sizeBefore", "sizeAfter", "gapBefore", "gapAfter", "shiftBefore", "dateline", "byline", "folio",
			"sentenceEnd", "dash", "credit", "jump", "ideographs", "spaces", "clauseEnd", "textAbove", "textBelow",
			"fullStop", "bracketClosed");

	private static final Pattern BYLINE = Pattern.compile("(记者|通讯员|执笔|本报评论员|^□)");

	private static final Pattern FOLIO = Pattern.compile("(\\d{4}年\\d{1,2}月\\d{1,2}日|第\\s*\\d+\\s*版|星期[一二三四五六日])");

	private static final Pattern JUMP = Pattern.compile("(下转|上接|转第|转\\d)");

	private static final Pattern BOLD = Pattern.compile("(?i)(bold|black|heavy|hei|sans|gothic)");

	private static final Pattern KAI = Pattern.compile("(?i)kai");

	/**
	 * How far (in the running text's size) the nearest line of running text above or below a line is looked for:
	 * where there is none nearer, it is this far.
	 */
	private static final double FAR = 20;

	/** A line of running text is set within this share of the running text's size. */
	private static final double TEXT_SIZE_BAND = 0.05;

	/** A line less far than this (in the running text's size) above or below is on the same line, not the next. */
	private static final double SAME_LINE = 0.5;

	/** Share of the page's text lines' widths a line's width is measured against: their median. */
	private static final double MEDIAN = 0.5;

	private LineFeatures() {
	}

	/** Each line's features, by {@link #NAMES}. */
	static List<Map<String, Double>> of(List<PageLines.Line> lines, double width, double height, double bodySize) {
		double body = bodySize > 0 ? bodySize : 10;
		double column = columnWidth(lines, body, width);
		List<Map<String, Double>> all = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PageLines.Line line = lines.get(i);
			PageLines.Line before = i > 0 ? lines.get(i - 1) : null;
			PageLines.Line after = i + 1 < lines.size() ? lines.get(i + 1) : null;
			String text = line.text().strip();
			String squeezed = text.replaceAll("\\s+", "");
			int n = Math.max(1, squeezed.length());
			double[] values = { line.size() / body, Math.log(1 + n), (line.right() - line.left()) / column,
					line.left() / width, line.baseline() / height, flag(BOLD.matcher(line.font()).find()),
					flag(KAI.matcher(line.font()).find()), flag(line.doubled()), before == null ? 0 : before.size() / body,
					after == null ? 0 : after.size() / body,
					before == null ? 0 : (line.baseline() - before.baseline()) / body,
					after == null ? 0 : (after.baseline() - line.baseline()) / body,
					before == null ? 0 : Math.abs(line.left() - before.left()) / body,
					flag(DatelineParser.startsWithDateline(squeezed)), flag(BYLINE.matcher(squeezed).find()),
					flag(FOLIO.matcher(text).find()), flag(endsWith(squeezed, "。！？”）…")),
					flag(squeezed.startsWith("—")), flag(squeezed.substring(Math.max(0, n - 4)).contains("摄")),
					flag(JUMP.matcher(squeezed).find()), (double) squeezed.codePoints().filter(LineFeatures::ideograph).count() / n,
					(double) text.chars().filter(c -> c == ' ' || c == '\u3000').count() / n,
					flag(endsWith(squeezed, "，、：；")), textAt(line, lines, body, -1), textAt(line, lines, body, 1),
					flag(endsWith(squeezed, "。！？")), flag(endsWith(squeezed, "）)")) };
			Map<String, Double> named = new LinkedHashMap<>();
			for (int f = 0; f < values.length; f++) {
				named.put(NAMES.get(f), values[f]);
			}
			all.add(named);
		}
		return all;
	}

	/**
	 * How far (baseline to baseline, in the running text's size) the nearest line of running text is above (-1) or
	 * below (1) a line, in the columns it spans: where a line stands against the text, whatever engine placed it. A
	 * page's header stands apart from the text under it, a briefs column's label right over it.
	 */
	private static double textAt(PageLines.Line line, List<PageLines.Line> lines, double body, int direction) {
		double nearest = FAR;
		for (PageLines.Line other : lines) {
			double distance = direction * (other.baseline() - line.baseline()) / body;
			double overlap = Math.min(line.right(), other.right()) - Math.max(line.left(), other.left());
			double narrower = Math.min(line.right() - line.left(), other.right() - other.left());
			if (other != line && distance > SAME_LINE && distance < nearest && Math.abs(other.size() / body - 1) < TEXT_SIZE_BAND
					&& overlap > narrower / 2) {
				nearest = distance;
			}
		}
		return nearest;
	}

	/** The median width of the lines set in the running text's size: a column of text, as the page sets it. */
	private static double columnWidth(List<PageLines.Line> lines, double body, double width) {
		List<Double> widths = new ArrayList<>();
		for (PageLines.Line line : lines) {
			if (Math.abs(line.size() - body) < 0.3 && line.text().strip().length() > 8) {
				widths.add(line.right() - line.left());
			}
		}
		if (widths.isEmpty()) {
			return width / 4;
		}
		widths.sort(null);
		return widths.get((int) (widths.size() * MEDIAN));
	}

	private static boolean endsWith(String text, String marks) {
		return !text.isEmpty() && marks.indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	private static boolean ideograph(int c) {
		return c >= 0x4E00 && c <= 0x9FFF;
	}

	private static double flag(boolean on) {
		return on ? 1 : 0;
	}

}
