package org.baoku.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdeographsTests {

	@Test
	void radicalsAnExtractorGivesAreTheIdeographsTheyStandFor() {
		assertThat(Ideographs.unify("⼈⺠⽇报")).isEqualTo("人民日报");
		assertThat(Ideographs.unify("⼗位杰出⼥性")).isEqualTo("十位杰出女性");
		assertThat(Ideographs.unify("本报北京2⽉26⽇电")).isEqualTo("本报北京2月26日电");
		// A compatibility ideograph is its unified one; other text is returned as it is.
		assertThat(Ideographs.unify("\uF900")).isEqualTo("豈");
		String plain = "人民日报 A01";
		assertThat(Ideographs.unify(plain)).isSameAs(plain);
	}

	@Test
	void everyKangxiRadicalIsWhatNfkcMakesOfIt() {
		for (int c = 0x2F00; c <= 0x2FD5; c++) {
			String nfkc = java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFKC);
			assertThat(Ideographs.unified(c)).as("U+%04X", c).isEqualTo(nfkc.codePointAt(0));
		}
	}

	@Test
	void searchFoldsRadicalsAsIngestReadsThem() {
		assertThat(SearchText.normalize("⼈⺠⽇报")).isEqualTo(SearchText.normalize("人民日报"));
		// A radical of a traditional form folds on to the simplified ideograph: ⾨ is 門, searched as 门.
		assertThat(SearchText.normalize("⾨")).isEqualTo("门");
	}

}
