package org.baoku.ingest.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A column's edge is where its flush lines start, whether indents or pulled-out quotes are the more common. */
class ColumnBlockTests {

	@Test
	void shortParagraphsDoNotMakeTheirIndentTheEdge() {
		ColumnBlock column = block(52, 30, 52, 30, 52);
		assertThat(column.columnLeft()).isEqualTo(30);
	}

	@Test
	void aQuotePulledIntoTheMarginDoesNotMoveTheEdge() {
		ColumnBlock column = block(30, 30, 25, 30, 52, 30);
		assertThat(column.columnLeft()).isEqualTo(30);
	}

	private static ColumnBlock block(double... lefts) {
		ColumnBlock block = new ColumnBlock();
		for (int i = 0; i < lefts.length; i++) {
			block.add(TestType.line("这是一行正文", lefts[i], 100 + i * 14, 11, "Song"));
		}
		return block;
	}

}
