package org.baoku.ingest.split;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylineParserTests {

	@Test
	void readsRolesAndSeveralNames() {
		BylineParser.Found found = BylineParser.leading("（记者徐昕联 通讯员 田明 宋宗泽 姜山）10月14日，中国").orElseThrow();
		assertThat(found.byline().credits()).containsExactly(new Credit("徐昕联", "记者"), new Credit("田明", "通讯员"),
				new Credit("宋宗泽", "通讯员"), new Credit("姜山", "通讯员"));
		assertThat(found.rest()).isEqualTo("10月14日，中国");
	}

	@Test
	void photoCreditSuffixIsNotAName() {
		BylineParser.Found found = BylineParser.leading("（记者 张艳艳摄影报道）5月7日").orElseThrow();
		assertThat(found.byline().names()).containsExactly("张艳艳");
		assertThat(found.byline().photo()).isTrue();
	}

	@Test
	void trailingBylineIsCutOffTheBody() {
		BylineParser.Found found = BylineParser.trailing("当好全省高质量发展的排头兵。 （记者 张弘靓）").orElseThrow();
		assertThat(found.byline().names()).containsExactly("张弘靓");
		assertThat(found.rest()).isEqualTo("当好全省高质量发展的排头兵。");
	}

	@Test
	void parenthesesWithoutARoleAreNotABylines() {
		assertThat(BylineParser.leading("（企业资源计划）系统")).isEmpty();
		assertThat(BylineParser.trailing("集中深化建设（ERP）")).isEmpty();
	}

	@Test
	void boxedAuthorAboveACommentary() {
		assertThat(BylineParser.boxAuthor("□ 田昀澍").orElseThrow().names()).containsExactly("田昀澍");
	}

	@Test
	void reportersAlreadyInTheArchiveSettleGluedNames() {
		String byline = "（记者 一丁小蕊）7月21日";
		assertThat(BylineParser.leading(byline).orElseThrow().byline().names()).containsExactly("一丁小蕊");
		assertThat(BylineParser.leading(byline, Set.of("一丁", "小蕊")).orElseThrow().byline().names())
			.containsExactly("一丁", "小蕊");
		assertThat(BylineParser.leading("（记者 朱基钗 杨依军赵博）19日").orElseThrow().byline().names())
			.containsExactly("朱基钗", "杨依军", "赵博");
	}

	@Test
	void eventDayFromDatelineOrFirstSentence() {
		assertThat(EventDay.find("新华社北京7月21日电", "全军党的建设会议召开。")).contains(new EventDay(7, 21));
		assertThat(EventDay.find("本报讯", "为进一步深化合作，7月21日上午，推介会在西宁举行。")).contains(new EventDay(7, 21));
		assertThat(EventDay.find(null, "19日上午，国家主席考察。")).contains(new EventDay(null, 19));
		assertThat(EventDay.find("本报讯", "记者日前从省工信厅获悉，青洽会将于7月20日开幕。")).isEmpty();
		assertThat(new EventDay(null, 19).on(LocalDate.of(2024, 12, 20))).contains(LocalDate.of(2024, 12, 19));
		assertThat(new EventDay(12, 31).on(LocalDate.of(2025, 1, 2))).contains(LocalDate.of(2024, 12, 31));
	}

	@Test
	void datelines() {
		assertThat(DatelineParser.parse("本报南京讯（记者 张").orElseThrow().text()).isEqualTo("本报南京讯");
		assertThat(DatelineParser.parse("新华社北京7月21日电 中共中央").orElseThrow().rest()).isEqualTo("中共中央");
		assertThat(DatelineParser.parse("本报记者日前从省工信厅获悉")).isEmpty();
	}

	@Test
	void aBylineLineTakesANameWhoseSurnameIsNotListedBesideOneWhoseIs() {
		assertThat(BylineParser.ownLine("本报记者 王海林、寸佩娟").orElseThrow().names()).containsExactly("王海林", "寸佩娟");
		// Names alone with no listed surname are not enough: a column's name is set like a byline too.
		assertThat(BylineParser.ownLine("记者手记")).isEmpty();
		assertThat(BylineParser.ownLine("本报记者 寸佩娟")).isEmpty();
	}

	@Test
	void aBylineLineTakesNamesLetterSpacedToAFixedWidth() {
		Byline one = BylineParser.ownLine("本报记者 刘 毅").orElseThrow();
		assertThat(one.names()).containsExactly("刘毅");
		assertThat(one.raw()).isEqualTo("本报记者 刘 毅");
		assertThat(BylineParser.ownLine("本报记者 姜 洁 李 硕").orElseThrow().names()).containsExactly("姜洁", "李硕");
		assertThat(BylineParser.ownLine("记 者 手 记")).isEmpty();
	}

	@Test
	void anAuthorLineIsNamesAloneLetterSpacedOrGluedAndNothingElse() {
		assertThat(BylineParser.authorLine("朱炳元").orElseThrow().credits()).extracting(Credit::name).containsExactly("朱炳元");
		assertThat(BylineParser.authorLine("汪 涛 吴光胜 胡查平").orElseThrow().credits()).extracting(Credit::name)
			.containsExactly("汪涛", "吴光胜", "胡查平");
		assertThat(BylineParser.authorLine("周江张济坤").orElseThrow().credits()).extracting(Credit::name)
			.containsExactly("周江", "张济坤");
		assertThat(BylineParser.authorLine("周江张济坤", false)).isEmpty();
		assertThat(BylineParser.authorLine("明确新目标")).isEmpty();
		// Common surnames the list once lacked.
		assertThat(BylineParser.authorLine("洪建国 赖明 傅莹 萧平").orElseThrow().credits()).extracting(Credit::name)
			.containsExactly("洪建国", "赖明", "傅莹", "萧平");
		assertThat(BylineParser.authorLine("——述要")).isEmpty();
	}

	@Test
	void aNoteInBracketsAfterTheLastSentenceClosesAText() {
		assertThat(Line.closedByNote("把生态环境建设好。\n（作者单位：中央党校经济学部）")).isTrue();
		assertThat(Line.closedByNote("把生态环境建设好（作者单位：中央党校）")).isFalse();
		assertThat(Line.closedByNote("把生态环境建设好。")).isFalse();
	}

}
