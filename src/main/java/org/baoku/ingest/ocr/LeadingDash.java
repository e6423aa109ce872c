package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The dash a subtitle opens with ("——深刻认识…"), which the detector leaves out of the line's box: a long thin stroke
 * at mid-height has none of a character's texture, so the box starts at the first character after it. Without its
 * dash a subtitle reads as a title of its own and its title is left with no text. A stroke found level with the line's
 * middle right before its box, thin, about two ems long, with paper above, below and before it, is set back in front
 * of the line as the two-em dash Chinese print sets there (a dash of one em is no subtitle's, and as short as 一).
 */
final class LeadingDash {

	private static final String DASH = "——";

	/** What the recognizer reads a dash's half as, when the box took it in. */
	private static final String READ_AS_DASH = "—－-─_";

	private static final int PAPER = 0;

	private static final int STROKE = 1;

	private static final int OTHER_INK = 2;

	private LeadingDash() {
	}

	static OcrLine restored(BufferedImage page, OcrLine line) {
		int height = line.height();
		if (line.vertical() || height < 4 || line.text().startsWith(DASH)) {
			return line;
		}
		int top = Math.max(0, line.top());
		int bottom = Math.min(page.getHeight(), line.bottom());
		// Room for the longest dash and the paper before it.
		int reach = (int) Math.round(height * (OcrTuning.DASH_MAX_HEIGHTS + OcrTuning.DASH_CLEAR_BEFORE)) + 1;
		int from = Math.max(0, line.left() - reach);
		int to = Math.min(page.getWidth(), line.left() + (int) Math.round(height * OcrTuning.DASH_INSIDE_BOX));
		if (line.left() - from < height * OcrTuning.DASH_MIN_HEIGHTS || to <= from) {
			return line;
		}
		int[] kind = columns(page, from, to, line.top(), top, bottom, height);
		int boxAt = line.left() - from;
		int maxBreak = Math.max(1, (int) Math.round(height * OcrTuning.DASH_MAX_BREAK));
		int end = kind.length - 1;
		while (true) {
			// The last stroke before what was looked at: a character inside the box may have one (一, 十), and the
			// dash is looked for left of it.
			while (end >= 0 && kind[end] != STROKE) {
				if (kind[end] == OTHER_INK && end < boxAt) {
					return line;
				}
				end--;
			}
			if (end < 0) {
				return line;
			}
			// Two dashes meet where the print is lighter: a break of a few columns is inside the stroke.
			int start = end;
			for (int x = end - 1; x >= 0 && kind[x] != OTHER_INK && start - x <= maxBreak + 1; x--) {
				if (kind[x] == STROKE) {
					start = x;
				}
			}
			if (start >= boxAt) {
				end = start - 1;
				continue;
			}
			return restored(line, kind, from, boxAt, start, end, height);
		}
	}

	private static OcrLine restored(OcrLine line, int[] kind, int from, int boxAt, int start, int end, int height) {
		if (end + 1 < boxAt - height * OcrTuning.DASH_MAX_GAP) {
			return line;
		}
		int clear = 0;
		while (start - clear > 0 && kind[start - clear - 1] == PAPER) {
			clear++;
		}
		// A stroke from the page's very edge is a rule's end, not a dash.
		boolean pageEdge = from == 0 && start > 0 && clear == start;
		double length = Math.min(end + 1, boxAt) - start;
		if (length < height * OcrTuning.DASH_MIN_HEIGHTS || end - start + 1 > height * OcrTuning.DASH_MAX_HEIGHTS
				|| clear < height * OcrTuning.DASH_CLEAR_BEFORE && !pageEdge) {
			return line;
		}
		String text = line.text();
		List<Double> centres = new ArrayList<>(line.centres());
		double dashEnd = from + Math.min(end + 1, boxAt);
		// Half the dash inside the box, read as a dash or a hyphen: the whole dash is the stroke and that half.
		if (READ_AS_DASH.indexOf(text.charAt(0)) >= 0 && centres.get(0) < line.left() + height) {
			dashEnd = Math.max(dashEnd, centres.get(0));
			text = text.substring(1);
			centres.remove(0);
		}
		double dashStart = from + start;
		centres.add(0, dashStart + (dashEnd - dashStart) * 0.75);
		centres.add(0, dashStart + (dashEnd - dashStart) * 0.25);
		return new OcrLine(DASH + text, Math.min(line.left(), from + start), line.top(), line.right(), line.bottom(), centres,
				line.confidence(), line.weakest(), false, line.weight());
	}

	/** Each column's ink within the line's height: none, a thin stroke round the middle, or other ink. */
	private static int[] columns(BufferedImage page, int from, int to, int lineTop, int top, int bottom, int height) {
		int middleTop = lineTop + (int) Math.round(height * (0.5 - OcrTuning.DASH_MIDDLE_SHARE / 2));
		int middleBottom = lineTop + (int) Math.round(height * (0.5 + OcrTuning.DASH_MIDDLE_SHARE / 2));
		int maxThickness = Math.max(2, (int) Math.round(height * OcrTuning.DASH_MAX_THICKNESS));
		int[] kind = new int[to - from];
		for (int x = from; x < to; x++) {
			int first = -1;
			int last = -1;
			for (int y = top; y < bottom; y++) {
				if (isInk(page.getRGB(x, y))) {
					first = first < 0 ? y : first;
					last = y;
				}
			}
			kind[x - from] = first < 0 ? PAPER
					: first >= middleTop && last < middleBottom && last - first + 1 <= maxThickness ? STROKE : OTHER_INK;
		}
		return kind;
	}

	private static boolean isInk(int p) {
		return Luma.of(p) < OcrTuning.INK_LUMA;
	}

}
