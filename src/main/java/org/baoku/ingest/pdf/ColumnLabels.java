package org.baoku.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.baoku.ingest.ocr.Luma;
import org.baoku.ingest.ocr.OcrLine;

/**
 * A column's name printed beside its logo (思想纵横 after a ring of dots, 热点辨析 before a magnifying glass): page
 * furniture like the page's own label, not a headline. A PDF carries such a label as a picture, so its splitter never
 * sees it; OCR reads the name, and taken for a headline it takes the first column of the piece under it away from the
 * piece's own title. A label is a short line of words set well bigger than the text, with a picture beside it in
 * which OCR read nothing: ink over at least {@link LayoutTuning#SCAN_LOGO_INK_SHARE} of the strip
 * {@link LayoutTuning#SCAN_LOGO_REACH} of the line's heights wide on its left or its right, as high as the line. A
 * headline has paper or text beside it.
 */
final class ColumnLabels {

	/** The page's lines without its column labels, and the labels. */
	record Found(List<OcrLine> text, List<OcrLine> labels) {
	}

	private ColumnLabels() {
	}

	static Found find(BufferedImage page, List<OcrLine> ocr) {
		double textHeight = ScannedPage.textHeight(ocr);
		List<OcrLine> text = new ArrayList<>();
		List<OcrLine> labels = new ArrayList<>();
		for (OcrLine line : ocr) {
			if (isLabel(page, line, ocr, textHeight)) {
				labels.add(line);
			}
			else {
				text.add(line);
			}
		}
		return new Found(List.copyOf(text), List.copyOf(labels));
	}

	static boolean isLabel(BufferedImage page, OcrLine line, List<OcrLine> ocr, double textHeight) {
		String printed = line.text().replaceAll("\\s", "");
		int characters = printed.codePointCount(0, printed.length());
		// A column's name is words: a figure set big beside a picture is an infographic's.
		if (line.vertical() || textHeight <= 0 || characters < 2 || characters > LayoutTuning.OCR_LETTERING_MAX_CHARACTERS
				|| printed.codePoints().anyMatch(Character::isDigit)
				|| line.height() < textHeight * LayoutTuning.OCR_LETTERING_HEIGHT) {
			return false;
		}
		int reach = (int) Math.round(line.height() * LayoutTuning.SCAN_LOGO_REACH);
		return inkShare(page, line, ocr, line.left() - reach, line.left()) >= LayoutTuning.SCAN_LOGO_INK_SHARE
				|| inkShare(page, line, ocr, line.right(), line.right() + reach) >= LayoutTuning.SCAN_LOGO_INK_SHARE;
	}

	/** The share of the strip's pixels, beside the line and as high as it, that are ink OCR read no line in. */
	private static double inkShare(BufferedImage page, OcrLine line, List<OcrLine> ocr, int from, int to) {
		int left = Math.max(0, from);
		int right = Math.min(page.getWidth(), to);
		int top = Math.max(0, line.top());
		int bottom = Math.min(page.getHeight(), line.bottom());
		if (right <= left || bottom <= top) {
			return 0;
		}
		List<OcrLine> near = ocr.stream()
			.filter(o -> o != line && o.left() < right && o.right() > left && o.top() < bottom && o.bottom() > top)
			.toList();
		int[] row = new int[right - left];
		int ink = 0;
		for (int y = top; y < bottom; y++) {
			page.getRGB(left, y, row.length, 1, row, 0, row.length);
			for (int i = 0; i < row.length; i++) {
				int x = left + i;
				if (Luma.of(row[i]) < LayoutTuning.SCAN_LOGO_INK_LUMA && !inside(near, x, y)) {
					ink++;
				}
			}
		}
		return ink / (double) ((right - left) * (bottom - top));
	}

	private static boolean inside(List<OcrLine> lines, int x, int y) {
		for (OcrLine o : lines) {
			if (o.left() <= x && x < o.right() && o.top() <= y && y < o.bottom()) {
				return true;
			}
		}
		return false;
	}

}
