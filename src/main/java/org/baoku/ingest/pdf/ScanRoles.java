package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A scan's lines set as their roles say they are printed, where the scan model is sure of a role (issue 79): what a
 * PDF says by a line's font and size and OCR measures only roughly. A line of the text is set in the text's size and
 * face (OCR's height of a line of seven characters is not its type's), and a line read inside a picture (lettering on
 * a photo, a chart's labels, a logo: what a PDF carries as an image) is set aside, as a PDF's splitter never sees it.
 */
final class ScanRoles {

	/** The role of words read inside a picture, which the PDF under a training scan had no line for. */
	static final String PICTURE_TEXT = "picture_text";

	static final String BODY = "body";

	/** The lines as their roles set them, and those set aside as a picture's. */
	record Read(List<TextLine> lines, List<TextLine> inPictures) {
	}

	private ScanRoles() {
	}

	static Read of(List<TextLine> guessed) {
		List<Glyph> glyphs = guessed.stream().flatMap(l -> l.glyphs().stream()).toList();
		double textSize = PageLines.bodySize(glyphs);
		List<TextLine> lines = new ArrayList<>();
		List<TextLine> inPictures = new ArrayList<>();
		for (TextLine line : guessed) {
			if (line.surely(PICTURE_TEXT)) {
				inPictures.add(line);
			}
			else if (line.surely(BODY) && textSize > 0
					&& Math.abs(line.size() - textSize) <= textSize * LayoutTuning.SCAN_TEXT_ROLE_SIZE_SHARE) {
				lines.add(inTextType(line, textSize));
			}
			else {
				lines.add(line);
			}
		}
		return new Read(List.copyOf(lines), List.copyOf(inPictures));
	}

	/** The line in the text's size and book face, each character where it was read. */
	private static TextLine inTextType(TextLine line, double textSize) {
		if (line.size() == textSize && ScannedPage.FACE.equals(line.font())) {
			return line;
		}
		double shift = (textSize - line.size()) * LayoutTuning.OCR_BASELINE_BELOW_MIDDLE;
		List<Glyph> glyphs = line.glyphs()
			.stream()
			.map(g -> new Glyph(g.text(), g.x(), g.baseline() + shift, Math.min(g.width(), textSize), textSize,
					ScannedPage.FACE, g.doubled()))
			.toList();
		return TextLine.of(glyphs).withRole(line.role());
	}

}
