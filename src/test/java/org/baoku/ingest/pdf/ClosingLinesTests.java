package org.baoku.ingest.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name or a jump line alone, flush right right under the end of an article's text, closes that article. */
class ClosingLinesTests {

	@Test
	void aNameFlushRightUnderTheLastLineSignsTheArticle() {
		ColumnBlock column = new ColumnBlock();
		column.add(line("人专项检查组成员在主会场参会，被巡视单位其他", 818.9, 804.1, "Song"));
		column.add(line("领导班子成员、配合巡视工作联络组成员等在视频", 818.9, 815.3, "Song"));
		column.add(line("分会场参会。", 818.9, 826.6, "Song"));
		Module module = new Module(null);
		module.add(column, "test", false);
		assertThat(ClosingLines.signed(group("宗何", 989.9, 837.8), List.of(module), 9)).containsSame(module);
		assertThat(ClosingLines.signed(group("宗何", 818.9, 837.8), List.of(module), 9)).as("flush left: a paragraph")
			.isEmpty();
		assertThat(ClosingLines.signed(group("宗何", 989.9, 880), List.of(module), 9)).as("far below").isEmpty();
		assertThat(ClosingLines.signed(group("下转二版", 971.9, 837.8), List.of(module), 9)).as("no name").isEmpty();
		assertThat(ClosingLines.jumpsFrom(group("（下转第二版）", 944.9, 837.8), List.of(module), 9)).containsSame(module);
		assertThat(ClosingLines.jumpsFrom(group("宗何", 989.9, 837.8), List.of(module), 9)).as("no jump").isEmpty();
	}

	private static HeadGroup group(String text, double left, double baseline) {
		HeadGroup group = new HeadGroup();
		group.add(line(text, left, baseline, "Hei"));
		return group;
	}

	private static TextLine line(String text, double left, double baseline, String font) {
		return TestType.line(text, left, baseline, 9, font);
	}

}
