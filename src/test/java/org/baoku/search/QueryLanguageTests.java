package org.baoku.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryLanguageTests {

	@Test
	void wordsOrNotPhrasesGroupsAndFields() {
		assertThat(render("盐湖 王卫东")).isEqualTo("盐湖 王卫东");
		assertThat(render("盐湖 OR 光伏")).isEqualTo("盐湖 OR 光伏");
		assertThat(render("招商 -签约")).isEqualTo("招商 -签约");
		assertThat(render("招商 NOT 签约")).isEqualTo("招商 -签约");
		assertThat(render("\"莫昌伟 田得乾\"")).isEqualTo("\"莫昌伟 田得乾\"");
		assertThat(render("(盐湖 OR 锂电) 西宁")).isEqualTo("(盐湖 OR 锂电) 西宁");
		assertThat(render("标题:签约 记者：施翔 official:王卫东 电头:新华社 body:青洽会"))
			.isEqualTo("标题:签约 记者:施翔 官员:王卫东 电头:新华社 正文:青洽会");
		assertThat(render("-标题:签约 盐湖")).isEqualTo("-标题:签约 盐湖");
		assertThat(render("EGO-Park")).isEqualTo("EGO-Park");
	}

	@Test
	void malformedQueriesAreReadAsPlainWords() {
		for (String bad : new String[] { "盐湖 (王卫东", "盐湖 \"王卫东", "盐湖 OR", "OR 盐湖", "盐湖 )", "盐湖 标题:", "盐湖 NOT" }) {
			QueryLanguage.Parsed parsed = QueryLanguage.parse(bad);
			assertThat(parsed.plainWords()).as(bad).isTrue();
			assertThat(parsed.node().render()).as(bad).startsWith("盐湖");
		}
		assertThat(QueryLanguage.parse("   ").node()).isNull();
	}

	@Test
	void queriesTooLongTooDeepOrTooManyAreReadAsPlainWordsWithANotice() {
		assertThat(QueryLanguage.parse("-".repeat(7_000)).notice()).isEqualTo(SearchNotice.TOO_LONG);
		assertThat(QueryLanguage.parse("NOT ".repeat(40) + "盐湖").notice()).isEqualTo(SearchNotice.TOO_COMPLEX);
		assertThat(QueryLanguage.parse("(".repeat(20) + "盐湖" + ")".repeat(20)).notice()).isEqualTo(SearchNotice.TOO_COMPLEX);
		assertThat(QueryLanguage.parse("(".repeat(20) + "盐湖" + ")".repeat(20)).node().render()).isEqualTo("盐湖");
		assertThat(QueryLanguage.parse("- - - - - - - - - - - - 盐湖").notice()).isEqualTo(SearchNotice.TOO_COMPLEX);
		assertThat(QueryLanguage.parse("((盐湖 OR 王卫东) -会议)").notice()).isNull();
	}

	private static String render(String query) {
		QueryLanguage.Parsed parsed = QueryLanguage.parse(query);
		assertThat(parsed.plainWords()).as(query).isFalse();
		return parsed.node().render();
	}

}
