package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detected boxes become one box per printed line (pieces of a line joined, the same text found twice dropped, the
 * next column left apart), and a line set top to bottom is cut into its characters.
 */
class LineBoxesTests {

	@Test
	void piecesOfOneLineAreJoinedAndTheNextColumnIsNot() {
		TextDetector.Box first = new TextDetector.Box(1923, 516, 2221, 538, 0.8);
		TextDetector.Box second = new TextDetector.Box(2231, 517, 2515, 539, 0.8);
		// The next column, an em and a half of gutter away.
		TextDetector.Box nextColumn = new TextDetector.Box(2550, 516, 2850, 538, 0.8);

		assertThat(LineBoxes.of(List.of(second, nextColumn, first))).containsExactlyInAnyOrder(
				new TextDetector.Box(1923, 516, 2515, 539, 0.8), nextColumn);
	}

	@Test
	void theSameTextFoundTwiceIsKeptOnceAndLinesOfOtherHeightsOrVerticalOnesAreNotJoined() {
		TextDetector.Box title = new TextDetector.Box(2619, 345, 2732, 1027, 0.9);
		TextDetector.Box again = new TextDetector.Box(2621, 929, 2732, 1050, 0.9);
		TextDetector.Box author = new TextDetector.Box(2553, 951, 2582, 1034, 0.9);
		TextDetector.Box headline = new TextDetector.Box(100, 300, 900, 360, 0.9);
		TextDetector.Box text = new TextDetector.Box(910, 320, 1300, 345, 0.9);

		assertThat(LineBoxes.of(List.of(title, again, author, headline, text))).containsExactlyInAnyOrder(title, author,
				headline, text);
	}

	@Test
	void piecesOfATitleSetTopToBottomAreJoinedIntoOneVerticalLine() {
		// 意 气 风 发 走 进 新 时 代 as the detector found them (人民日报 2018-01-02, seen): a character each, one
		// overlapping the next; the author's name beside it in three pieces.
		List<TextDetector.Box> title = List.of(new TextDetector.Box(2614, 1307, 2731, 1430, 0.9),
				new TextDetector.Box(2614, 1411, 2730, 1561, 0.9), new TextDetector.Box(2621, 1565, 2727, 1671, 0.9),
				new TextDetector.Box(2617, 1674, 2729, 1802, 0.9), new TextDetector.Box(2614, 1788, 2729, 1926, 0.9));
		List<TextDetector.Box> author = List.of(new TextDetector.Box(2556, 1819, 2584, 1845, 0.9),
				new TextDetector.Box(2555, 1847, 2585, 1876, 0.9), new TextDetector.Box(2554, 1877, 2584, 1906, 0.9));
		List<TextDetector.Box> all = new java.util.ArrayList<>(title);
		all.addAll(author);

		assertThat(LineBoxes.of(all)).containsExactlyInAnyOrder(new TextDetector.Box(2614, 1307, 2731, 1926, 0.9),
				new TextDetector.Box(2554, 1819, 2585, 1906, 0.9));
	}

	@Test
	void aParagraphsLastCharacterAndTheLinesOfAColumnAreNotStacked() {
		TextDetector.Box line = new TextDetector.Box(100, 100, 420, 125, 0.9);
		TextDetector.Box last = new TextDetector.Box(100, 133, 126, 158, 0.9);
		TextDetector.Box next = new TextDetector.Box(125, 166, 420, 191, 0.9);
		// One character alone, far below: a stack of one stays as it was.
		TextDetector.Box alone = new TextDetector.Box(100, 400, 126, 425, 0.9);

		assertThat(LineBoxes.of(List.of(line, last, next, alone))).containsExactlyInAnyOrder(line, last, next, alone);
	}

	@Test
	void digitsStackedInATableColumnAreNotTakenForAVerticalLine() {
		TextDetector.Box text = new TextDetector.Box(100, 100, 420, 125, 0.9);
		TextDetector.Box one = new TextDetector.Box(500, 100, 512, 125, 0.9);
		TextDetector.Box two = new TextDetector.Box(500, 128, 512, 153, 0.9);
		TextDetector.Box three = new TextDetector.Box(500, 156, 512, 181, 0.9);

		assertThat(LineBoxes.of(List.of(text, one, two, three))).containsExactlyInAnyOrder(text, one, two, three);
	}

	@Test
	void aVerticalLineIsCutIntoItsCharactersWhereTheInkStops() {
		BufferedImage page = new BufferedImage(200, 700, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 200, 700);
		g.setColor(Color.BLACK);
		// Three characters 80 high with 40 between them, the second with a gap of its own (as 三 has), then two set
		// close together (160 of ink with no gap).
		g.fillRect(60, 20, 80, 80);
		g.fillRect(60, 140, 80, 30);
		g.fillRect(60, 180, 80, 40);
		g.fillRect(60, 260, 80, 80);
		g.fillRect(60, 380, 80, 160);
		g.dispose();

		List<int[]> cells = VerticalCells.of(page, new TextDetector.Box(50, 10, 150, 560, 0.9));

		assertThat(cells).extracting(c -> c[0] + "-" + c[1]).containsExactly("20-100", "140-220", "260-340", "380-460",
				"460-540");
	}

}
