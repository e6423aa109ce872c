package org.baoku.ingest.split;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Where a headline fits no body of its own but stands by a body that already has one, two articles were run
 * together: the body is cut where the text changes subject and each headline keeps the part it fits.
 */
final class RunTogether {

	/** "王卫东、班果分别参加。": the closing line of a report, never the opening of the next. */
	private static final Pattern ATTENDANCE = Pattern
		.compile("^[\\p{IsHan}·、]{2,60}?(?:分别|等)?(?:参加|出席|陪同|参加活动|出席活动)(?:活动|会议|调研|考察)?。$");

	/** No bound on how many words the two sides of a cut may share (a cosine is at most 1). */
	private static final double ANY_WORDING = 2;

	private RunTogether() {
	}

	/** Cuts a body in two where a second headline with no body of its own says two articles ran together. */
	static boolean split(List<BodyChunk> chunks, List<HeadlineMatcher.Unit> units,
			HeadlineMatcher.Result result) {
		Cut best = null;
		double jointBound = TextTunable.JOINT_MAX_COSINE.value();
		for (int u = 0; u < units.size(); u++) {
			HeadlineMatcher.Unit unit = units.get(u);
			// A plain block, not set as a main title ("上海思南读书 / 会迎来5周年" next to a bold title with a subtitle), may
			// still head a text of its own that ran into the body it shares words with; it cuts only where each headline
			// clearly fits a side.
			boolean titleShaped = HeadlineShapes.isMainLike(unit.block()) || HeadlineShapes.closesHeadline(unit.block())
					|| HeadlineShapes.isBoldTitle(unit.block());
			if (result.links()[u] == HeadlineMatcher.Link.PRIMARY
					|| !titleShaped && result.links()[u] != HeadlineMatcher.Link.SHARED_WORDS) {
				continue;
			}
			// A block that shares a body's words is about that body; one taken only for where it stands, or by
			// no body at all, may belong to any body on the page.
			boolean sharesWords = result.links()[u] == HeadlineMatcher.Link.SHARED_WORDS;
			int own = result.chunkOf()[u];
			boolean certain = secondTitle(unit, own, result);
			// A block standing right by its body's headline, in a run of that body's blocks alone, is a part of that
			// headline: that it shares no words with another body is no sign it heads a text inside that body (a
			// kicker's title shares none with its own text as often). A complete title heads a text of its own.
			boolean inOwnRun = own >= 0 && !HeadlineShapes.isCompleteTitle(unit.block())
					&& partOfOwnHeadline(unit, own, units, result);
			for (int target = 0; target < chunks.size(); target++) {
				HeadlineMatcher.Match match = result.matches().get(target);
				if (match.primary() == null || (sharesWords && target != own)) {
					continue;
				}
				// A block printed right by the headline is its kicker or subtitle; one further off in the same run (a
				// block between them) may be a second article's headline: it cuts on clear evidence only. Where
				// JOINT_MAX_COSINE is set (by a profile, or for the joint-cut trial's second reading of the page), a block
				// right by it that reads as neither (no "…强调", no "——…", nothing binding the two) may be a second
				// headline printed with the first: it cuts when each fits its side clearly and the two sides share few
				// words at all.
				boolean ownPart = sharesWords && !certain && partOfOwnHeadline(unit, target, units, result);
				boolean byHeadline = ownPart && Math.abs(unit.block().index() - match.primary().block().index()) <= 1;
				if (byHeadline && (jointBound < 0 || partOf(unit.block(), match.primary().block()))) {
					continue;
				}
				boolean mayFitNothing = !inOwnRun || target == own;
				Cut cut = bestCut(chunks.get(target), match.primary(), unit,
						certain ? OptionalDouble.of(bestElsewhere(result.coverage()[u], target)) : OptionalDouble.empty(),
						mayFitNothing, !titleShaped || ownPart, own < 0 && titleBelow(unit, chunks.get(target), match)
								|| taggedFittingNothing(unit, result.coverage()[u]),
						byHeadline ? jointBound : ANY_WORDING);
				if (cut != null && (best == null || cut.score > best.score)) {
					best = new Cut(target, cut.paragraph, cut.score, cut.newcomerFirst, unit);
				}
			}
		}
		if (best == null) {
			return false;
		}
		BodyChunk head = chunks.get(best.chunk);
		BodyChunk tail = head.splitAt(best.paragraph);
		chunks.add(best.chunk + 1, tail);
		// The headline that justified the cut keeps the part it was found to fit.
		(best.newcomerFirst ? head : tail).claimedBy = best.newcomer.block().index();
		return true;
	}

