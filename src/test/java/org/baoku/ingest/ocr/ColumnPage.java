package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A page of two columns of ten text lines for the line-box tests: lines 33 pixels apart in boxes 25 high, characters
 * printed as grey blocks 20 wide every 25 pixels.
 */
final class ColumnPage {

	static final int LINES = 10;

	private ColumnPage() {
	}

	/** The top of line {@code line}'s box. */
	static int top(int line) {
		return 150 + 33 * line;
	}

	/** A 900 × 600 page with columns of {@code characters} characters starting at the two lefts given. */
	static BufferedImage of(int leftColumn, int rightColumn, int characters) {
		BufferedImage page = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 900, 600);
		g.setColor(Color.GRAY);
		for (int line = 0; line < LINES; line++) {
			for (int column : new int[] { leftColumn, rightColumn }) {
				for (int c = 0; c < characters; c++) {
					g.fillRect(column + 25 * c, top(line) + 3, 20, 19);
				}
			}
		}
		g.dispose();
		return page;
	}

}
