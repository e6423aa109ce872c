package org.baoku.ingest.split;

import java.util.Map;

/**
 * `parse --explain`: how a page was read, for people who fix splits. Each block with the kind it was given and the
 * shape signals behind it; each body with the headline blocks it got, how many of each block's bigrams it holds
 * (and the best other body's share), and each article's signals and confidence.
 */
public final class SplitExplainer {

	private SplitExplainer() {
	}

	public static String explain(String pageText) {
		// The text the splitter reads: a double-spaced page is undoubled first, as split does.
		JointCutTrial.Reading reading = new PageSplitter().read(DoubleSpacing.undouble(pageText));
		PageSplitter.Trace trace = reading.trace();
		StringBuilder out = new StringBuilder("== blocks (kind, width/column, signals | text)\n");
		for (int i = 0; i < trace.blocks().size(); i++) {
			Block b = trace.blocks().get(i);
			out.append(String.format("#%-3d %-17s %4.1f/%4.1f %-24s| %s%n", i, trace.kinds().get(i), b.first().width(),
					b.columnWidth(), signals(b), abbreviate(b.text(" / "))));
		}
		out.append("\n== bodies and their headline blocks (share of the block's bigrams in this body / best other)\n");
		HeadlineMatcher.Result result = trace.result();
		for (int c = 0; c < trace.chunks().size(); c++) {
			BodyChunk chunk = trace.chunks().get(c);
			out.append(String.format("body %d: blocks #%d-#%d%s%s%s | %s%n", c, chunk.firstBlock, chunk.lastBlock,
					chunk.openedByDateline ? ", opened by dateline/byline" : "",
					chunk.cutByEvidence ? ", cut off on a headline's evidence" : "",
					chunk.dispatchesJoined > 0 ? ", " + (chunk.dispatchesJoined + 1) + " dispatches of one report joined" : "",
					abbreviate(chunk.text())));
			HeadlineMatcher.Match match = result.matches().get(c);
			for (HeadlineMatcher.Unit unit : match.units()) {
				int u = result.units().indexOf(unit);
				out.append(String.format("    %s #%d %.2f / %.2f  %s%n", unit == match.primary() ? "headline" : "  + part",
						unit.block().index(), result.coverage()[u][c], bestOther(result, u, c),
						unit.block().text(" / ")));
			}
		}
		for (HeadlineMatcher.Unit unit : result.banners()) {
			out.append(String.format("no body took #%d: %s%n", unit.block().index(), unit.block().text(" / ")));
		}
		out.append(reading.outcome().describe()).append('\n');
		out.append("\n== articles (confidence, review, signals)\n");
		for (SplitArticle a : trace.page().articles()) {
			out.append(String.format("%.3f %s %s | %s%n", a.confidence(), a.needsReview() ? "REVIEW" : "ok    ",
					a.isPhoto() ? "[photo]" : a.headline().full(), abbreviate(a.body().replace("\n", ""))));
			if (!a.doubts().isEmpty()) {
				out.append("      doubts: ").append(String.join("；", a.doubts())).append('\n');
			}
			out.append("      signals: ").append(format(a.signals())).append('\n');
		}
		return out.toString();
	}

	private static String signals(Block b) {
		StringBuilder s = new StringBuilder();
		if (b.joinedAbove()) {
			s.append("cut ");
		}
		if (b.lines().stream().anyMatch(Line::doubled)) {
			s.append("bold ");
		}
		if (BlockClassifier.hasBodyShape(b)) {
			s.append("text-shape ");
		}
		if (BlockClassifier.opensArticle(b)) {
			s.append("opens ");
		}
		s.append(b.last().endsSentence() ? "ends-sentence" : b.last().closed() ? "closed" : "open");
		return s.toString();
	}

	private static double bestOther(HeadlineMatcher.Result result, int u, int c) {
		double best = 0;
		for (int o = 0; o < result.coverage()[u].length; o++) {
			if (o != c) {
				best = Math.max(best, result.coverage()[u][o]);
			}
		}
		return best;
	}

	private static String format(Map<String, Double> signals) {
		StringBuilder s = new StringBuilder();
		signals.forEach((k, v) -> {
			if (v != 0) {
				s.append(k).append('=').append(String.format("%.2f", v)).append(' ');
			}
		});
		return s.toString().strip();
	}

	private static String abbreviate(String s) {
		return s.length() <= 70 ? s : s.substring(0, 40) + " … " + s.substring(s.length() - 25);
	}

}
