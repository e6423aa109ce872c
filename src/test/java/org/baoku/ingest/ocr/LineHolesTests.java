package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line the detector returned as two boxes with printing between them, inside a column, is joined and read whole; a
 * blank inside a column's line and two columns' lines beside a rule in their gutter are left apart.
 */
class LineHolesTests {

	/** Lines 33 pixels apart, boxes 25 high: characters 20 wide every 25. */
	private static final int LEFT_COLUMN = 20;

	private static final int RIGHT_COLUMN = 450;

	private static final int CHARACTERS = 16;

	private static final int COLUMN_RIGHT = LEFT_COLUMN + 25 * CHARACTERS - 3;

	private static int top(int line) {
		return ColumnPage.top(line);
	}

	/** Ten lines in each of two columns, every character printed. */
	private static BufferedImage page() {
		return page(RIGHT_COLUMN);
	}

	private static BufferedImage page(int rightColumn) {
		return ColumnPage.of(LEFT_COLUMN, rightColumn, CHARACTERS);
	}

	/** Each column's lines as one box a line. */
	private static List<TextDetector.Box> lines() {
		List<TextDetector.Box> boxes = new ArrayList<>();
		for (int line = 0; line < 10; line++) {
			boxes.add(new TextDetector.Box(LEFT_COLUMN - 2, top(line), COLUMN_RIGHT, top(line) + 25, 0.8));
			boxes.add(new TextDetector.Box(RIGHT_COLUMN - 2, top(line), RIGHT_COLUMN + 25 * CHARACTERS - 3, top(line) + 25, 0.8));
		}
		return boxes;
	}

	/** The left column's line {@code line} found as two boxes, the characters from {@code from} to {@code to} missed. */
	private static List<TextDetector.Box> withHole(int line, int from, int to) {
		List<TextDetector.Box> boxes = lines();
		TextDetector.Box whole = boxes.remove(2 * line);
		boxes.add(new TextDetector.Box(whole.left(), whole.top(), LEFT_COLUMN + 25 * from - 3, whole.bottom(), 0.8));
		boxes.add(new TextDetector.Box(LEFT_COLUMN + 25 * to - 2, whole.top() + 2, whole.right(), whole.bottom() - 1, 0.7));
		return boxes;
	}

	@Test
	void aLineWithAHoleIsJoinedWhole() {
		List<TextDetector.Box> filled = LineHoles.filled(page(), withHole(5, 6, 9));

		assertThat(filled).hasSize(20)
			.contains(new TextDetector.Box(LEFT_COLUMN - 2, top(5), COLUMN_RIGHT, top(5) + 25, 0.7));
	}

	@Test
	void aPieceOfTheMissedCharactersIsTakenIntoTheLine() {
		List<TextDetector.Box> boxes = withHole(5, 6, 9);
		boxes.add(new TextDetector.Box(LEFT_COLUMN + 25 * 7, top(5) + 8, LEFT_COLUMN + 25 * 7 + 15, top(5) + 16, 0.5));

		assertThat(LineHoles.filled(page(), boxes)).hasSize(20);
	}

	@Test
	void holesInLinesOneUnderAnotherAreAllFilled() {
		// The column's last line has only the line over it to show it is inside the column, and that has a hole too.
		List<TextDetector.Box> boxes = withHole(8, 6, 9);
		TextDetector.Box whole = boxes.stream().filter(b -> b.left() < RIGHT_COLUMN && b.top() == top(9)).findFirst().orElseThrow();
		boxes.remove(whole);
		boxes.add(new TextDetector.Box(whole.left(), whole.top(), LEFT_COLUMN + 25 * 7 - 3, whole.bottom(), 0.8));
		boxes.add(new TextDetector.Box(LEFT_COLUMN + 25 * 10 - 2, whole.top(), whole.right(), whole.bottom(), 0.8));

		assertThat(LineHoles.filled(page(), boxes)).hasSize(20);
	}

	@Test
	void aBlankInsideAColumnsLineIsNoHole() {
		BufferedImage page = page();
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(LEFT_COLUMN + 25 * 6 - 3, top(5), 25 * 3, 25);
		g.dispose();
		List<TextDetector.Box> boxes = withHole(5, 6, 9);

		assertThat(LineHoles.filled(page, boxes)).containsExactlyInAnyOrderElementsOf(boxes);
	}

	@Test
	void twoColumnsBesideARuleInTheirGutterAreNotJoined() {
		// A narrow gutter: the right column starts an em after the left one ends, a rule down its middle.
		int right = COLUMN_RIGHT + 25;
		BufferedImage page = page(right);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.GRAY);
		List<TextDetector.Box> boxes = new ArrayList<>();
		for (int line = 0; line < 10; line++) {
			boxes.add(new TextDetector.Box(LEFT_COLUMN - 2, top(line), COLUMN_RIGHT, top(line) + 25, 0.8));
			boxes.add(new TextDetector.Box(right - 2, top(line), right + 25 * CHARACTERS - 3, top(line) + 25, 0.8));
		}
		g.fillRect(COLUMN_RIGHT + 11, 100, 2, 400);
		g.dispose();

		assertThat(LineHoles.filled(page, boxes)).containsExactlyInAnyOrderElementsOf(boxes);
	}

}
