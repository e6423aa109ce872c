package org.baoku.ingest.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 入 read as 人 is set right where only 入 makes a word; 人 that makes a word stays. */
class LikelyWordsTests {

	@Test
	void lookAlikesAreSetRightOnlyWhereTheyMakeAWord() {
		assertThat(LikelyWords.corrected("主要健康指标优于中高收人国家平均水平")).isEqualTo("主要健康指标优于中高收入国家平均水平");
		assertThat(LikelyWords.corrected("中国特色社会主义进人新时代")).isEqualTo("中国特色社会主义进入新时代");
		assertThat(LikelyWords.corrected("深人开展理想信念教育")).isEqualTo("深入开展理想信念教育");
		assertThat(LikelyWords.corrected("融人学生各个阶段的学习")).isEqualTo("融入学生各个阶段的学习");
		assertThat(LikelyWords.corrected("坚持以人民为中心的发展思想")).isEqualTo("坚持以人民为中心的发展思想");
		assertThat(LikelyWords.corrected("每个人都是奋斗者")).isEqualTo("每个人都是奋斗者");
		assertThat(LikelyWords.corrected("人口老龄化进程加快")).isEqualTo("人口老龄化进程加快");
		assertThat(LikelyWords.corrected("工人和农民")).isEqualTo("工人和农民");
	}

}
