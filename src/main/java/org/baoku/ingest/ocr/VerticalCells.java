package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters of a line set top to bottom, as the rows each spans: runs of rows with ink, a gap under
 * {@link OcrTuning#VERTICAL_SPLIT_GAP} of the line's width closed (a character such as 三 has gaps of its own), and a
 * run taller than a character is wide cut into squares (characters set close together).
 */
final class VerticalCells {

	private VerticalCells() {
	}

	static List<int[]> of(BufferedImage page, TextDetector.Box box) {
		int width = box.right() - box.left();
		int top = Math.max(0, box.top());
		int bottom = Math.min(page.getHeight(), box.bottom());
		int left = Math.max(0, box.left());
		int right = Math.min(page.getWidth(), box.right());
		boolean[] inked = new boolean[bottom - top];
		for (int y = top; y < bottom; y++) {
			for (int x = left; x < right; x++) {
				int p = page.getRGB(x, y);
				int luma = Luma.of(p);
				if (luma < OcrTuning.INK_LUMA) {
					inked[y - top] = true;
					break;
				}
			}
		}
		List<int[]> runs = new ArrayList<>();
		int start = -1;
		int lastInk = -1;
		int closeGap = (int) Math.round(width * OcrTuning.VERTICAL_SPLIT_GAP);
		for (int i = 0; i < inked.length; i++) {
			if (!inked[i]) {
				continue;
			}
			if (start >= 0 && i - lastInk > closeGap) {
				runs.add(new int[] { top + start, top + lastInk + 1 });
				start = -1;
			}
			if (start < 0) {
				start = i;
			}
			lastInk = i;
		}
		if (start >= 0) {
			runs.add(new int[] { top + start, top + lastInk + 1 });
		}
		List<int[]> cells = new ArrayList<>();
		// The type is about as wide as the box less the margin the detector leaves round it.
		double side = Math.max(1, width * OcrTuning.VERTICAL_TYPE_SHARE);
		for (int[] run : runs) {
			int count = (int) Math.max(1, Math.round((run[1] - run[0]) / side));
			for (int k = 0; k < count; k++) {
				cells.add(new int[] { run[0] + (run[1] - run[0]) * k / count, run[0] + (run[1] - run[0]) * (k + 1) / count });
			}
		}
		return cells;
	}

}