	/**
	 * A whole title, closed by its column tag ("…（今日谈）") or by its own subtitle ("——…"), that went to a text whose
	 * headline blocks hold another such title: a headline has one main title, so two of them over one text are two
	 * articles run together for certain, and this one heads a text of its own somewhere on the page.
	 */
	private static boolean secondTitle(HeadlineMatcher.Unit unit, int chunk, HeadlineMatcher.Result result) {
		return chunk >= 0 && wholeTitle(unit.block()) && result.matches()
			.get(chunk)
			.units()
			.stream()
			.filter(x -> wholeTitle(x.block()))
			.count() >= 2;
	}

	/**
	 * A title with its column tag printed right below a text whose own headline stands above it: on a page that
	 * prints titles after their texts as well, it closes the text above it, whose last part it heads.
	 */
	private static boolean titleBelow(HeadlineMatcher.Unit unit, BodyChunk chunk, HeadlineMatcher.Match match) {
		return HeadlineShapes.isCompleteTitle(unit.block()) && unit.block().index() == chunk.lastBlock + 1
				&& match.primary().block().index() < chunk.firstBlock;
	}

	/**
	 * A title with its column tag that shares few words with any text on the page: a commentary's title often names
	 * its point in words of its own, and where headlines are printed together it stands by no text of its own.
	 */
	private static boolean taggedFittingNothing(HeadlineMatcher.Unit unit, double[] coverage) {
		return HeadlineShapes.isCompleteTitle(unit.block()) && bestElsewhere(coverage, -1) < SplitTuning.TAGGED_FITS_NOTHING;
	}

	/** A title closed as only a whole headline is: by its column tag or by its own subtitle line ("——…"). */
	private static boolean wholeTitle(Block block) {
		return HeadlineShapes.closesHeadline(block) && !HeadlineShapes.isSubtitle(block);
	}

	/** A block printed right by a headline that reads as its kicker or subtitle, or binds to it either way. */
	private static boolean partOf(Block block, Block headline) {
		return HeadlineShapes.isSubtitle(block) || HeadlineShapes.readsAsKicker(block) || HeadlineShapes.bindsTo(block, headline)
				|| HeadlineShapes.bindsTo(headline, block);
	}

	/** The best share of a block's bigrams in any body but {@code target}. */
	private static double bestElsewhere(double[] coverage, int target) {
		double best = 0;
		for (int c = 0; c < coverage.length; c++) {
			best = c == target ? best : Math.max(best, coverage[c]);
		}
		return best;
	}

	record Cut(int chunk, int paragraph, double score, boolean newcomerFirst, HeadlineMatcher.Unit newcomer) {
	}

