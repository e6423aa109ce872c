package org.baoku.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.baoku.ingest.ocr.OcrLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short line set big beside a picture OCR read nothing in is a column's label; a headline with paper or text beside
 * it, a figure beside a picture and a text-size line beside one are not.
 */
class ColumnLabelsTests {

	/** The text: ten lines 25 pixels high of sixteen characters, characters 20 wide every 25. */
	private static final int TEXT_HEIGHT = 25;

	private final BufferedImage page = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);

	private final Graphics2D ink = page.createGraphics();

	private final List<OcrLine> lines = new ArrayList<>();

	ColumnLabelsTests() {
		ink.setColor(Color.WHITE);
		ink.fillRect(0, 0, page.getWidth(), page.getHeight());
		ink.setColor(Color.DARK_GRAY);
		for (int l = 0; l < 10; l++) {
			lines.add(line("中国特色社会主义进入新时代我国社会", 600, 400 + 33 * l, TEXT_HEIGHT));
		}
	}

	/** A line of characters printed as blocks, its box as OCR finds it. */
	private OcrLine line(String text, int left, int top, int height) {
		int n = text.codePointCount(0, text.length());
		List<Double> centres = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			ink.fillRect(left + height * c + 2, top + 3, height - 5, height - 6);
			centres.add(left + height * c + height / 2.0);
		}
		return new OcrLine(text, left, top, left + height * n, top + height, centres, 0.99, 0.95, false, 0.05);
	}

	/** A logo: a ring of dots as high as the label, beside it. */
	private void logo(int left, int top, int size) {
		for (int d = 0; d < 6; d++) {
			int x = left + (int) (size / 2.0 + size / 3.0 * Math.cos(d)) - size / 8;
			int y = top + (int) (size / 2.0 + size / 3.0 * Math.sin(d)) - size / 8;
			ink.fillOval(x, y, size / 4, size / 4);
		}
		ink.fillOval(left + size / 3, top + size / 3, size / 3, size / 3);
	}

	private ColumnLabels.Found found(OcrLine candidate) {
		lines.add(candidate);
		return ColumnLabels.find(page, lines);
	}

	@Test
	void aShortLineSetBigBesideItsLogoIsAColumnLabel() {
		logo(40, 100, 75);
		OcrLine label = line("思想纵横", 125, 100, 75);

		ColumnLabels.Found found = found(label);

		assertThat(found.labels()).containsExactly(label);
		assertThat(found.text()).hasSize(10).doesNotContain(label);
	}

	@Test
	void theLogoMayStandOnTheRight() {
		OcrLine label = line("热点辨析", 40, 100, 75);
		logo(40 + 4 * 75 + 10, 100, 75);

		assertThat(found(label).labels()).containsExactly(label);
	}

	@Test
	void aHeadlineWithPaperBesideItIsNoLabel() {
		assertThat(found(line("思想纵横", 125, 100, 75)).labels()).isEmpty();
	}

	@Test
	void aHeadlineWithTextBesideItIsNoLabel() {
		// The text's lines stand right beside the headline: their ink is text OCR read.
		OcrLine headline = line("新时代", 370, 400, 75);

		assertThat(found(headline).labels()).isEmpty();
	}

	@Test
	void aFigureBesideAPictureIsAnInfographicsNotALabel() {
		logo(40, 100, 75);

		assertThat(found(line("增长7.2%", 125, 100, 75)).labels()).isEmpty();
	}

	@Test
	void aLineInTheTextsSizeBesideAPictureIsNoLabel() {
		logo(40, 100, 30);

		assertThat(found(line("思想纵横", 75, 100, 30)).labels()).isEmpty();
	}

}
