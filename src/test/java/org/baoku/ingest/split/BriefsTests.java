package org.baoku.ingest.split;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A column of untitled briefs, each closed by its authors in brackets. */
class BriefsTests {

	private static SplitArticle read(String head, String body) {
		return new SplitArticle(new Headline(null, head, null), null, null, null, List.of(), false, body);
	}

	private static final String FIRST = "近日，县质监局对液化气充装站的压力容器、学校和医院的锅炉等进行检查，检查的重点为安全生产责任制的落实情况。";

	private static final String SECOND = "为纪念中国共产党成立90周年，县教育局联合县新华书店陆续举办征文比赛、演讲比赛等读书教育活动。";

	@Test
	void eachBriefUnderAColumnsLabelIsAnArticleWithItsOwnAuthors() {
		List<SplitArticle> briefs = Briefs.of(read("简讯", FIRST + " （陈玲玲 林娟）\n" + SECOND + "\n（记者 陈佳）"));

		assertThat(briefs).hasSize(2);
		assertThat(briefs.get(0).reporterNames()).containsExactly("陈玲玲", "林娟");
		assertThat(briefs.get(0).body()).startsWith("近日").endsWith("（陈玲玲 林娟）");
		assertThat(briefs.get(1).reporterNames()).containsExactly("陈佳");
		assertThat(briefs).allMatch(b -> b.headline().isEmpty());
	}

	@Test
	void aBriefOfOneSentenceIsABriefToo() {
		String short1 = "连日来，广大医务工作者全力以赴，奋战在抗击疫情的最前线。";
		List<SplitArticle> briefs = Briefs.of(read("新闻速递", short1 + "（记者 胡浩）\n" + SECOND + "（记者 陈刚）"));

		assertThat(briefs).hasSize(2);
		assertThat(briefs.get(0).reporterNames()).containsExactly("胡浩");
		// Briefs set flush one after another in one paragraph: each ends on its authors.
		assertThat(Briefs.of(read("短讯", FIRST + "（记者梅常伟）" + SECOND + "（记者朱磊、王丹）"))).hasSize(2)
			.extracting(SplitArticle::reporterNames)
			.containsExactly(List.of("梅常伟"), List.of("朱磊", "王丹"));
		// A run shorter than a sentence is a note, not a brief.
		assertThat(Briefs.of(read("简讯", "检查结束。（陈玲玲）\n" + SECOND + "（陈佳）"))).isEmpty();
	}

	@Test
	void oneWholeSentenceOfTenCharactersOrMoreIsABriefButAShortRunThatFinishesNoneIsNot() {
		// 一句话新闻: one sentence, its authors after it.
		List<SplitArticle> briefs = Briefs.of(read("短讯", "全军政法工作会议15日在京召开。（记者梅常伟）\n" + SECOND + "（记者 陈刚）"));

		assertThat(briefs).hasSize(2);
		assertThat(briefs.get(0).body()).startsWith("全军政法工作会议");
		assertThat(briefs.get(0).reporterNames()).containsExactly("梅常伟");
		// Spaces after the authors are no part of the sentence before them.
		assertThat(Briefs.of(read("短讯", "全军政法工作会议召开。（记者梅常伟）  \n" + SECOND + "（记者 陈刚）"))).hasSize(2);
		// Ten characters make a sentence a brief, nine do not.
		assertThat(Briefs.of(read("短讯", "全军政法工作会议开。（记者梅常伟）\n" + SECOND + "（记者 陈刚）"))).hasSize(2);
		assertThat(Briefs.of(read("短讯", "全军政法会议召开。（记者梅常伟）\n" + SECOND + "（记者 陈刚）"))).isEmpty();
		// Under 20 characters and no sentence finished: a note or a caption's end, so no column of briefs.
		assertThat(Briefs.of(read("短讯", "全军政法工作会议在京召开（记者梅常伟）\n" + SECOND + "（记者 陈刚）"))).isEmpty();
	}

	@Test
	void anArticleWithATitleOrTextAfterItsLastCreditOrOneCreditIsNoColumnOfBriefs() {
		assertThat(Briefs.of(read("县质监局开展特种设备安全检查", FIRST + "（陈玲玲）\n" + SECOND + "（陈佳）"))).isEmpty();
		assertThat(Briefs.of(read("简讯", FIRST + "（陈玲玲）\n" + SECOND))).isEmpty();
		assertThat(Briefs.of(read("简讯", FIRST + "\n" + SECOND + "（陈佳）"))).isEmpty();
		// A closing note in brackets that names no one closes nothing.
		assertThat(Briefs.of(read("", FIRST + "（作者为中共中央党校教授）\n" + SECOND + "（陈佳）"))).isEmpty();
	}

}
