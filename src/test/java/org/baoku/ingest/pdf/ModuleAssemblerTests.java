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

	/** {@code lines} text lines of twenty characters from {@code baseline} on, the first indented when asked. */
	private static ColumnBlock column(String text, double left, double baseline, int lines, boolean indented) {
		ColumnBlock column = new ColumnBlock();
		for (int i = 0; i < lines; i++) {
			int from = (i * 20) % text.length();
			String line = (text + text).substring(from, from + (i == 0 && indented ? 18 : 20));
			column.add(TestType.line(line, left + (i == 0 && indented ? 2 * EM : 0), baseline + i * 15, EM, "Song"));
		}
		return column;
	}

	private static HeadGroup group(String text, double left, double baseline, double size, String font) {
		HeadGroup group = new HeadGroup();
		group.add(TestType.line(text, left, baseline, size, font));
		return group;
	}

	@Test
	void aBlockUnderASubheadingRightUnderTextGoesOnThatTextNotOnTheColumnBesideIt() {
		String prose = "代表们走村入户倾听群众心声把意见建议带到北京去认真履职尽责为人民";
		HeadGroup headlineA = group("把建议准备得更扎实一些", 450, 100, 20, "Hei");
		ColumnBlock a = column(prose, 450, 130, 10, false);
		ColumnBlock goesOn = column(prose, 240, 330, 5, false);
		HeadGroup subheading = group("记者手记", 240, 330 + 4 * 15 + 18, EM, "Hei");
		ColumnBlock under = column(prose, 240, 430, 5, true);
		HeadGroup headlineC = group("抗癌药研发驶入快车道啊", 30, 400, 20, "Hei");
		ColumnBlock c = column("本报讯 作为一个与癌症斗争了一辈子的老医生他说这是好消息。", 30, 430, 8, true);

		List<Module> modules = ModuleAssembler.assemble(EM, List.of(a, goesOn, under, c),
				List.of(headlineA, subheading, headlineC));

		assertThat(modules.stream().filter(m -> m.head == headlineA).findFirst().orElseThrow().blocks)
			.containsExactly(a, goesOn, under);
		assertThat(modules.stream().filter(m -> m.head == headlineC).findFirst().orElseThrow().blocks)
			.containsExactly(c);
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

	@Test
	void aColumnLevelWithTheTopOfAHeadlineThatSpansTheColumnsLeftOfItGoesOnThatArticle() {
		String prose = "国务院食品安全委员会召开全体会议研究部署今年的重点工作要求各地落实责任。";
		String other = "会议指出要坚持问题导向强化监管执法确保群众舌尖上的安全这是底线所在啊。";
		// Two columns wide (30 to 430), its top at 100 - 20 × 0.88 = 82.4.
		HeadGroup wide = group("落实四个最严要求牢牢守住安全底线", 30, 100, 25, "Hei");
		ColumnBlock first = column(prose, 30, 125);
		ColumnBlock second = column(prose, 240, 125);
		// Indented (it opens a paragraph) and level with the headline's top: 91 - 10 × 0.88 = 82.2.
		ColumnBlock beside = column(other, 450, 91, 8, true);

		List<Module> modules = ModuleAssembler.assemble(EM, List.of(first, second, beside), List.of(wide));

		assertThat(modules).singleElement().satisfies(m -> assertThat(m.blocks).containsExactly(first, second, beside));

		// Under a headline no wider than its one column, the block beside the headline's top is no part of it.
		HeadGroup narrow = group("守住安全底线", 30, 100, 25, "Hei");
		List<Module> narrowModules = ModuleAssembler.assemble(EM, List.of(first, beside), List.of(narrow));
		assertThat(narrowModules.stream().filter(m -> m.head == narrow).findFirst().orElseThrow().blocks)
			.containsExactly(first);
	}

}
