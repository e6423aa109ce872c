package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.Corrections;
import org.baoku.ingest.split.Byline;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;

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
		assertThat(headline.subtitle()).isEqualTo("——各地企业有序复工 复产见闻");
	}

	@Test
	void namesInParenthesesWrappedAtTheirSpaceStayApartAndANameWrappedInsideItselfStaysWhole() {
		SplitArticle article = readColumn("新华社北京2月3日电（记者梅", "世雄）春节前夕，中央军委副主", "席来到部队看望官兵。如今，全",
				"区农民增收致富。（魏本貌", "刘萌）");
		assertThat(article.reporterNames()).containsExactly("梅世雄", "魏本貌", "刘萌");
	}

	@Test
	void namesAloneHeadingTheTextAsAParagraphOfTheirOwnAreTheByline() {
		ColumnBlock column = new ColumnBlock();
		column.add(TestType.line("金歆 庄颖娜", 30, 182, 11, "Song"));
		column.add(TestType.line("本报讯 日前，我国科学家在", 52, 196, 11, "Song"));
		column.add(TestType.line("机体抗病毒机制研究中取得进", 30, 210, 11, "Song"));
		SplitArticle article = read(column);
		assertThat(article.reporterNames()).containsExactly("金歆", "庄颖娜");
		assertThat(article.dateline()).isEqualTo("本报讯");
		assertThat(article.body()).startsWith("本报讯 日前，我国科学家");
	}

	@Test
	void justifiedFlushABreakBetweenTwoWholeNamesInABylinesParenthesisIsASpaceButNotInProse() {
		assertThat(readColumn("新华社北京1月7日电（江琳", "曾宇昕）1月6至7日，国家", "关事务管理局在京举行会议。").reporterNames())
			.containsExactly("江琳", "曾宇昕");
		assertThat(readColumn("旅游发展有限公司（简称保", "利海南）牢记使命，担负社", "会之责，用行动回馈社会。").body())
			.contains("（简称保利海南）");
	}

	/** A column of 11 pt lines 14 pt apart, the first indented two ems, read as a module without a headline. */
	@Test
	void onAScanALineOcrPlacedABitInRunsOnUnlessTheTextBeforeItEndsASentence() {
		ColumnBlock column = new ColumnBlock();
		column.add(TestType.line("本报讯　党的十八大郑重提出：“党的根", 52, 182, 11, ScannedPage.FACE));
		// OCR's box for this line starts two characters in: no paragraph begins mid-sentence.
		column.add(TestType.line("本政治目的是为人民服务。”全党同志", 52, 196, 11, ScannedPage.FACE));
		column.add(TestType.line("要牢记这一点。", 30, 210, 11, ScannedPage.FACE));
		column.add(TestType.line("会议要求，各级组织认真落实。", 52, 224, 11, ScannedPage.FACE));
		assertThat(Corrections.paragraphs(read(column).body())).containsExactly(
				"本报讯　党的十八大郑重提出：“党的根本政治目的是为人民服务。”全党同志要牢记这一点。",
				"会议要求，各级组织认真落实。");
		// The same lines in a PDF's text layer break where they are indented, as printed.
		ColumnBlock printed = new ColumnBlock();
		printed.add(TestType.line("本报讯　党的十八大郑重提出：“党的根", 52, 182, 11, "Song"));
		printed.add(TestType.line("本政治目的是为人民服务。”全党同志", 52, 196, 11, "Song"));
		printed.add(TestType.line("要牢记这一点。", 30, 210, 11, "Song"));
		assertThat(Corrections.paragraphs(read(printed).body())).hasSize(2);
	}

	@Test
	void aSentenceEndsAtItsMarkOrAQuoteClosingAfterIt() {
		assertThat(ModuleReader.endsSentence("为人民服务。")).isTrue();
		assertThat(ModuleReader.endsSentence("为人民服务。”")).isTrue();
		assertThat(ModuleReader.endsSentence("郑重提出：")).isTrue();
		assertThat(ModuleReader.endsSentence("郑重提出：“党的根")).isFalse();
		assertThat(ModuleReader.endsSentence("")).isTrue();
	}

	private static SplitArticle readColumn(String... lines) {
		ColumnBlock column = new ColumnBlock();
		for (int i = 0; i < lines.length; i++) {
			column.add(TestType.line(lines[i], i == 0 ? 52 : 30, 182 + 14 * i, 11, "Song"));
		}
		return read(column);
	}

	private static SplitArticle read(ColumnBlock column) {
		Module module = new Module(null);
		module.add(column, "test", false);
		return ModuleReader.read(module, 11, Set.of());
	}

	private static TextLine line(String text, double baseline, double size, String font) {
		return TestType.line(text, 400, baseline, size, font);
	}

}
