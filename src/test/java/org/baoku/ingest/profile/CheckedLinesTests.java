package org.baoku.ingest.profile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A checked page's articles place its lines: headline parts, dateline, byline, credit, section heading, body. */
class CheckedLinesTests {

	private static final String GOLD = """
			{"articles": [
			  {"headline": {"kicker": "聚焦民生实事", "main": "老旧小区改造惠及十万居民", "subtitle": "——全市今年完成改造一百个"},
			   "dateline": "本报讯", "reporters": ["张三", "李四"], "subheadings": ["居民说了算"],
			   "body": "本报讯 今年以来，全市老旧小区改造进展顺利。\\n居民说了算\\n改造方案由居民投票决定。"},
			  {"headline": {"kicker": null, "main": "", "subtitle": null}, "dateline": null, "reporters": ["王五"],
			   "photo_credit": true, "body": "游客在公园赏花。"},
			  {"headline": {"kicker": null, "main": "", "subtitle": null}, "dateline": null, "reporters": ["赵六"],
			   "body": "市图书馆延长开放时间至晚九点。"}]}""";

	private static String placed(String line) throws Exception {
		JsonNode gold = new ObjectMapper().readTree(GOLD);
		List<CheckedLines.Article> articles = new java.util.ArrayList<>();
		gold.path("articles").forEach(a -> articles.add(CheckedLines.Article.of(a)));
		Set<String> names = new LinkedHashSet<>();
		articles.forEach(a -> names.addAll(a.reporters()));
		return CheckedLines.placed(CheckedLines.fold(line), articles, names);
	}

	@Test
	void eachLineTakesTheRoleOfTheTextThatHoldsIt() throws Exception {
		assertThat(placed("聚焦民生实事")).isEqualTo("kicker");
		assertThat(placed("老旧小区改造")).isEqualTo("headline");
		assertThat(placed("惠及十万居民")).isEqualTo("headline");
		assertThat(placed("——全市今年完成改造一百个")).isEqualTo("subtitle");
		assertThat(placed("本报讯 今年以来，全市老旧")).isEqualTo("dateline");
		assertThat(placed("本报记者 张 三 通讯员 李四")).isEqualTo("byline");
		assertThat(placed("（王五 摄）")).isEqualTo("credit");
		assertThat(placed("□ 张三")).isEqualTo("byline");
		assertThat(placed("\uFFFF 李四")).isEqualTo("byline");
		assertThat(placed("居民说了算")).isEqualTo("section_heading");
		assertThat(placed("改造方案由居民投票决定。")).isEqualTo("body");
		assertThat(placed("游客在公园赏花。")).isEqualTo("caption");
		assertThat(placed("市图书馆延长开放时间")).isEqualTo("brief");
	}

	@Test
	void aLineNoCheckedTextHoldsIsNotPlaced() throws Exception {
		assertThat(placed("第2版 综合")).isNull();
		// a name in a sentence is not a byline
		assertThat(placed("张三说，改造让生活更方便了")).isNull();
	}

}
