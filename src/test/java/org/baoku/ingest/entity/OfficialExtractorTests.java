package org.baoku.ingest.entity;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialExtractorTests {

	private final OfficialExtractor extractor = new OfficialExtractor();

	@Test
	void titleChainsBeforeNamesAndSharedTitles() {
		List<OfficialMention> found = extractor.extract(
				"7月21日，省委常委、市委书记王卫东，副市长肖向东主持。中央军委委员刘振立、苗华、张升民出席会议。", List.of());
		assertThat(found).contains(new OfficialMention("王卫东", "省委常委、市委书记"), new OfficialMention("肖向东", "副市长"),
				new OfficialMention("刘振立", "中央军委委员"), new OfficialMention("苗华", "中央军委委员"),
				new OfficialMention("张升民", "中央军委委员"));
	}

	@Test
	void closingListOfLeadersAndForeignNames() {
		List<OfficialMention> found = extractor
			.extract("白俄罗斯明斯克市列宁区副区长阿·库尼察参加座谈。工作取得实效。王卫东、班果分别参加。", List.of());
		assertThat(found).extracting(OfficialMention::name).containsExactly("阿·库尼察", "王卫东", "班果");
	}

	@Test
	void companyTitlesCountOnlyAfterAPartyOffice() {
		List<OfficialMention> found = extractor.extract(
				"集团公司党组书记、董事长汪东进作部署动员讲话。科大讯飞董事长刘庆峰到会致辞。", List.of());
		assertThat(found).extracting(OfficialMention::name).containsExactly("汪东进");
	}

	@Test
	void aNameFollowedByNoKnownWordIsReadOffWordBoundaries() {
		assertThat(extractor.extract("参加完研讨会，西宁市农业农村局局长杨秀玲深感责任重大。", List.of()))
			.containsExactly(new OfficialMention("杨秀玲", "西宁市农业农村局局长"));
	}

	@Test
	void officialsAlreadyInTheArchiveAreTakenAsTheyStand() {
		OfficialExtractor withGazetteer = new OfficialExtractor(Set.of("乌拉孜别克·热苏力汗", "班果"));
		assertThat(withGazetteer.extract("省领导乌拉孜别克·热苏力汗出席。", List.of()))
			.extracting(OfficialMention::name)
			.containsExactly("乌拉孜别克·热苏力汗");
	}

	@Test
	void reportersAreNeverOfficials() {
		assertThat(extractor.extract("市委书记施翔出席。", List.of("施翔"))).isEmpty();
	}

}
