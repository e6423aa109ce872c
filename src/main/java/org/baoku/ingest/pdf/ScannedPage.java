package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.baoku.ingest.ocr.OcrLine;

/**
 * A scanned page's OCR lines as the layout splitter reads a PDF's: each line becomes a text line of glyphs in page
 * points, its type size from the line's height (the detector's box holds the type with a margin around it). OCR
 * measures sizes only roughly, so sizes within {@link LayoutTuning#OCR_SAME_SIZE_SHARE} of each other are taken as
 * one, as a PDF gives one size to all its running text. Between the spaces the recognizer read, characters are set
 * at an even pitch from the first's place to the last's, so that no gap opens where none was printed.
 */
final class ScannedPage {

	/** The face OCR glyphs are set in: OCR tells sizes apart, and faces only by how heavy their strokes are … */
	static final String FACE = "ocr";

	/** … a line's strokes {@link LayoutTuning#OCR_HEAVY_WEIGHT} times as heavy as the text's are set in this one. */
	static final String HEAVY_FACE = "ocr-heavy";

	private ScannedPage() {
	}

	/** Whether the line was read by OCR off a scan (set in one of its faces), not drawn in a PDF's text layer. */
	static boolean isRead(TextLine line) {
		return !line.glyphs().isEmpty()
				&& (FACE.equals(line.glyphs().get(0).font()) || HEAVY_FACE.equals(line.glyphs().get(0).font()));
	}

	/** A text line set from an OCR line, and the OCR line it was set from (a vertical one sets one a character). */
	record Placed(TextLine line, OcrLine read) {
	}

	static List<TextLine> lines(List<OcrLine> ocr, double pointsPerPixel) {
		return placed(ocr, pointsPerPixel).stream().map(Placed::line).toList();
	}

	static List<Placed> placed(List<OcrLine> ocr, double pointsPerPixel) {
		return placed(ocr, pointsPerPixel, l -> 0);
	}

	/**
	 * The lines set, each line's size its type's against the text's as measured on the image ({@code againstText}; 0
	 * where not measured: the size is then the box's).
	 */
	static List<Placed> placed(List<OcrLine> ocr, double pointsPerPixel, ToDoubleFunction<OcrLine> againstText) {
		List<Double> sizes = sizes(ocr, pointsPerPixel, againstText);

		double textWeight = textWeight(ocr);
		double textHeight = textHeight(ocr);
		List<Placed> lines = new ArrayList<>();
		for (int l = 0; l < ocr.size(); l++) {
			OcrLine line = ocr.get(l);
			double size = sizes.get(l);
			if (isLettering(line, textWeight, textHeight)) {
				continue;
			}
			if (line.vertical()) {
				vertical(line, size, pointsPerPixel).forEach(stacked -> lines.add(new Placed(stacked, line)));
				continue;
			}
			double baseline = (line.top() + line.bottom()) / 2.0 * pointsPerPixel + size * LayoutTuning.OCR_BASELINE_BELOW_MIDDLE;
			int[] characters = line.text().codePoints().toArray();
			String face = textWeight > 0 && line.weight() >= textWeight * LayoutTuning.OCR_HEAVY_WEIGHT ? HEAVY_FACE : FACE;
			List<Glyph> glyphs = new ArrayList<>();
			int runStart = 0;
			for (int i = 0; i <= characters.length; i++) {
				if (i < characters.length && !Character.isWhitespace(characters[i])) {
					continue;
				}
				// A run of characters between spaces read, set at an even pitch.
				int n = i - runStart;
				if (n > 0) {
					double first = line.centres().get(runStart) * pointsPerPixel;
					double last = line.centres().get(i - 1) * pointsPerPixel;
					double pitch = n > 1 ? (last - first) / (n - 1) : size;
					double width = Math.max(size * LayoutTuning.MIN_ADVANCE_EM, Math.min(size, pitch));
					for (int k = 0; k < n; k++) {
						String c = new String(Character.toChars(characters[runStart + k]));
						glyphs.add(new Glyph(c, first + k * pitch - width / 2, baseline, width, size, face, false));
					}
				}
				runStart = i + 1;
			}
			if (!glyphs.isEmpty()) {
				lines.add(new Placed(TextLine.of(glyphs), line));
			}
		}
		return lines;
	}

	/**
	 * Lettering drawn in outline (a column's logo, a series label on a picture): a few big characters whose strokes
	 * are far lighter than the text's, as no headline is set. A PDF carries such lettering as a picture, so the scan's
	 * is set aside as the PDF's is, and the text under it joins the article beside it as it does there.
	 */
	static boolean isLettering(OcrLine line, double textWeight, double textHeight) {
		String printed = line.text().replaceAll("\\s", "");
		return !line.vertical() && textWeight > 0 && line.weight() > 0
				&& line.weight() <= textWeight * LayoutTuning.OCR_OUTLINE_WEIGHT
				&& line.height() >= textHeight * LayoutTuning.OCR_LETTERING_HEIGHT
				&& printed.codePointCount(0, printed.length()) <= LayoutTuning.OCR_LETTERING_MAX_CHARACTERS;
	}

