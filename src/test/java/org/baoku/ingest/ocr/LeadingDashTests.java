package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thin stroke at mid-height right before a line's box is the dash its subtitle opens with; a rule, a thick bar, ink
 * of another line or nothing there leaves the line as read.
 */
class LeadingDashTests {

	/** A line box from x 150 to 350, y 30 to 70, with five characters drawn as blocks inside it. */
	private static final OcrLine LINE = new OcrLine("深刻认识习", 150, 30, 350, 70, List.of(170.0, 210.0, 250.0, 290.0, 330.0), 0.99);

	private static BufferedImage page(int[]... rects) {
		BufferedImage page = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
		var g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 400, 100);
		g.setColor(Color.BLACK);
		for (int x = 155; x < 350; x += 40) {
			g.fillRect(x, 35, 30, 30);
		}
		for (int[] r : rects) {
			g.fillRect(r[0], r[1], r[2], r[3]);
		}
		g.dispose();
		return page;
	}

	@Test
	void aDashOfTwoEmsBeforeTheBoxOpensTheLine() {
		OcrLine restored = LeadingDash.restored(page(new int[] { 70, 49, 72, 3 }), LINE);
		assertThat(restored.text()).isEqualTo("——深刻认识习");
		assertThat(restored.left()).isEqualTo(70);
		assertThat(restored.centres()).hasSize(7);
		assertThat(restored.centres().get(0)).isLessThan(restored.centres().get(1));
		assertThat(restored.centres().get(1)).isLessThan(150.0);
	}

	@Test
	void twoDashesMeetingLighterAreOneStroke() {
		assertThat(LeadingDash.restored(page(new int[] { 70, 49, 35, 3 }, new int[] { 107, 49, 35, 3 }), LINE).text())
			.isEqualTo("——深刻认识习");
	}

	@Test
	void aFirstCharacterWithAStrokeAtItsMiddleIsLookedPast() {
		BufferedImage page = page(new int[] { 70, 49, 72, 3 });
		var g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(150, 30, 40, 40);
		g.setColor(Color.BLACK);
		g.fillRect(155, 49, 30, 3); // 十's bar, then its upright
		g.fillRect(169, 36, 3, 30);
		g.dispose();
		assertThat(LeadingDash.restored(page, LINE).text()).isEqualTo("——深刻认识习");
	}

	@Test
	void halfTheDashReadInsideTheBoxIsCompleted() {
		OcrLine read = new OcrLine("-深刻认识", 150, 30, 350, 70, List.of(160.0, 210.0, 250.0, 290.0, 330.0), 0.9);
		OcrLine restored = LeadingDash.restored(page(new int[] { 90, 49, 60, 3 }), read);
		assertThat(restored.text()).isEqualTo("——深刻认识");
		assertThat(restored.centres()).hasSize(6);
	}

	@Test
	void aRuleThickBarOtherInkOrNothingLeavesTheLine() {
		assertThat(LeadingDash.restored(page(), LINE)).isEqualTo(LINE);
		// a rule running on from farther left than a dash is long
		assertThat(LeadingDash.restored(page(new int[] { 0, 49, 142, 3 }), LINE).text()).isEqualTo(LINE.text());
		// a bar as thick as a stroke of a headline's type
		assertThat(LeadingDash.restored(page(new int[] { 70, 44, 72, 12 }), LINE).text()).isEqualTo(LINE.text());
		// a stroke under the line's middle (an underline), or a character's ink
		assertThat(LeadingDash.restored(page(new int[] { 70, 66, 72, 3 }), LINE).text()).isEqualTo(LINE.text());
		assertThat(LeadingDash.restored(page(new int[] { 100, 36, 30, 30 }), LINE).text()).isEqualTo(LINE.text());
		// too short for a subtitle's dash (a dash of one em, 一 left out of the box, a hyphen)
		assertThat(LeadingDash.restored(page(new int[] { 106, 49, 36, 3 }), LINE).text()).isEqualTo(LINE.text());
		assertThat(LeadingDash.restored(page(new int[] { 130, 49, 12, 3 }), LINE).text()).isEqualTo(LINE.text());
		// too long: a rule's end, with paper before it
		assertThat(LeadingDash.restored(page(new int[] { 30, 49, 112, 3 }), LINE).text()).isEqualTo(LINE.text());
		// a rule from the page's very edge
		OcrLine nearEdge = new OcrLine("深刻认识习", 130, 30, 330, 70, List.of(150.0, 190.0, 230.0, 270.0, 310.0), 0.99);
		assertThat(LeadingDash.restored(page(new int[] { 0, 49, 122, 3 }), nearEdge).text()).isEqualTo(nearEdge.text());
		// a box too near the page's edge for a dash before it, and a line set top to bottom
		OcrLine atEdge = new OcrLine("深刻认识习", 20, 30, 220, 70, List.of(40.0, 80.0, 120.0, 160.0, 200.0), 0.99);
		assertThat(LeadingDash.restored(page(), atEdge)).isEqualTo(atEdge);
		// too far from the line
		assertThat(LeadingDash.restored(page(new int[] { 40, 49, 60, 3 }), LINE).text()).isEqualTo(LINE.text());
	}

}
