package org.baoku.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page header is what stands above the rule across the top of the page, and only when no text stands there. */
class PageHeaderTests {

	@Test
	void theMastheadAboveTheTopRuleIsTheHeader() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/layouts/pdf/rmrb_20190213_p15.pdf");
				PDDocument document = Loader.loadPDF(in.readAllBytes())) {
			List<PageRules.Rule> rules = PageRules.read(document.getPage(0)).rules();
			List<TextLine> lines = LineBuilder.lines(PdfGlyphReader.read(document));
			assertThat(rules).as("the rule under the masthead").isNotEmpty();
			List<TextLine> folios = lines.stream().filter(l -> l.text().replace(" ", "").startsWith("2019年2月13日")).toList();
			assertThat(folios).hasSize(1);
			List<TextLine> content = lines.stream().filter(l -> !folios.contains(l)).toList();
			List<String> header = PageHeader.lines(content, folios, rules, PageStyle.of(content))
				.stream()
				.map(TextLine::text)
				.toList();
			assertThat(header).containsExactlyInAnyOrder("人民日报", "文化");
		}
	}

	@Test
	void aRuleWithTextAboveItRulesOffAnArticleNotTheHeader() {
		List<TextLine> lines = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			lines.add(line("这是一篇文章的正文，排在版面的第一栏里面。", 30, 100 + i * 14, 10.5, "Song"));
		}
		lines.add(line("下一篇文章的标题", 30, 560, 20, "Hei"));
		PageRules.Rule underTheFirstArticle = new PageRules.Rule(30, 250, 540);
		PageStyle style = PageStyle.of(lines);
		List<TextLine> folio = List.of(line("2024年1月2日", 150, 40, 10, "Song"));
		assertThat(PageHeader.lines(lines, folio, List.of(underTheFirstArticle), style)).isEmpty();
		List<TextLine> withHeader = new ArrayList<>(lines);
		TextLine section = line("要闻", 30, 40, 30, "Hei");
		withHeader.add(section);
		PageRules.Rule underTheHeader = new PageRules.Rule(30, 250, 80);
		assertThat(PageHeader.lines(withHeader, folio, List.of(underTheHeader, underTheFirstArticle), style))
			.containsExactly(section);
		assertThat(PageHeader.lines(withHeader, List.of(), List.of(underTheHeader), style))
			.as("no date above the rule: the top of a box, perhaps").isEmpty();
		PageRules.Rule shortRule = new PageRules.Rule(30, 100, 80);
		assertThat(PageHeader.lines(withHeader, folio, List.of(shortRule), style)).as("a rule across part of the page")
			.isEmpty();
	}

	private static TextLine line(String text, double left, double baseline, double size, String font) {
		return TestType.line(text, left, baseline, size, font);
	}

}
