package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Glyphs drawn one after another become lines; gaps wider than the line's own spacing become spaces. */
class LineBuilderTests {

	@Test
	void aLargeHeadlineDoesNotTakeInTheTextLinePrintedBesideIt() {
		List<Glyph> glyphs = new ArrayList<>(run("江苏企业复工", 59, 153.3, 32, 12.8));
		glyphs.addAll(run("企业用工难、交通物流难", 646.4, 161.3, 9.5, 0));
		assertThat(LineBuilder.lines(glyphs)).extracting(TextLine::text).containsExactly("江苏企业复工", "企业用工难、交通物流难");
	}

	@Test
	void twoHeadlinesOfARowDrawnOneAfterTheOtherStayApartButASmallerTagStaysOnItsHeadline() {
		List<Glyph> glyphs = new ArrayList<>(run("河北助推就业创业", 31.6, 433.5, 19, 0));
		glyphs.addAll(run("黑龙江稳岗返还", 331, 432.3, 18, 0));
		assertThat(LineBuilder.lines(glyphs)).extracting(TextLine::text).containsExactly("河北助推就业创业", "黑龙江稳岗返还");
		List<Glyph> closer = new ArrayList<>(run("古堡里的中国年", 637.2, 118.4, 19, 0));
		closer.addAll(run("成都地铁交通线", 787.5, 122, 22, 0));
		assertThat(LineBuilder.lines(closer)).extracting(TextLine::text).containsExactly("古堡里的中国年", "成都地铁交通线");
		List<Glyph> tagged = new ArrayList<>(run("问细于民见初心", 100, 120, 18, 0));
		tagged.addAll(run("（今日谈）", 228, 119, 12, 0));
		assertThat(LineBuilder.lines(tagged)).extracting(TextLine::text).containsExactly("问细于民见初心（今日谈）");
	}

	@Test
	void twoLetterSpacedHeadlinesInBoxesSideBySideAreTwoLinesForTheBoxSideBetweenThem() {
		// Each glyph 18 pt wide with an em of letter-spacing; the 30 pt between the boxes is within a line's reach.
		List<Glyph> glyphs = new ArrayList<>(run("泛舟锦江游成都", 260, 250, 18, 18));
		glyphs.addAll(run("芙蓉园里灯彩美", 524, 250, 18, 18));
		assertThat(LineBuilder.lines(glyphs)).hasSize(1);
		List<PageRules.Upright> boxSides = List.of(new PageRules.Upright(509, 230, 600));
		assertThat(LineBuilder.lines(glyphs, boxSides)).extracting(TextLine::text)
			.containsExactly("泛舟锦江游成都", "芙蓉园里灯彩美");
		List<PageRules.Upright> lower = List.of(new PageRules.Upright(509, 260, 600));
		assertThat(LineBuilder.lines(glyphs, lower)).as("a rule below the line parts nothing").hasSize(1);
	}

	@Test
	void aThirdOfAnEmBetweenIdeographsPartsNamesButAQuarterEmBesideDigitsDoesNot() {
		List<Glyph> byline = new ArrayList<>(run("新华社记者", 30, 169, 10, 0));
		byline.addAll(run("胡浩", 83, 169, 10, 0));
		byline.addAll(run("赵文君", 106, 169, 10, 0));
		assertThat(LineBuilder.lines(byline)).extracting(TextLine::text).containsExactly("新华社记者 胡浩 赵文君");
		List<Glyph> figures = new ArrayList<>(run("今年增长", 30, 169, 10, 0));
		figures.add(new Glyph("1", 72.5, 169, 5, 10, "Song", false));
		figures.add(new Glyph("2", 77.5, 169, 5, 10, "Song", false));
		figures.addAll(run("倍多", 85, 169, 10, 0));
		assertThat(LineBuilder.lines(figures)).extracting(TextLine::text).containsExactly("今年增长12倍多");
	}

	@Test
	void digitsWhoseFontClaimsAFullEmStayInTheirLine() {
		// Founder's CID fonts declare every glyph 1,000 units wide; a digit is set half an em on, inside that width.
		List<Glyph> glyphs = new ArrayList<>(run("……5月", 113.8, 149, 8, 0));
		glyphs.add(new Glyph("1", 0, 159.7, 8, 8, "FZBSJW", false));
		glyphs.add(new Glyph("5", 3.9, 159.7, 8, 8, "FZBSJW", false));
		glyphs.addAll(run("日是第二十一个", 9.8, 159.7, 8, 0.16));
		assertThat(LineBuilder.lines(glyphs)).extracting(TextLine::text).containsExactly("……5月", "15日是第二十一个");
	}

	@Test
	void punctuationSqueezedIntoOneCellStaysInItsLine() {
		List<Glyph> glyphs = new ArrayList<>(run("新动力。", 18.4, 1273.4, 8.3, 0.7));
		glyphs.add(new Glyph("“", 18.4 + 3 * 9, 1273.4, 8.3, 8.3, "FZKTK", false));
		glyphs.addAll(run("一带一路", 18.4 + 4 * 9, 1273.4, 8.3, 0.7));
		assertThat(LineBuilder.lines(glyphs)).extracting(TextLine::text).containsExactly("新动力。“一带一路");
	}

	private static List<Glyph> run(String text, double left, double baseline, double size, double spacing) {
		return TestType.glyphs(text, left, baseline, size, spacing, "Song");
	}

}
