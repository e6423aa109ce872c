package org.baoku.ingest.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Half-width marks read beside Chinese text are set full-width; beside Latin letters and digits they stand. */
class FullWidthMarksTests {

	@Test
	void marksBesideChineseAreSetFullWidth() {
		assertThat(FullWidthMarks.set("（作者为中国财政科学研究院研究员)")).isEqualTo("（作者为中国财政科学研究院研究员）");
		assertThat(FullWidthMarks.set("(作者单位:中国劳动和社会保障科学研究院)")).isEqualTo("（作者单位：中国劳动和社会保障科学研究院）");
		assertThat(FullWidthMarks.set("社会保障是民生安全网,社会稳定器;与人民幸福安康息息相关!")).isEqualTo("社会保障是民生安全网，社会稳定器；与人民幸福安康息息相关！");
		assertThat(FullWidthMarks.set("“红船精神”)")).isEqualTo("“红船精神”）");
	}

	@Test
	void marksBesideLatinAndDigitsStandAndParenthesesGoByWhatTheyHold() {
		assertThat(FullWidthMarks.set("增长6.9%,比上年")).isEqualTo("增长6.9%，比上年");
		assertThat(FullWidthMarks.set("比分3:0领先")).isEqualTo("比分3:0领先");
		assertThat(FullWidthMarks.set("见图(a)所示")).isEqualTo("见图(a)所示");
		assertThat(FullWidthMarks.set("GDP(国内生产总值)")).isEqualTo("GDP（国内生产总值）");
		assertThat(FullWidthMarks.set("第3版(A)")).isEqualTo("第3版(A)");
	}

}
