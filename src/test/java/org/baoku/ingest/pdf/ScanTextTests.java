package org.baoku.ingest.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.ocr.OcrLine;
import org.baoku.ingest.split.Doubts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScanTextTests {

	/** 1 point a pixel, to read the boxes plainly. */
	private static final double POINTS = 1.0;

	@Test
	void eachArticleIsAsSureAsTheCharactersOfTheLinesInItsRegionsAndNamesTheLinesOcrWasUnsureOf() {
		List<OcrLine> ocr = List.of(line("改革开放四十年", 10, 10, 0.99, 0.95), line("砥砺前行", 10, 40, 0.90, 0.30),
				line("第二篇文章的正文", 210, 10, 0.80, 0.60), line("图片说明", 400, 400, 0.70, 0.65));
		List<List<Region>> articles = List.of(List.of(new Region(0, 0, 150, 100)), List.of(new Region(200, 0, 150, 100)),
				List.of(new Region(600, 600, 50, 50)));

		ScanText.Measured measured = ScanText.measure(ocr, articles, POINTS);

		// 7 characters at 0.99 and 4 at 0.90.
		assertThat(measured.text().articleConfidence().get(0)).isCloseTo((7 * 0.99 + 4 * 0.90) / 11, within(0.001));
		assertThat(measured.text().articleConfidence().get(1)).isEqualTo(0.8);
		// No line read inside it: the page's score.
		assertThat(measured.text().articleConfidence().get(2)).isCloseTo((7 * 0.99 + 4 * 0.9 + 8 * 0.8 + 4 * 0.7) / 23,
				within(0.001));
		assertThat(measured.unsure().get(0)).extracting(l -> l.box().text()).containsExactly("砥砺前行");
		assertThat(measured.unsure().get(1)).isEmpty();
		assertThat(measured.text().lines()).hasSize(4);
	}

	@Test
	void linesMoveWithThePageAndKeepTheirScores() {
		ScanText text = ScanText.measure(List.of(line("一行字", 10, 10, 0.9, 0.4)), List.of(), 0.36).text();
		ScanText moved = text.moved(r -> new Region(r.x() + 5, r.y(), r.width(), r.height(), r.text()));
		assertThat(moved.lines().get(0).box().x()).isEqualTo(text.lines().get(0).box().x() + 5);
		assertThat(moved.lines().get(0).box().text()).isEqualTo("一行字");
		assertThat(moved.lines().get(0).unsure()).isTrue();
	}

	@Test
	void theUnsureLinesDoubtIsReadBackAsItsCodeWithTheLines() {
		String doubt = Doubts.ocrUnsure(List.of("甲行", "乙行", "丙行", "丁行"));
		Doubts.Code code = Doubts.code(doubt);
		assertThat(code.code()).isEqualTo("ocrUnsure");
		assertThat(code.args()).containsExactly("4", "甲行 / 乙行 / 丙行 …");
	}

	/** A line of one character every 20 pixels, 20 pixels high. */
	private static OcrLine line(String text, int left, int top, double confidence, double weakest) {
		int n = text.length();
		List<Double> centres = java.util.stream.IntStream.range(0, n).mapToObj(i -> left + 10 + 20.0 * i).toList();
		return new OcrLine(text, left, top, left + 20 * n, top + 20, centres, confidence, weakest, false, 0);
	}

}
