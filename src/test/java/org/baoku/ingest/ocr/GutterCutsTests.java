package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line the detector ran across a column's gutter is cut there, also where the gutter shows on one side only (under
 * a headline); a wide gap inside a column, a gap over or under bare paper, a gap under paper the lines above leave by
 * chance (within a column's width of their edge too), and a headline over the columns are left whole.
 */
class GutterCutsTests {

	/** Two columns of lines 33 pixels apart, boxes 25 high: characters 20 wide every 25, the gutter 35 of paper. */
	private static final int LEFT_COLUMN = 20;

	private static final int RIGHT_COLUMN = 450;

	private static final int CHARACTERS = 16;

	private static int top(int line) {
		return ColumnPage.top(line);
	}

	private static BufferedImage page() {
		return ColumnPage.of(LEFT_COLUMN, RIGHT_COLUMN, CHARACTERS);
	}

	/** The lines as the detector found them: each column's apart, but line {@code across} as one box over both. */
	private static List<TextDetector.Box> lines(int across) {
		List<TextDetector.Box> boxes = new ArrayList<>();
		for (int line = 0; line < 10; line++) {
			if (line == across) {
				boxes.add(new TextDetector.Box(18, top(line), 847, top(line) + 25, 0.8));
			}
			else {
				boxes.add(new TextDetector.Box(18, top(line), 417, top(line) + 25, 0.8));
				boxes.add(new TextDetector.Box(448, top(line), 847, top(line) + 25, 0.8));
			}
		}
		return boxes;
	}

	@Test
	void aLineAcrossTheGutterIsCutThereInTwo() {
		List<TextDetector.Box> cut = GutterCuts.of(page(), lines(5));

		assertThat(cut).hasSize(20);
		// Each piece keeps a fifth of its height of the gutter's paper beside its last or first character.
		assertThat(cut).contains(new TextDetector.Box(18, top(5), 420, top(5) + 25, 0.8),
				new TextDetector.Box(445, top(5), 847, top(5) + 25, 0.8));
	}

	@Test
	void aLineAcrossAGutterWithASpeckInItIsCutToo() {
		// A worn scan's speck in the gutter, in the line's rows only: its paper in two parts, each standing off one
		// column's edge by more than half a line's height.
		BufferedImage page = page();
		Graphics2D g = page.createGraphics();
		g.setColor(Color.BLACK);
		g.fillRect(430, top(5) + 10, 1, 3);
		g.dispose();

		assertCutInTwo(GutterCuts.of(page, lines(5)), 20, 5, 420, 425, 847);
	}

	@Test
	void aColumnsFirstLineAcrossTheGutterIsCutToo() {
		assertThat(GutterCuts.of(page(), lines(0))).hasSize(20);
	}

	@Test
	void aColumnsFirstLineUnderAHeadlineAcrossBothColumnsIsCutToo() {
		// The gutter shows below the line only: a headline runs over both columns just above it.
		BufferedImage page = page();
		Graphics2D g = page.createGraphics();
		g.setColor(Color.GRAY);
		g.fillRect(40, 80, 780, 36);
		g.dispose();
		List<TextDetector.Box> boxes = new ArrayList<>(lines(0));
		boxes.add(new TextDetector.Box(38, 78, 822, 118, 0.9));

		assertCutInTwo(GutterCuts.of(page, boxes), 21, 0, 420, 445, 847);
	}

	@Test
	void aGapUnderPaperLeftByTheLinesAboveByChanceIsNotAGutter() {
		// The column's third line has a gap after its eighth character; above it, the second line a wider blank (an
		// indent) and the first a gap just as wide (a comma over a comma): paper through every line above, the
		// column's text across the lines below. Only one line above has ink up to the paper on both hands.
		BufferedImage page = withGap(2);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(LEFT_COLUMN + 25 * 7, top(1), 100, 25);
		g.fillRect(LEFT_COLUMN + 25 * 8, top(0), 50, 25);
		g.dispose();
		List<TextDetector.Box> boxes = lines(-1);

		assertThat(GutterCuts.of(page, boxes)).isEqualTo(boxes);
	}

	@Test
	void aGapUnderPaperLeftByTheLinesAboveTwoCharactersIntoTheirColumnIsNotAGutter() {
		// As on 人民日报 2018-01-30: the column's eighth line, a paragraph's last with bare paper under it, has a gap
		// after its second character, and the three lines above have commas there, ink up to the paper on both hands.
		// The paper's left hand is two characters from their boxes' left edge: no column.
		BufferedImage page = page();
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		for (int line = 4; line <= 7; line++) {
			g.fillRect(LEFT_COLUMN + 25 * 2, top(line), 50, 25);
		}
		g.fillRect(0, top(8), 440, 600 - top(8));
		g.dispose();
		List<TextDetector.Box> boxes = new ArrayList<>(lines(-1));
		boxes.removeIf(b -> b.left() < 440 && b.top() >= top(8));

		assertThat(GutterCuts.of(page, boxes)).isEqualTo(boxes);
	}

	@Test
	void aGapInAColumnsFootLineOverBarePaperIsNotAGutter() {
		// The column's last line with a wide gap, the page's margin under it: no columns' lines beside the paper.
		List<TextDetector.Box> boxes = lines(-1);
		assertThat(GutterCuts.of(withGap(ColumnPage.LINES - 1), boxes)).isEqualTo(boxes);
	}

	@Test
	void aGutterNarrowerThanTheLineIsHighIsCutToo() {
		// Columns 4 mm apart in 9.5 pt type at 200 dpi: the gutter's paper 18 pixels wide, boxes 25 high (XeLaTeX seed
		// 31's worn scans ran two columns' lines together there).
		BufferedImage page = ColumnPage.of(LEFT_COLUMN, 433, CHARACTERS);
		List<TextDetector.Box> boxes = new ArrayList<>();
		for (int line = 0; line < ColumnPage.LINES; line++) {
			boxes.add(new TextDetector.Box(18, top(line), 830, top(line) + 25, 0.8));
		}

		assertCutInTwo(GutterCuts.of(page, boxes), 20, 3, 420, 428, 830);
	}

	/** {@code size} lines in all, line {@code line} among them in two pieces: to {@code end}, from {@code start}. */
	private static void assertCutInTwo(List<TextDetector.Box> cut, int size, int line, int end, int start, int right) {
		assertThat(cut).hasSize(size);
		assertThat(cut).contains(new TextDetector.Box(18, top(line), end, top(line) + 25, 0.8),
				new TextDetector.Box(start, top(line), right, top(line) + 25, 0.8));
	}

	@Test
	void aLineCutAtAGutterIsNotJoinedAgainAsALineWithAHole() {
		// Narrow columns: the pieces of line 3 stand 8 pixels apart, no gutter's width, and line 4 runs across both
		// columns under them (a line set to the page's full measure), as a line does across a hole. Line 3 is cut by
		// the gutter the lines above it show (line 4 closes it below).
		BufferedImage page = ColumnPage.of(LEFT_COLUMN, 433, CHARACTERS);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.GRAY);
		g.fillRect(415, top(4) + 3, 18, 19);
		g.dispose();
		List<TextDetector.Box> boxes = new ArrayList<>();
		for (int line = 0; line < ColumnPage.LINES; line++) {
			boxes.add(new TextDetector.Box(18, top(line), 830, top(line) + 25, 0.8));
		}

		List<TextDetector.Box> lines = OcrReader.textLines(page, boxes);

		assertThat(lines).contains(new TextDetector.Box(18, top(3), 420, top(3) + 25, 0.8),
				new TextDetector.Box(428, top(3), 830, top(3) + 25, 0.8), boxes.get(4));
	}

	@Test
	void aWideGapInsideAColumnIsNotAGutter() {
		// Line 5 of the left column printed letter-spaced.
		List<TextDetector.Box> boxes = lines(-1);
		assertThat(GutterCuts.of(withGap(5), boxes)).isEqualTo(boxes);
	}

	@Test
	void aGapInAColumnsTopLineUnderBarePaperIsNotAGutter() {
		// The column's first line with a wide gap (after a stop, in a name) and only paper above it.
		List<TextDetector.Box> boxes = lines(-1);
		assertThat(GutterCuts.of(withGap(0), boxes)).isEqualTo(boxes);
	}

	/** The page with a gap of two ems after the eighth character of one line of the left column. */
	private static BufferedImage withGap(int line) {
		BufferedImage page = page();
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(LEFT_COLUMN + 25 * 8, top(line), 50, 25);
		g.dispose();
		return page;
	}

	@Test
	void aHeadlineOverTheColumnsIsNotCut() {
		BufferedImage page = page();
		Graphics2D g = page.createGraphics();
		g.setColor(Color.GRAY);
		// A headline a little bigger than the text over both columns, a gap between its words where the gutter runs
		// below: a stripe of paper as wide as the headline is high, which would cut a line of the text's size.
		for (int x : new int[] { 100, 140, 180, 220, 260, 300, 340, 380, 520, 560, 600, 640, 680, 720 }) {
			g.fillRect(x, 73, 28, 28);
		}
		g.dispose();
		List<TextDetector.Box> boxes = new ArrayList<>(lines(-1));
		TextDetector.Box headline = new TextDetector.Box(95, 70, 755, 104, 0.9);
		boxes.add(headline);

		assertThat(GutterCuts.of(page, boxes)).isEqualTo(boxes);
	}

}
