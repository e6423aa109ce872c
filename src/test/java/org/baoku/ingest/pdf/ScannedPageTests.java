package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.ocr.OcrLine;

import static org.assertj.core.api.Assertions.assertThat;

/** A scanned page's OCR lines as the splitter reads them: lettering drawn in outline is set aside. */
class ScannedPageTests {

	@Test
	void bigLetteringDrawnInOutlineIsSetAsideAndHeadlinesAndTextAreKept() {
		List<OcrLine> page = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			page.add(line("中国特色社会主义进入新时代", 100, 100 + 33 * i, 25, 0.017));
		}
		// Weights as measured on 人民日报 2018-01-02 (seen): the 新知新觉 logo, a 黑体 headline, a bold subheading.
		OcrLine logo = line("新知新觉", 100, 900, 105, 0.0048);
		OcrLine headline = line("深刻理解新时代划时代意义", 100, 1100, 95, 0.060);
		OcrLine subheading = line("新时代的历史使命", 100, 1300, 32, 0.052);
		// Small light print (a caption in a light face) is text, whatever its weight.
		OcrLine caption = line("图为会议现场", 100, 1400, 24, 0.004);
		page.addAll(List.of(logo, headline, subheading, caption));

		double weight = ScannedPage.textWeight(page);
		double height = ScannedPage.textHeight(page);
		assertThat(ScannedPage.isLettering(logo, weight, height)).isTrue();
		assertThat(List.of(headline, subheading, caption, page.get(0)))
			.noneMatch(l -> ScannedPage.isLettering(l, weight, height));

		List<String> read = ScannedPage.lines(page, 0.36).stream().map(TextLine::text).toList();
		assertThat(read).contains("深刻理解新时代划时代意义", "新时代的历史使命", "图为会议现场").doesNotContain("新知新觉");
	}

	/**
	 * One column's boxes measured 22 and 25 pixels high, and a short line closing a paragraph measured 27, as on
	 * 人民日报 2018-01-23 (seen): all in the text's one size, as a PDF gives it; a subheading and a title keep theirs.
	 */
	@Test
	void linesMeasuredNearTheTextsHeightAreSetInTheTextsSize() {
		List<OcrLine> page = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			page.add(line("中国特色社会主义进入新时代", 100, 100 + 33 * i, i % 3 == 0 ? 22 : 25, 0.017));
		}
		page.add(line("学习成效。", 100, 800, 27, 0.017));
		page.add(line("新时代的历史使命", 100, 900, 32, 0.052));
		page.add(line("深刻理解新时代划时代意义", 100, 1100, 95, 0.060));

		List<TextLine> lines = ScannedPage.lines(page, 0.36);
		double text = lines.get(0).size();
		assertThat(lines.subList(0, 21)).allMatch(l -> l.size() == text);
		assertThat(lines.get(21).size()).isGreaterThan(text * 1.15);
		assertThat(lines.get(22).size()).isGreaterThan(lines.get(21).size());
	}

	private static OcrLine line(String text, int left, int top, int height, double weight) {
		int n = text.length();
		List<Double> centres = IntStream.range(0, n).mapToObj(i -> left + height * (i + 0.5)).toList();
		return new OcrLine(text, left, top, left + height * n, top + height, centres, 0.99, 0.95, false, weight);
	}

}
