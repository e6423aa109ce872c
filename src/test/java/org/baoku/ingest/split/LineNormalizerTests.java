package org.baoku.ingest.split;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineNormalizerTests {

	@Test
	void removesLetterSpacingBetweenIdeographsAndDigits() {
		assertThat(LineNormalizer.text("省 外 到 位 资 金 73 亿 元 ，完 成 省 定 全 年 任 务 的"))
			.isEqualTo("省外到位资金73亿元，完成省定全年任务的");
		assertThat(LineNormalizer.text("中 国 海 油 党 组 召 开")).isEqualTo("中国海油党组召开");
	}

	@Test
	void removesSpacesBetweenDigitsAndIdeographsOnOrdinaryLines() {
		assertThat(LineNormalizer.text("本报讯（记者 张国静）7 月 21 日，第")).isEqualTo("本报讯（记者 张国静）7月21日，第");
	}

	@Test
	void keepsSpacesBetweenHeadlinePhrasesNamesAndLatinWords() {
		assertThat(LineNormalizer.text("抓住机遇 乘势而上 坚定信心 向前迈进")).isEqualTo("抓住机遇 乘势而上 坚定信心 向前迈进");
		assertThat(LineNormalizer.text("（特约记者 莫昌伟 田得乾 石成")).isEqualTo("（特约记者 莫昌伟 田得乾 石成");
		assertThat(LineNormalizer.text("CHINA OFFSHORE OIL PRESS")).isEqualTo("CHINA OFFSHORE OIL PRESS");
	}

	@Test
	void undoesDoubledBoldTextPerPhrase() {
		LineNormalizer.NormalizedLine line = LineNormalizer.normalize("精准对接精准对接 招商引资提速进位招商引资提速进位");
		assertThat(line.text()).isEqualTo("精准对接 招商引资提速进位");
		assertThat(line.doubled()).isTrue();
		assertThat(LineNormalizer.text("抢抓机遇促发展抢抓机遇促发展··西宁在行动西宁在行动")).isEqualTo("抢抓机遇促发展·西宁在行动");
	}

	@Test
	void keepsTwoBoldTitlesPrintedSideBySideApart() {
		// Each bold run is extracted twice on its own: two long runs in a row are two titles side by side.
		assertThat(LineNormalizer.text("春风送暖入万家春风送暖入万家乡村振兴谱新篇（新春走基层）乡村振兴谱新篇（新春走基层）"))
			.isEqualTo("春风送暖入万家 乡村振兴谱新篇（新春走基层）");
		// One title broken into runs at a dot, before its column tag, or by a short run, stays one.
		assertThat(LineNormalizer.text("夜市经济要算长远账夜市经济要算长远账（民生观察）（民生观察）")).isEqualTo("夜市经济要算长远账（民生观察）");
		assertThat(LineNormalizer.text("春风送暖春风送暖··入万家入万家")).isEqualTo("春风送暖·入万家");
		assertThat(LineNormalizer.text("江苏江苏新兴市场出口旺新兴市场出口旺")).isEqualTo("江苏新兴市场出口旺");
	}

	@Test
	void undoesAShortPhraseOnALineThatIsDoubledElsewhere() {
		assertThat(LineNormalizer.text("江苏江苏 新兴市场出口旺新兴市场出口旺")).isEqualTo("江苏 新兴市场出口旺");
		assertThat(LineNormalizer.text("江苏江苏 新兴市场出口旺")).isEqualTo("江苏江苏 新兴市场出口旺");
	}

	@Test
	void leavesOrdinaryReduplicationAlone() {
		assertThat(LineNormalizer.text("研究研究")).isEqualTo("研究研究");
		assertThat(LineNormalizer.text("大家看看看看")).isEqualTo("大家看看看看");
	}

}