	/**
	 * The paragraph boundary where the text changes subject most clearly and each headline fits its side; null
	 * when no boundary is convincing. A newcomer certain to head a text of its own ({@code certainElsewhere}: its best
	 * fit in the other bodies) needs only to fit its side better than any other body, since commentary titles share
	 * few words with their text; the wording must still change at the cut. A newcomer that fits nothing may cut at a
	 * topic break before a dated opening only when {@code mayFitNothing}, and takes the text from the opening on: what
	 * comes before it, left by a headline that fits only the rest, is that text's own first part. A title printed
	 * right below the text, or a tagged title that fits no text on the page ({@code takesTail}), takes its last part,
	 * where the kept headline's words give out (not when only clear sides may cut). No cut parts a pull quote from the
	 * passage it repeats, nor sides sharing more wording overall than {@code maxWholeCosine} ({@link #ANY_WORDING}: no
	 * bound).
	 */
	static Cut bestCut(BodyChunk chunk, HeadlineMatcher.Unit kept, HeadlineMatcher.Unit newcomer,
			OptionalDouble certainElsewhere, boolean mayFitNothing, boolean clearSidesOnly, boolean takesTail,
			double maxWholeCosine) {
		List<String> paragraphs = chunk.texts();
		if (paragraphs.size() < 2) {
			return null;
		}
		BigramSet keptGrams = Bigrams.ofLines(kept.block());
		BigramSet newGrams = Bigrams.ofLines(newcomer.block());
		String whole = String.join("", paragraphs);
		double newWhole = Bigrams.coverage(newGrams, Bigrams.of(whole));
		// Each paragraph leans to the headline whose words it uses more; a good cut has the leanings on its sides.
		double[] lean = new double[paragraphs.size()];
		double totalLean = 0;
		for (int p = 0; p < paragraphs.size(); p++) {
			BigramSet grams = Bigrams.of(paragraphs.get(p));
			lean[p] = shared(keptGrams, grams) - shared(newGrams, grams);
			totalLean += Math.abs(lean[p]);
		}
		int[] repeatedLater = repeatedLater(paragraphs);
		Cut best = null;
		for (int at = 1; at < paragraphs.size(); at++) {
			if (separatesRepeat(repeatedLater, at)) {
				continue;
			}
			String head = String.join("", paragraphs.subList(0, at));
			String tail = String.join("", paragraphs.subList(at, paragraphs.size()));
			if (head.length() < SplitTuning.MIN_PART || tail.length() < SplitTuning.MIN_PART || !Chars.isClosing(Chars.last(head))
					|| ATTENDANCE.matcher(paragraphs.get(at)).find()) {
				continue;
			}
			if (maxWholeCosine < ANY_WORDING && Bigrams.cosine(Bigrams.counts(head), Bigrams.counts(tail)) > maxWholeCosine) {
				continue;
			}
			BigramSet headGrams = Bigrams.of(head);
			BigramSet tailGrams = Bigrams.of(tail);
			double topic = Bigrams.cosine(Bigrams.counts(head.substring(Math.max(0, head.length() - SplitTuning.TOPIC_WINDOW))),
					Bigrams.counts(tail.substring(0, Math.min(tail.length(), SplitTuning.TOPIC_WINDOW))));
			double opener = BlockClassifier.OPENING.matcher(paragraphs.get(at)).find() ? SplitTuning.OPENER_BONUS : 0;
			for (boolean newcomerFirst : new boolean[] { false, true }) {
				BigramSet keptSide = newcomerFirst ? tailGrams : headGrams;
				BigramSet newSide = newcomerFirst ? headGrams : tailGrams;
				double keptFit = Bigrams.coverage(keptGrams, keptSide);
				double newFit = Bigrams.coverage(newGrams, newSide);
				double newElsewhere = Bigrams.coverage(newGrams, keptSide);
				// The kept headline still fits its side, and better than the other: general words ("西宁", "发展")
				// run through both articles, so some of its share is lost with the other side.
				double keptElsewhere = Bigrams.coverage(keptGrams, newSide);
				boolean keptKeepsBody = keptFit >= SplitTuning.MIN_KEPT_FIT && keptFit > keptElsewhere;
				boolean newLocalized = newFit >= newElsewhere + SplitTuning.CUT_HEADLINE_MARGIN && newFit >= TextTunable.CUT_HEADLINE_MIN_FIT.value();
				boolean newFitsNothing = mayFitNothing && !newcomerFirst && newWhole < SplitTuning.FITS_NOTHING && topic < TextTunable.TOPIC_BREAK.value() && opener > 0;
				boolean certainFits = certainElsewhere.isPresent() && newFit > certainElsewhere.getAsDouble();
				// A title below the text, or one that fits no text, takes the last part where the kept headline's words give out.
				boolean closesTail = takesTail && !newcomerFirst && keptKeepsBody && newFit >= newElsewhere
						&& keptFit >= SplitTuning.TITLE_BELOW_KEPT_RATIO * keptElsewhere && tail.length() >= SplitTuning.CLEAR_SIDE_MIN_PART
						&& topic < TextTunable.TOPIC_BREAK.value();
				boolean evidence = clearSidesOnly ? keptKeepsBody && clearSides(head, tail, keptFit, keptElsewhere, newFit, newElsewhere, topic)
						: certainFits || keptKeepsBody && (newLocalized || newFitsNothing) || closesTail;
				if (!evidence || topic > SplitTuning.MAX_TOPIC_OVERLAP) {
					continue;
				}
				double sides = 0;
				for (int p = 0; p < paragraphs.size(); p++) {
					sides += (p < at) != newcomerFirst ? lean[p] : -lean[p];
				}
				double score = keptFit + newFit - SplitTuning.CUT_TOPIC_WEIGHT * topic + opener + (totalLean == 0 ? 0 : sides / totalLean);
				if (best == null || score > best.score) {
					best = new Cut(-1, at, score, newcomerFirst, newcomer);
				}
			}
		}
		return best;
	}

