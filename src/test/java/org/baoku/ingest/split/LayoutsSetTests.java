package org.baoku.ingest.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The splitter on pages of another paper (人民日报 articles typeset into page PDFs and extracted with Tika, see
 * ../shared/layouts). Three pages are fixtures and must split perfectly; the whole set is scored against its floors
 * by {@link SplitFloorsTests}.
 */
class LayoutsSetTests {

	private static final List<String> FIXTURES = List.of("rmrb_20190205_p01", "rmrb_20190221_p12", "rmrb_20200111_p04");

	private final ObjectMapper json = new ObjectMapper();

	private final PageParser parser = new PageParser();

	@Test
	void fixturePagesSplitPerfectly() throws IOException {
		for (String name : FIXTURES) {
			JsonNode gold = resource("/layouts/gold/" + name + ".json");
			String text;
			try (InputStream in = getClass().getResourceAsStream("/layouts/pages/" + name + ".txt")) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			GoldScorer.Score s = GoldScorer.score(gold, parser.parse(text));
			assertThat(s.articleF1()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.headlineAccuracy()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.datelineAccuracy()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.reporterRecall()).as(name + " " + s).isEqualTo(1.0);
			assertThat(s.reporterPrecision()).as(name + " " + s).isEqualTo(1.0);
		}
	}

	private JsonNode resource(String path) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(path)) {
			return json.readTree(in);
		}
	}

}
