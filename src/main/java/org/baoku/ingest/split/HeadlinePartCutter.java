package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a headline block that holds two headlines printed together, on the evidence of the bodies they fit. */
final class HeadlinePartCutter {

	private HeadlinePartCutter() {
	}

	/**
	 * Headlines printed together ("一月份民营企业进出口两位数增长 / 进出口稳中提质态势好 / 中国不为比赛而发展（观察者说）")
	 * may come out as one block. When its upper lines fit one body and its lower lines another (the part that leaves
	 * the block's body clearly, the part that stays clearly better than the other body), and
	 * the part that leaves goes to a body with no headline or to the headline printed right next to it, the block is
	 * two headlines and is cut between them. A subtitle ("——…") stays with its title. A kicker that leads on
	 * ("…时强调") is cut off the line below it only on that same evidence: printed over another article's title, it
	 * may be the only headline line of its own article. Two titles printed side by side come out as one line with a
	 * space between them, or run on after the first one's column tag; such a line is cut there on the same evidence.
	 * Two titles each closed by its column tag, on lines of their own or apart by a space, are cut apart on no evidence.
	 */
	static boolean cut(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units,
			HeadlineMatcher.Result result) {
		List<BigramSet> bodies = chunks.stream().map(c -> Bigrams.of(c.text())).toList();
		for (int u = 0; u < units.size(); u++) {
			HeadlineMatcher.Unit unit = units.get(u);
			int own = result.chunkOf()[u];
			List<Halves> ways = own < 0 ? List.<Halves>of() : halves(unit.block().lines());
			for (Halves found : ways) {
				Halves halves = found;
				Block top = new Block(unit.block().index(), halves.top(), unit.block().joinedAbove());
				Block bottom = new Block(unit.block().index(), halves.bottom(), true);
				// Two titles each closed by a column tag are two headlines whatever they fit: a headline has one main title.
				// Inside a line a bracket may be a title's own note ("春节（农历新年）期间…"): cut there, the upper title must
				// have words enough of its own before the bracket.
				boolean twoTagged = HeadlineShapes.isCompleteTitle(top) && HeadlineShapes.isCompleteTitle(bottom);
				if (twoTagged && (!halves.afterTag() || wordsBeforeTag(top) >= SplitTuning.TAGGED_TITLE_MIN_CHARS)) {
					units.set(u, new HeadlineMatcher.Unit(bottom, unit.group(), unit.bylines()));
					units.add(u, new HeadlineMatcher.Unit(top, unit.group()));
					return true;
				}
				double[] topFit = fits(top, bodies);
				double[] bottomFit = fits(bottom, bodies);
				int topBody = best(topFit);
				int bottomBody = best(bottomFit);
				if (topBody == bottomBody || !fitsItsSide(topFit, topBody, bottomBody, own)
						|| !fitsItsSide(bottomFit, bottomBody, topBody, own)) {
					continue;
				}
				// The evidence says the block is two headlines. Found inside a line ("完善责任制 用好监督权 / 上海图书馆推出"),
				// the cut may belong at that line's end: the phrase after the space goes with the upper title when the
				// parts fit their bodies better so.
				Halves atEnd = lineEnd(ways, halves, unit.block(), bodies, topBody, bottomBody);
				if (atEnd != null && !twoTagged) {
					halves = atEnd;
					top = new Block(unit.block().index(), halves.top(), unit.block().joinedAbove());
					bottom = new Block(unit.block().index(), halves.bottom(), true);
				}
				boolean bottomLeaves = topBody == own;
				int leaving = bottomLeaves ? bottomBody : bottomBody == own ? topBody : -1;
				int next = bottomLeaves ? u + 1 : u - 1;
				HeadlineMatcher.Unit neighbour = next >= 0 && next < units.size() ? units.get(next) : null;
				HeadlineMatcher.Unit there = leaving < 0 ? null : result.matches().get(leaving).primary();
				if (leaving < 0 || there != null && there != neighbour) {
					continue;
				}
				HeadlineMatcher.Unit upper = new HeadlineMatcher.Unit(top, unit.group());
				HeadlineMatcher.Unit lower = new HeadlineMatcher.Unit(bottom, unit.group(), unit.bylines());
				if (there == null || twoTagged && !bottomLeaves) {
					// the upper lines head a text of their own, or are a tagged title that is no part of the one above
					units.set(u, lower);
					units.add(u, upper);
				}
				else if (bottomLeaves) {
					// the lower lines are the kicker of the headline printed right below them
					units.set(u, upper);
					units.set(next, kickerOver(bottom, neighbour));
				}
				else {
					// the upper lines are the main title or subtitle of the headline printed right above them; the
					// lower ones, the kicker of the headline right below them when that one is of their body too
					int below = u + 1;
					if (below < units.size() && result.chunkOf()[below] == own) {
						lower = kickerOver(bottom, units.remove(below));
					}
					units.set(u, lower);
					units.set(next, neighbour.joinedWith(top));
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * For a cut at a space inside a line, the cut at the end of that line when there is one and its upper part fits
	 * {@code topBody} and its lower part {@code bottomBody} better together (each still better than the other's);
	 * otherwise null. The cut at the space already showed the block is two headlines, so the moved one is held to no
	 * more than that: the part that leaves may fit less clearly once it takes the phrase after the space along. A cut
	 * after a column tag stays where it is: the tag closes a main title, and what follows is another one.
	 */
	private static Halves lineEnd(List<Halves> ways, Halves found, Block block, List<BigramSet> bodies, int topBody,
			int bottomBody) {
		if (found.line() < 0 || found.afterTag()) {
			return null;
		}
		Halves end = ways.stream().filter(h -> h.line() < 0 && h.top().size() == found.line() + 1).findFirst().orElse(null);
		if (end == null) {
			return null;
		}
		double[] t = fits(new Block(block.index(), end.top(), block.joinedAbove()), bodies);
		double[] b = fits(new Block(block.index(), end.bottom(), true), bodies);
		double[] ft = fits(new Block(block.index(), found.top(), block.joinedAbove()), bodies);
		double[] fb = fits(new Block(block.index(), found.bottom(), true), bodies);
		return t[topBody] > t[bottomBody] && b[bottomBody] > b[topBody]
				&& t[topBody] + b[bottomBody] > ft[topBody] + fb[bottomBody] ? end : null;
	}

	/** A headline block's lines taken apart in two: the upper and the lower. */
	record Halves(List<Line> top, List<Line> bottom, boolean afterTag, int line) {
	}

	/**
	 * Where a block may hold two headlines: between two of its lines (not above a subtitle "——…", not inside a word
	 * broken over them), and inside a line holding two phrases set apart by a space ("赴一场艺术和春天的约会
	 * 这里有最美的河山": two titles printed side by side come out as one line).
	 */
	static List<Halves> halves(List<Line> lines) {
		List<Halves> ways = new ArrayList<>();
		for (int at = 1; at < lines.size(); at++) {
			if (!lines.get(at).text().startsWith("——")
					&& !WordBreaks.insideWord(lines.get(at - 1).text(), lines.get(at).text())) {
				ways.add(new Halves(lines.subList(0, at), lines.subList(at, lines.size()), false, -1));
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			for (Pattern between : List.of(SPACED, AFTER_TAG)) {
				Matcher m = between.matcher(line.text());
				while (m.find()) {
					ways.add(halvesAt(lines, i, m.start(), m.end(), between == AFTER_TAG));
				}
			}
		}
		return ways;
	}

	/** The lines above line {@code i} and its text up to {@code topEnd}; its text from {@code bottomStart} on and the lines below. */
	private static Halves halvesAt(List<Line> lines, int i, int topEnd, int bottomStart, boolean afterTag) {
		Line line = lines.get(i);
		List<Line> top = new ArrayList<>(lines.subList(0, i));
		List<Line> bottom = new ArrayList<>();
		top.add(part(line.text().substring(0, topEnd), line.doubled()));
		bottom.add(part(line.text().substring(bottomStart), line.doubled()));
		bottom.addAll(lines.subList(i + 1, lines.size()));
		return new Halves(top, bottom, afterTag, i);
	}

	/**
	 * One of two titles printed side by side: a bold one beside a plain one comes out doubled on its own ("一堂…（人民
	 * 一堂…（人民"), which the line as a whole did not show.
	 */
	private static Line part(String text, boolean doubled) {
		String single = LineNormalizer.undouble(text);
		return new Line(single, Chars.width(single), doubled || single.length() < text.length());
	}

	/**
	 * A column tag inside a line ("春运，一场共享发展的旅程（评论员观察）让公众感受历史的"): it closes a main title, so a
	 * title printed beside it runs on after it (the space between them goes with full-width punctuation).
	 */
	private static final Pattern AFTER_TAG = Pattern.compile("(?<=[\\p{IsHan}”》][（(][\\p{IsHan}·、]{2,14}[）)])(?=[^\\s（(）)—]{4})");

	/** A space between two phrases of four characters or more, neither a subtitle. */
	private static final Pattern SPACED = Pattern.compile("(?<=[^\\s]{4})\\s+(?=[^\\s—]{4})");

	/** The lines of {@code kicker} set above the title unit's own, as one unit in the title's place. */
	private static HeadlineMatcher.Unit kickerOver(Block kicker, HeadlineMatcher.Unit title) {
		List<Line> lines = new ArrayList<>(kicker.lines());
		lines.addAll(title.block().lines());
		return new HeadlineMatcher.Unit(new Block(title.block().index(), lines, true), title.group(), title.bylines());
	}

	/** The characters of a title before its closing column tag. */
	private static int wordsBeforeTag(Block title) {
		String text = title.text("");
		int open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
		return open < 0 ? text.length() : open;
	}

	/** How well a headline part fits each body: its share of bigrams found there, shrunk when it has few. */
	private static double[] fits(Block part, List<BigramSet> bodies) {
		BigramSet grams = Bigrams.ofLines(part);
		double[] fit = new double[bodies.size()];
		for (int c = 0; c < bodies.size(); c++) {
			fit[c] = Bigrams.coverage(grams, bodies.get(c)) * grams.size() / (grams.size() + SplitTuning.SHRINK);
		}
		return fit;
	}

	private static int best(double[] fit) {
		int best = 0;
		for (int c = 1; c < fit.length; c++) {
			best = fit[c] > fit[best] ? c : best;
		}
		return best;
	}

	/**
	 * The part that leaves must clearly fit the body it goes to; the part that stays with the block's own body needs
	 * only to fit it clearly better than the other: a short title naming an event ("…枪击案已致27死57伤") shares
	 * fewer words with its report than a subtitle printed over it does with the report it belongs to.
	 */
	private static boolean fitsItsSide(double[] fit, int mine, int other, int own) {
		return mine == own ? fit[mine] - fit[other] >= SplitTuning.HEADLINE_PART_MARGIN : clearly(fit, mine, other);
	}

	private static boolean clearly(double[] fit, int mine, int other) {
		return fit[mine] >= SplitTuning.HEADLINE_PART_FIT && fit[mine] - fit[other] >= SplitTuning.HEADLINE_PART_MARGIN;
	}

}