	/**
	 * For each paragraph, the last later paragraph that repeats its words (a pull quote printed at a commentary's
	 * head restates a passage of it, "提要"), or -1. The two are one article's: no cut falls between them.
	 */
	static int[] repeatedLater(List<String> paragraphs) {
		int[] later = new int[paragraphs.size()];
		List<BigramSet> grams = paragraphs.stream().map(Bigrams::of).toList();
		for (int p = 0; p < paragraphs.size(); p++) {
			later[p] = -1;
			if (grams.get(p).size() < SplitTuning.REPEAT_MIN_BIGRAMS) {
				continue;
			}
			for (int q = p + 1; q < paragraphs.size(); q++) {
				if (Bigrams.coverage(grams.get(p), grams.get(q)) >= SplitTuning.PULL_QUOTE_COVERAGE
						|| Bigrams.coverage(grams.get(q), grams.get(p)) >= SplitTuning.PULL_QUOTE_COVERAGE
								&& grams.get(q).size() >= SplitTuning.REPEAT_MIN_BIGRAMS) {
					later[p] = q;
				}
			}
		}
		return later;
	}

	/** Whether a cut before paragraph {@code at} parts a paragraph from its repeat. */
	static boolean separatesRepeat(int[] repeatedLater, int at) {
		for (int p = 0; p < at; p++) {
			if (repeatedLater[p] >= at) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Two texts long enough to be articles (a kicker or title often restates the first paragraph only), each headline
	 * fitting its side well and at least {@link SplitTuning#CLEAR_SIDE_RATIO} times better than the other side, and
	 * the wording changing at the cut.
	 */
	private static boolean clearSides(String head, String tail, double keptFit, double keptElsewhere, double newFit,
			double newElsewhere, double topic) {
		return Math.min(head.length(), tail.length()) >= SplitTuning.CLEAR_SIDE_MIN_PART
				&& newFit >= SplitTuning.CLEAR_SIDE_MIN_FIT && newFit >= SplitTuning.CLEAR_SIDE_RATIO * newElsewhere
				&& keptFit >= SplitTuning.CLEAR_SIDE_RATIO * keptElsewhere && topic < TextTunable.TOPIC_BREAK.value();
	}

	private static int shared(BigramSet headline, BigramSet paragraph) {
		return headline.sharedWith(paragraph);
	}

	/**
	 * A block printed together with the winning headline block, in a run of blocks that all went to the same body,
	 * is a kicker or subtitle of that headline. Where the run holds other bodies' headlines too (all headlines
	 * grouped at the end of a page), standing next to it proves nothing.
	 */
	private static boolean partOfOwnHeadline(HeadlineMatcher.Unit unit, int chunk, List<HeadlineMatcher.Unit> units,
			HeadlineMatcher.Result result) {
		HeadlineMatcher.Unit primary = result.matches().get(chunk).primary();
		// A title closed by a column tag ("…（今日谈）") or a subtitle ("——…") is a headline of its own: printed above
		// another title, it is not its kicker.
		if (HeadlineShapes.closesHeadline(unit.block()) && unit.block().index() < primary.block().index()) {
			return false;
		}
		int low = units.indexOf(primary);
		int high = low;
		while (low > 0 && adjacent(units.get(low - 1), units.get(low))) {
			low--;
		}
		while (high + 1 < units.size() && adjacent(units.get(high), units.get(high + 1))) {
			high++;
		}
		int at = units.indexOf(unit);
		if (at < low || at > high) {
			return false;
		}
		for (int i = low; i <= high; i++) {
			if (result.chunkOf()[i] != chunk) {
				return false;
			}
		}
		return true;
	}

	private static boolean adjacent(HeadlineMatcher.Unit above, HeadlineMatcher.Unit below) {
		return above.group() == below.group() && above.block().index() + 1 == below.block().index();
	}

}
