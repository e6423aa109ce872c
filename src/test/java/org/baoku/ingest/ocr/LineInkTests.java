package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the image shows of a line beyond its words: how high its ink stands inside a box padded alike for every line,
 * the tint behind it, and the unread ink around it (a picture).
 */
class LineInkTests {

	@Test
	void inkHeightIsTheInksNotTheBoxsTintTheGroundsAndPictureTheUnreadInkAround() {
		BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = blackOnWhite(page);
		// Text: strokes 20 px high in a box 40 px high; big type: 36 px high in the same box.
		strokes(g, 50, 60, 20);
		strokes(g, 50, 152, 36);
		// A screened box: the ground grey 204, strokes 20 px high on it.
		g.setColor(new Color(204, 204, 204));
		g.fillRect(40, 240, 400, 50);
		g.setColor(Color.BLACK);
		strokes(g, 50, 255, 20);
		// A photo (dark block) with a caption line across it.
		g.setColor(new Color(60, 60, 60));
		g.fillRect(450, 350, 300, 200);
		g.setColor(Color.WHITE);
		g.fillRect(470, 440, 200, 30);
		g.setColor(Color.BLACK);
		strokes(g, 475, 445, 20);
		g.dispose();

		OcrLine text = line(50, 50, 450, 90);
		OcrLine big = line(50, 150, 450, 190);
		OcrLine screened = line(50, 245, 430, 285);
		OcrLine onPhoto = line(470, 440, 670, 470);
		List<LineInk> inks = LineInk.of(page, List.of(text, big, screened, onPhoto));

		assertThat(inks.get(0).inkHeight()).isCloseTo(20, within(1.0));
		assertThat(inks.get(1).inkHeight()).isCloseTo(36, within(1.0));
		assertThat(inks.get(0).tint()).isZero();
		assertThat(inks.get(2).tint()).isCloseTo(0.2, within(0.02));
		assertThat(inks.get(0).picture()).isLessThan(0.05);
		assertThat(inks.get(3).picture()).isGreaterThan(0.3);
	}

	@Test
	void aSongFacesUprightStrokesAreWiderThanItsLevelOnesAHeiFacesAlike() {
		BufferedImage page = new BufferedImage(500, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = blackOnWhite(page);
		// 宋: upright strokes 6 px wide, level ones 2 px; 黑: both 4 px.
		for (int i = 0; i < 12; i++) {
			g.fillRect(20 + i * 36, 30, 6, 28);
			g.fillRect(20 + i * 36, 36, 24, 2);
			g.fillRect(20 + i * 36, 50, 24, 2);
			g.fillRect(20 + i * 36, 120, 4, 28);
			g.fillRect(20 + i * 36, 126, 24, 4);
			g.fillRect(20 + i * 36, 140, 24, 4);
		}
		g.dispose();

		List<LineInk> inks = LineInk.of(page, List.of(line(15, 25, 470, 65), line(15, 115, 470, 155)));

		LineInk song = inks.get(0);
		LineInk hei = inks.get(1);
		assertThat(song.uprightWidth()).isCloseTo(6, within(0.5));
		assertThat(song.levelWidth()).isCloseTo(2, within(0.5));
		assertThat(hei.uprightWidth()).isCloseTo(4, within(0.5));
		assertThat(hei.levelWidth()).isCloseTo(4, within(0.5));
	}

	/** The page painted white, to draw on in black. */
	private static Graphics2D blackOnWhite(BufferedImage page) {
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setColor(Color.BLACK);
		return g;
	}

	/** A row of ideograph-like strokes, {@code height} px high, from (x, y). */
	private static void strokes(Graphics2D g, int x, int y, int height) {
		for (int i = 0; i < 12; i++) {
			g.fillRect(x + i * 30, y, 4, height);
			g.fillRect(x + i * 30, y + height / 2, 20, 3);
		}
	}

	private static OcrLine line(int left, int top, int right, int bottom) {
		return new OcrLine("中国特色社会主义新时代", left, top, right, bottom,
				List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0), 0.99);
	}

}
