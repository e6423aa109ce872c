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

	private static String dateline(String paragraph) {
		return DatelineParser.parse(paragraph).orElseThrow().text();
	}

}
