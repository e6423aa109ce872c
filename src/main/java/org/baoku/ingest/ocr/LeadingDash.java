package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The dash a subtitle opens with ("——深刻认识…"), which the detector leaves out of the line's box: a long thin stroke
 * at mid-height has none of a character's texture, so the box starts at the first character after it. Without its
 * dash a subtitle reads as a title of its own and its title is left with no text. A stroke found level with the line's
 * middle right before its box, thin, one em long or two, with nothing but paper above, below and before it, is set
 * back in front of the line as one dash a em.
 */
final class LeadingDash {

	private LeadingDash() {
	}

	static OcrLine restored(BufferedImage page, OcrLine line) {
		int height = line.height();
		if (line.vertical() || height < 4 || line.text().startsWith("—")) {
			return line;
		}
		int top = Math.max(0, line.top());
		int bottom = Math.min(page.getHeight(), line.bottom());
		int from = Math.max(0, line.left() - (int) Math.round(height * OcrTuning.DASH_MAX_EMS) - height);
		int to = Math.min(page.getWidth(), line.left() + (int) Math.round(height * OcrTuning.DASH_INSIDE_BOX));
		if (line.left() - from < height) {
			return line;
		}
		// Each column's inked rows within the line's height: none, or a thin run round the middle.
		int middleTop = top + (int) Math.round(height * (0.5 - OcrTuning.DASH_MIDDLE_SHARE / 2));
		int middleBottom = top + (int) Math.round(height * (0.5 + OcrTuning.DASH_MIDDLE_SHARE / 2));
		int maxThickness = Math.max(2, (int) Math.round(height * OcrTuning.DASH_MAX_THICKNESS));
		int[] kind = new int[to - from]; // 0 paper, 1 a dash's stroke, 2 anything else
		for (int x = from; x < to; x++) {
			int first = -1;
			int last = -1;
			for (int y = top; y < bottom; y++) {
				if (isInk(page.getRGB(x, y))) {
					first = first < 0 ? y : first;
					last = y;
				}
			}
			kind[x - from] = first < 0 ? 0
					: first >= middleTop && last < middleBottom && last - first + 1 <= maxThickness ? 1 : 2;
		}
		// The stroke: the last run of stroke columns before the box's characters, with paper between it and them.
		int box = line.left() - from;
		int end = Math.min(box + (int) Math.round(height * OcrTuning.DASH_INSIDE_BOX), kind.length) - 1;
		while (end >= 0 && kind[end] != 1) {
			if (kind[end] == 2 && end < box) {
				return line;
			}
			end--;
		}
		if (end < 0 || end + 1 < box - height * OcrTuning.DASH_MAX_GAP) {
			return line;
		}
		// Two dashes meet where the print is lighter: a break of a few columns is inside the stroke.
		int maxBreak = Math.max(1, (int) Math.round(height * OcrTuning.DASH_MAX_BREAK));
		int start = end;
		for (int x = end - 1; x >= 0 && kind[x] != 2 && start - x <= maxBreak + 1; x--) {
			if (kind[x] == 1) {
				start = x;
			}
		}
		int clear = 0;
		while (start - clear > 0 && kind[start - clear - 1] == 0) {
			clear++;
		}
		boolean pageEdge = from == 0 && start - clear == 0;
		double length = end - start + 1;
		if (Math.min(end + 1, box) - start < height * OcrTuning.DASH_MIN_EMS
				|| clear < height * OcrTuning.DASH_CLEAR_BEFORE && !pageEdge) {
			return line;
		}
		int dashes = (int) Math.max(1, Math.min(2, Math.round(length / height)));
		List<Double> centres = new ArrayList<>();
		for (int k = 0; k < dashes; k++) {
			centres.add(from + start + length * (k + 0.5) / dashes);
		}
		centres.addAll(line.centres());
		return new OcrLine("—".repeat(dashes) + line.text(), Math.min(line.left(), from + start), line.top(), line.right(),
				line.bottom(), centres, line.confidence(), line.weakest(), false, line.weight());
	}

	private static boolean isInk(int p) {
		int luma = (((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000;
		return luma < OcrTuning.INK_LUMA;
	}

}
