package org.baoku.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraditionalSimplifiedTableTests {

	/**
	 * The frozen table is what the test classpath's ICU maps: when an ICU upgrade changes a mapping this fails, and
	 * the table is regenerated on purpose, with a schema bump, not changed under a running cluster.
	 */
	@Test
	void theFrozenTableIsIcusMapping() throws IOException {
		try (InputStream in = SearchText.class.getResourceAsStream(SearchText.TABLE)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo(TraditionalSimplifiedTable.render(TraditionalSimplifiedTable.fromIcu()));
		}
	}

	@Test
	void foldsTraditionalWidthAndCase() {
		assertThat(SearchText.normalize("國務院ＡＢＣ１２３Xi")).isEqualTo("国务院abc123xi");
		assertThat(SearchText.normalize("經濟發展")).isEqualTo("经济发展");
	}

}
