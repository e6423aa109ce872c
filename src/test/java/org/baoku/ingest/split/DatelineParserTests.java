package org.baoku.ingest.split;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineParserTests {

	@Test
	void theCommonFormsOfChineseDatelinesAreRead() {
		assertThat(dateline("本报讯（记者 王五）昨日")).isEqualTo("本报讯");
		assertThat(dateline("本报南京讯 昨日")).isEqualTo("本报南京讯");
		assertThat(dateline("本报10月9日讯（记者 王五）")).isEqualTo("本报10月9日讯");
		assertThat(dateline("本报北京10月10日电（记者陆娅楠）国家统计局")).isEqualTo("本报北京10月10日电");
		assertThat(dateline("新华社北京7月21日电（记者 张三）")).isEqualTo("新华社北京7月21日电");
		assertThat(dateline("据新华社金边1月30日电（记者 毛鹏飞、高炳南）")).isEqualTo("据新华社金边1月30日电");
		assertThat(DatelineParser.parse("本报记者 王五").isPresent()).isFalse();
		assertThat(DatelineParser.parse("本报评论员").isPresent()).isFalse();
	}

	/** A source named in a sentence ("据…报道，") opens paragraphs inside reports: it is the text's, no dateline. */
	@Test
	void aSourceNamedInASentenceIsNoDateline() {
		assertThat(DatelineParser.parse("据当地媒体7日报道，山火已蔓延至附近城镇。").isPresent()).isFalse();
		assertThat(DatelineParser.parse("据警方消息，枪手已被控制。").isPresent()).isFalse();
		assertThat(DatelineParser.startsWithDateline("据警方消息，枪手已被控制。")).isFalse();
		String report = """
				据新华社曼谷2月8日电 泰国东北部呵叻府8日发生枪击事件，当地警方正在全力
				搜捕枪手，受伤人员已被送往附近医院救治，当地政府呼吁民众远离事发区域。

				据警方消息，枪手是一名当地士兵，作案后驾车逃离，警方已封锁周边道路，
				正在组织力量全力搜捕，事件原因仍在调查之中。

				泰国呵叻府发生枪击事件
				""";
		assertThat(new PageSplitter().split(report).articles()).singleElement()
			.satisfies(a -> assertThat(a.body()).endsWith("事件原因仍在调查之中。"));
	}

	private static String dateline(String paragraph) {
		return DatelineParser.parse(paragraph).orElseThrow().text();
	}

}
