package org.baoku.ingest.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How columns of text are gathered under their headlines into articles. */
class ModuleAssemblerTests {

	private static final double EM = 10;

	/** A column of ten text lines, twenty characters each, the first line's baseline at {@code baseline}. */
	private static ColumnBlock column(String text, double left, double baseline) {
		ColumnBlock column = new ColumnBlock();
		for (int i = 0; i < 10; i++) {
			int from = (i * 20) % text.length();
			String line = (text + text).substring(from, from + 20);
			column.add(TestType.line(line, left, baseline + i * 15, EM, "Song"));
		}
		return column;
	}

	private static HeadGroup group(String text, double left, double baseline, double size, String font) {
		HeadGroup group = new HeadGroup();
		group.add(TestType.line(text, left, baseline, size, font));
		return group;
	}

	@Test
	void aColumnThatJumpsToAnotherPageTakesNoColumnBesideIt() {
		String prose = "联合国儿童基金会近日发布报告说各国应当增加对教育的投入并关注最贫困家庭的儿童，";
		HeadGroup headline = group("国际合作对于抗击疫情十分关键专家认为如此", 30, 100, 20, "Hei");
		ColumnBlock first = column(prose, 30, 130);
		ColumnBlock second = column(prose, 240, 130);
		ColumnBlock beside = column("全球近千万人可以摆脱贫困而如果所有成年人都能完成中学教育的话", 450, 130);
		HeadGroup jump = group("（下转第2版）", 370, 130 + 9 * 15 + 15, EM, "Song");

		List<Module> withJump = ModuleAssembler.assemble(EM, List.of(first, second, beside), List.of(headline, jump));
		List<Module> without = ModuleAssembler.assemble(EM, List.of(first, second, beside), List.of(headline));

		Module jumped = withJump.stream().filter(m -> m.head == headline).findFirst().orElseThrow();
		assertThat(jumped.blocks).containsExactly(first, second);
		assertThat(withJump).anySatisfy(m -> assertThat(m.blocks).containsExactly(beside));
		// The same page without its jump line: the column beside goes on the text.
		assertThat(without.stream().filter(m -> m.head == headline).findFirst().orElseThrow().blocks)
			.containsExactly(first, second, beside);
	}

}
