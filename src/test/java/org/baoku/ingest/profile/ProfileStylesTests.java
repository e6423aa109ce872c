package org.baoku.ingest.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.roles.PaperRounds;
import org.baoku.ingest.roles.TreeFitting;
import org.baoku.ingest.split.SplitProfile;
import org.baoku.ingest.split.TypeStyles;

import static org.assertj.core.api.Assertions.assertThat;

/** What a paper's checked pages teach of its section styles, kept with its profile. */
class ProfileStylesTests {

	@Test
	void aSectionHeadingAnEditorKeptInTheTextIsASubheadingOfTheCheckedPagesGold() {
		ProfileRepository.CheckedArticle joined = new ProfileRepository.CheckedArticle(null, "乡村公路通到家门口", null, null,
				"县里今年把农村公路建设作为民生实事来抓。\n产业兴起来\n新建和改造道路一百多公里，群众出行更加方便。\n日子好起来\n产业发展也有了路。",
				List.of(), List.of());
		ProfileRepository.CheckedArticle photo = new ProfileRepository.CheckedArticle(null, "", null, null, "游客在公园赏花。",
				List.of("王五"), List.of(), true);
		JsonNode gold = ProfileLearning.gold(List.of(joined, photo));
		assertThat(gold.at("/articles/0/subheadings")).extracting(JsonNode::asText).containsExactly("产业兴起来", "日子好起来");
		// The whole text, and whether it is a photo item: what places the checked page's lines (CheckedLines).
		assertThat(gold.at("/articles/0/body").asText()).startsWith("县里今年把农村公路建设");
		assertThat(gold.at("/articles/0/photo_credit").asBoolean()).isFalse();
		assertThat(gold.at("/articles/1/photo_credit").asBoolean()).isTrue();
	}

	@Test
	void sectionStylesAreStoredWithTheNumbersAndAProfileStoredBeforeThemReadsAsItWas() {
		SplitProfile profile = new SplitProfile("县报", Map.of("HEAD_TO_TEXT_EM", 5.0), Set.of("Kai/13.0"));
		assertThat(ProfileRepository.profile("县报", ProfileRepository.values(profile))).isEqualTo(profile);
		assertThat(ProfileRepository.profile("县报", "{\"HEAD_TO_TEXT_EM\": 5.0}"))
			.isEqualTo(new SplitProfile("县报", Map.of("HEAD_TO_TEXT_EM", 5.0)));
	}

	@Test
	void theTypeOfACheckedPaperIsStoredWithItsProfileInTheDatabaseAndInAProfileFile(@TempDir Path dir) throws IOException {
		SplitProfile profile = new SplitProfile("县报", Map.of("HEAD_TO_TEXT_EM", 5.0), Set.of("Kai/13.0"))
			.withTypeStyles(new TypeStyles(Set.of("Song/9.0"), Set.of("Hei", "Kai")));
		assertThat(ProfileRepository.profile("县报", ProfileRepository.values(profile))).isEqualTo(profile);
		Path file = dir.resolve("县报.json");
		ProfileFiles.write(file, profile);
		assertThat(ProfileFiles.read(file)).isEqualTo(profile);
		// A profile file written before the type was learned reads with none.
		Files.writeString(file, "{\"newspaper\": \"县报\", \"values\": {}, \"sectionStyles\": []}");
		assertThat(ProfileFiles.read(file).typeStyles()).isEqualTo(TypeStyles.NONE);
	}


	@Test
	void thePapersOwnLineRolesAreStoredWithItsProfileAndRoundsOverAnotherModelAreLeftOut(@TempDir Path dir)
			throws IOException {
		LineRoles model = LineRoles.model();
		Map<String, Double> line = new java.util.HashMap<>();
		model.features().forEach(f -> line.put(f, 0.0));
		PaperRounds rounds = model.fit(List.of(line, line), List.of("byline", "byline"),
				new TreeFitting.Settings(2, 1, 1, 0.3, 1.0));
		SplitProfile profile = new SplitProfile("县报", Map.of("HEAD_TO_TEXT_EM", 5.0)).withLineRoles(rounds);
		assertThat(profile.isDefault()).isFalse();

		SplitProfile stored = ProfileRepository.profile("县报", ProfileRepository.values(profile));
		assertThat(stored).isEqualTo(profile);
		assertThat(model.over(stored.lineRoles()).probabilities(line)).isEqualTo(model.over(rounds).probabilities(line));
		Path file = dir.resolve("县报.json");
		ProfileFiles.write(file, profile);
		assertThat(ProfileFiles.read(file)).isEqualTo(profile);

		// Fitted over a model since retrained: the numbers stay, the rounds are left out.
		String other = ProfileRepository.values(profile).replace(model.fingerprint(), "0123456789abcdef");
		SplitProfile read = ProfileRepository.profile("县报", other);
		assertThat(read.values()).isEqualTo(profile.values());
		assertThat(read.lineRoles().isEmpty()).isTrue();
		assertThat(model.over(read.lineRoles())).isSameAs(model);
	}

}
