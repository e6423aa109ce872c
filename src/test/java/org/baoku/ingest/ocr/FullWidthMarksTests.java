package org.baoku.ingest.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Half-width marks read beside Chinese are set full-width; between two Latin letters or digits they stand; a pair of
 * parentheses goes by what it holds.
 */
class FullWidthMarksTests {

	@Test
	void marksBesideChineseAreSetFullWidth() {
		assertThat(FullWidthMarks.set("（作者为中国财政科学研究院研究员)")).isEqualTo("（作者为中国财政科学研究院研究员）");
		assertThat(FullWidthMarks.set("(作者单位:中国劳动和社会保障科学研究院)")).isEqualTo("（作者单位：中国劳动和社会保障科学研究院）");
		assertThat(FullWidthMarks.set("社会保障是民生安全网,社会稳定器;与人民幸福安康息息相关!")).isEqualTo("社会保障是民生安全网，社会稳定器；与人民幸福安康息息相关！");
		assertThat(FullWidthMarks.set("“红船精神”)")).isEqualTo("“红船精神”）");
		// Chinese on one side is enough: the 理论 pages print "6.4万亿元；2016年" and "创新蓬勃发展，2016年".
		assertThat(FullWidthMarks.set("6.4万亿元;2016年")).isEqualTo("6.4万亿元；2016年");
		assertThat(FullWidthMarks.set("增长6.9%,比上年")).isEqualTo("增长6.9%，比上年");
		assertThat(FullWidthMarks.set("1)坚持")).isEqualTo("1）坚持");
		assertThat(FullWidthMarks.set("时间:10:30,其中")).isEqualTo("时间：10:30，其中");
	}

	@Test
	void marksBetweenLatinOrDigitsStandAndParenthesesGoByWhatTheyHold() {
		assertThat(FullWidthMarks.set("共1,000人")).isEqualTo("共1,000人");
		assertThat(FullWidthMarks.set("比分3:0领先")).isEqualTo("比分3:0领先");
		assertThat(FullWidthMarks.set("见http://www.people.com.cn网站")).isEqualTo("见http://www.people.com.cn网站");
		assertThat(FullWidthMarks.set("见图(a)所示")).isEqualTo("见图(a)所示");
		assertThat(FullWidthMarks.set("GDP(国内生产总值)")).isEqualTo("GDP（国内生产总值）");
		assertThat(FullWidthMarks.set("第3版(A)")).isEqualTo("第3版(A)");
		// Nested: each pair by what it holds; one left open by its neighbours.
		assertThat(FullWidthMarks.set("(中文(a)注释)")).isEqualTo("（中文(a)注释）");
		assertThat(FullWidthMarks.set("(作者为中央党校副校长")).isEqualTo("（作者为中央党校副校长");
	}

}
