package org.baoku.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an editor types into the correction form, as it is stored. */
class ArticleFieldsTests {

	private static String subtitle(String typed) {
		return new ArticleFields(null, "标题", typed, null, List.of(), List.of()).subtitle();
	}

	@Test
	void aSubtitlesDashIsStoredOnceHoweverItWasTyped() {
		assertThat(subtitle("——记青海援藏干部")).isEqualTo("——记青海援藏干部");
		assertThat(subtitle("————记青海援藏干部")).isEqualTo("——记青海援藏干部");
		assertThat(subtitle("—— 记青海援藏干部")).isEqualTo("——记青海援藏干部");
		assertThat(subtitle("--记青海援藏干部")).isEqualTo("——记青海援藏干部");
		assertThat(subtitle("记青海援藏干部")).isEqualTo("记青海援藏干部");
		assertThat(subtitle("————")).isNull();
		assertThat(subtitle("  ")).isNull();
	}

}
