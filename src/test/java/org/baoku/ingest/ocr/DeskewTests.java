package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A page laid askew is found so and levelled; a level page is left as it is; points go back to the scan. */
class DeskewTests {

	@Test
	void aPageLaidAskewIsLevelledAndALevelPageIsLeftAlone() {
		BufferedImage level = page(0);
		assertThat(Deskew.level(level).degrees()).isZero();
		assertThat(Deskew.level(level).image()).isSameAs(level);

		for (double skew : new double[] { 0.7, -0.4, 1.0 }) {
			Deskew.Levelled levelled = Deskew.level(page(skew));
			assertThat(levelled.degrees()).as("skew %s", skew).isCloseTo(skew, within(0.1));
			assertThat(Deskew.skew(levelled.image())).as("levelled %s", skew).isCloseTo(0, within(0.1));
		}
	}

	@Test
	void aPointOfTheLevelledPageIsFoundOnTheScan() {
		Deskew.Levelled levelled = new Deskew.Levelled(new BufferedImage(1000, 2000, BufferedImage.TYPE_INT_RGB), 1.0);
		Point2D middle = levelled.scanned(500, 1000);
		assertThat(middle.getX()).isCloseTo(500, within(1e-9));
		Point2D corner = levelled.scanned(1000, 1000);
		// Turned forward a degree round the middle: 500 pixels out, 8.7 pixels down.
		assertThat(corner.getY()).isCloseTo(1000 + 500 * Math.sin(Math.toRadians(1)), within(1e-6));
	}

	/** Rows of "text" (short dark bars with gaps) in four columns, turned by the skew given. */
	private static BufferedImage page(double skew) {
		BufferedImage flat = new BufferedImage(1600, 2200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = flat.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1600, 2200);
		g.setColor(Color.BLACK);
		for (int column = 0; column < 4; column++) {
			for (int y = 150; y < 2050; y += 34) {
				for (int x = 100 + column * 360; x < 420 + column * 360; x += 26) {
					g.fillRect(x, y, 20, 22);
				}
			}
		}
		g.dispose();
		BufferedImage turned = new BufferedImage(1600, 2200, BufferedImage.TYPE_INT_RGB);
		Graphics2D t = turned.createGraphics();
		t.setColor(Color.WHITE);
		t.fillRect(0, 0, 1600, 2200);
		t.rotate(Math.toRadians(skew), 800, 1100);
		t.drawImage(flat, 0, 0, null);
		t.dispose();
		return turned;
	}

}
