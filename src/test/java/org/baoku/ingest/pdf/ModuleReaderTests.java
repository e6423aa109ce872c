package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.split.Byline;
import org.baoku.ingest.split.Headline;

import static org.assertj.core.api.Assertions.assertThat;

/** A headline group's lines take their roles by type size; bylines among them are no part of the headline. */
class ModuleReaderTests {

	@Test
	void aBylineWrappedOverTwoLinesUnderTheTitleIsTheByline() {
		HeadGroup head = new HeadGroup();
		head.add(line("中国军医专家组获柬埔", 100, 12, "Hei"));
		head.add(line("寨“和平骑士勋章”", 114, 12, "Hei"));
		head.add(line("新华社记者 毛鹏飞、高", 132, 11, "Kai"));
		head.add(line("炳南", 150, 11, "Kai"));
		List<Byline> bylines = new ArrayList<>();
		Headline headline = ModuleReader.headline(head, bylines);
		assertThat(headline.main()).isEqualTo("中国军医专家组获柬埔寨“和平骑士勋章”");
		assertThat(headline.subtitle()).isNull();
		assertThat(bylines).hasSize(1);
		assertThat(bylines.get(0).names()).containsExactly("毛鹏飞", "高炳南");
	}

	@Test
	void namesAloneUnderTheTitleAreTheByline() {
		HeadGroup head = new HeadGroup();
		head.add(line("我国科学家发现细胞抵", 500, 13, "Kai"));
		head.add(line("抗病毒感染重要机理", 515, 13, "Kai"));
		head.add(line("金歆 庄颖娜", 534, 11, "Song"));
		List<Byline> bylines = new ArrayList<>();
		Headline headline = ModuleReader.headline(head, bylines);
		assertThat(headline.main()).isEqualTo("我国科学家发现细胞抵抗病毒感染重要机理");
		assertThat(headline.subtitle()).isNull();
		assertThat(bylines).singleElement().satisfies(b -> assertThat(b.names()).containsExactly("金歆", "庄颖娜"));
	}

	@Test
	void aSubtitleInTheBylinesSizeStaysTheSubtitle() {
		HeadGroup head = new HeadGroup();
		head.add(line("春节长假过后", 100, 18, "Hei"));
		head.add(line("——各地企业有序复工", 124, 11, "Kai"));
		head.add(line("复产见闻", 138, 11, "Kai"));
		List<Byline> bylines = new ArrayList<>();
		Headline headline = ModuleReader.headline(head, bylines);
		assertThat(bylines).isEmpty();
		assertThat(headline.subtitle()).isEqualTo("各地企业有序复工 复产见闻");
	}

	private static TextLine line(String text, double baseline, double size, String font) {
		return TestType.line(text, 400, baseline, size, font);
	}

}
