package org.baoku.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.baoku.analysis.Ideographs;
import org.baoku.ingest.split.Chars;

/**
 * Reads every glyph of a one-page PDF with PDFBox, in the order it was drawn, with its position, size and font. A
 * glyph drawn again over itself (fake bold: the same character a fraction of a point away) is kept once and marked
 * doubled.
 */
final class PdfGlyphReader extends PDFTextStripper {

	private final List<Glyph> glyphs = new ArrayList<>();

	private final ReadingStop stop = ReadingStop.current();

	private PdfGlyphReader() throws IOException {
		setSortByPosition(false);
		setSuppressDuplicateOverlappingText(false);
	}

	static List<Glyph> read(PDDocument document) throws IOException {
		PdfGlyphReader reader = new PdfGlyphReader();
		reader.setStartPage(1);
		reader.setEndPage(1);
		reader.getText(document);
		return reader.glyphs;
	}

	/** A page's content may loop (a form drawing itself): past the time limit, the next operator ends the work. */
	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		stop.check();
		super.processOperator(operator, operands);
	}

	/**
	 * What a glyph prints, from what the PDF's text layer gives for it: a radical a font's ToUnicode gives for an
	 * ideograph (⼈ for 人) is the ideograph; a glyph the PDF has no character for (U+FFFF, U+FFFD: xdvipdfmx writes a □
	 * so) is □, the sign Chinese texts print for a character that cannot be read (before a name, a commentary's author
	 * mark).
	 */
	static String printed(String unicode) {
		String text = Ideographs.unify(unicode);
		return text == null ? null : text.replace('\uFFFF', '□').replace('\uFFFD', '□');
	}

	@Override
	protected void processTextPosition(TextPosition position) {
		String text = printed(position.getUnicode());
		if (text == null || text.isBlank()) {
			return;
		}
		// The type size as printed: the text rendering matrix's vertical scale takes in the page's transformation
		// too, which Founder's PDFs use to scale type set at a nominal 1–3 pt (the font size alone misses it).
		double size = Math.abs(position.getYScale());
		if (size <= 0) {
			size = position.getFontSizeInPt() > 0 ? position.getFontSizeInPt() : position.getHeightDir();
		}
		PDFont font = position.getFont();
		String fontName = font == null || font.getName() == null ? "" : baseName(font.getName());
		double width = position.getWidthDirAdj();
		// A font for vertical setting advances down the page, not across: its declared advance is no glyph's width
		// (four ems and more). An ideograph is an em wide at most, give or take a horizontal scale.
		if (text.length() == 1 && Chars.isIdeograph(text.charAt(0)) && width > size * LayoutTuning.MAX_IDEOGRAPH_WIDTH_EM) {
			width = size;
		}
		Glyph glyph = new Glyph(text, position.getXDirAdj(), position.getYDirAdj(), width, size, fontName, false);
		for (int back = glyphs.size() - 1; back >= Math.max(0, glyphs.size() - LayoutTuning.BOLD_LOOKBACK); back--) {
			Glyph other = glyphs.get(back);
			if (other.text().equals(text) && Math.abs(other.x() - glyph.x()) <= LayoutTuning.BOLD_OFFSET
					&& Math.abs(other.baseline() - glyph.baseline()) <= LayoutTuning.BOLD_OFFSET) {
				glyphs.set(back, other.asDoubled());
				return;
			}
		}
		glyphs.add(glyph);
	}

	/** "ABCDEF+WenQuanYiZenHei" → "WenQuanYiZenHei": the subset prefix differs per file, the face does not. */
	private static String baseName(String name) {
		int plus = name.indexOf('+');
		return plus == 6 ? name.substring(plus + 1) : name;
	}

}