	/** The page's lines but the lettering ({@link #isLettering}): what OCR read as text. */
	static List<OcrLine> withoutLettering(List<OcrLine> ocr) {
		double textWeight = textWeight(ocr);
		double textHeight = textHeight(ocr);
		return ocr.stream().filter(l -> !isLettering(l, textWeight, textHeight)).toList();
	}

	/** How high the text's lines are: the middle height of the lines of six characters and more set across. */
	static double textHeight(List<OcrLine> ocr) {
		return middleOfText(ocr, OcrLine::height);
	}

	/** How heavy the text's strokes are: the middle weight of the lines of six characters and more set across. */
	static double textWeight(List<OcrLine> ocr) {
		return middleOfText(ocr, OcrLine::weight);
	}

	private static double middleOfText(List<OcrLine> ocr, ToDoubleFunction<OcrLine> measure) {
		double[] values = ocr.stream()
			.filter(l -> !l.vertical() && l.text().codePointCount(0, l.text().length()) >= 6)
			.mapToDouble(measure)
			.sorted()
			.toArray();
		return values.length == 0 ? 0 : values[values.length / 2];
	}

	/**
	 * A line set top to bottom as a PDF sets it: each character a line of its own, stacked down one left edge (what
	 * {@link HeadGroup#isVertical()} reads as a vertical title or author line).
	 */
	private static List<TextLine> vertical(OcrLine line, double size, double pointsPerPixel) {
		List<TextLine> stacked = new ArrayList<>();
		int[] characters = line.text().codePoints().toArray();
		double left = (line.left() + line.right()) / 2.0 * pointsPerPixel - size / 2;
		for (int i = 0; i < characters.length; i++) {
			if (Character.isWhitespace(characters[i])) {
				continue;
			}
			double middle = line.centres().get(i) * pointsPerPixel;
			String c = new String(Character.toChars(characters[i]));
			stacked.add(TextLine.of(List.of(new Glyph(c, left, middle + size * LayoutTuning.OCR_BASELINE_BELOW_MIDDLE, size,
					size, FACE, false))));
		}
		return stacked;
	}

	/**
	 * Each line's type size: its type's against the text's as measured on the image ({@link ScanLines#typeAgainstText}),
	 * times the text's size, where it was measured; else its box's height (a vertical line's width) times
	 * {@link LayoutTuning#OCR_TYPE_SHARE_OF_BOX}. The detector pads every box alike, so boxes flatten sizes: on
	 * 人民日报 2018-01-02 (seen) its subheadings, set 1.55 times the text, and its author lines, 1.16 times, both had
	 * boxes 1.28 times the text's (issue 79). The text's own size to every line measured near it
	 * ({@link LayoutTuning#OCR_TEXT_SIZE_SHARE}); then every size set to the middle one of its group (sizes within the
	 * share of the group's smallest). The text's many lines, one size now, take into their group the few lines
	 * measured a little farther off, as they should: grouping only the others (so that the text's size stays exactly
	 * its own) fell from 0.510 to 0.447 article F1 on the 19 scans.
	 */
	private static List<Double> sizes(List<OcrLine> ocr, double pointsPerPixel, ToDoubleFunction<OcrLine> againstText) {
		double textSize = textHeight(ocr) * LayoutTuning.OCR_TYPE_SHARE_OF_BOX * pointsPerPixel;
		List<Double> measured = ocr.stream()
			.map(l -> againstText.applyAsDouble(l) > 0 ? textSize * againstText.applyAsDouble(l)
					: (l.vertical() ? l.right() - l.left() : l.height()) * LayoutTuning.OCR_TYPE_SHARE_OF_BOX * pointsPerPixel)
			.map(m -> textSize > 0 && Math.abs(m - textSize) <= textSize * LayoutTuning.OCR_TEXT_SIZE_SHARE ? textSize : m)
			.toList();
		double share = ocr.stream().anyMatch(l -> againstText.applyAsDouble(l) > 0) ? LayoutTuning.SCAN_SAME_SIZE_SHARE
				: LayoutTuning.OCR_SAME_SIZE_SHARE;
		List<Double> sorted = measured.stream().sorted().toList();
		List<double[]> groups = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= sorted.size(); i++) {
			if (i == sorted.size() || sorted.get(i) > sorted.get(start) * (1 + share)) {
				groups.add(new double[] { sorted.get(start), sorted.get(i - 1), sorted.get((start + i - 1) / 2) });
				start = i;
			}
		}
		List<Double> sizes = new ArrayList<>();
		for (double size : measured) {
			sizes.add(groups.stream().filter(g -> g[0] <= size && size <= g[1]).findFirst().orElseThrow()[2]);
		}
		return sizes;
	}

}
