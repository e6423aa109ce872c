package org.baoku.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.ocr.OcrLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scanned page's rules are found on its image: long thin rows of ink are rules, a bar as thick as a picture's edge,
 * a short stroke and a stroke through a line of text are not.
 */
class ImageRulesTests {

	private static final double POINTS_PER_PIXEL = 72.0 / 200;

	@Test
	void longThinRowsOfInkAreRulesAndStrokesOfTheTypeAreNot() {
		BufferedImage page = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1000, 1000);
		g.setColor(Color.BLACK);
		g.fillRect(20, 100, 960, 3); // the rule under the page header
		g.fillRect(20, 400, 400, 2); // a rule between two articles
		g.fillRect(500, 400, 400, 60); // a picture
		g.fillRect(20, 600, 60, 3); // a dash
		g.fillRect(100, 800, 400, 6); // a headline's long stroke, inside its line
		g.dispose();
		List<OcrLine> text = List.of(line(80, 760, 560, 840), line(20, 200, 420, 225), line(20, 240, 420, 265));

		List<PageRules.Rule> rules = ImageRules.find(page, text, POINTS_PER_PIXEL);

		assertThat(rules).extracting(r -> Math.round(r.left() / POINTS_PER_PIXEL) + "-" + Math.round(r.right() / POINTS_PER_PIXEL)
				+ "@" + Math.round(r.y() / POINTS_PER_PIXEL)).containsExactlyInAnyOrder("20-979@101", "20-419@401");
	}

	private static OcrLine line(int left, int top, int right, int bottom) {
		return new OcrLine("字", left, top, right, bottom, List.of((left + right) / 2.0), 0.9);
	}

}
