package org.baoku.ingest.split;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the review queue filters stored doubts by: how each code's texts begin. */
class DoubtsTests {

	@Test
	void everyKnownCodeHasAStartThatFindsItsOwnDoubtsAndNoOthers() {
		List<String> stored = List.of(Doubts.UNLIKE_KNOWN, Doubts.NO_AUTHOR, Doubts.UNSIGNED, Doubts.weakHeadline(0.12),
				Doubts.ocrUnsure(List.of("第一行", "第二行")), Doubts.OVERALL, Doubts.RIVAL_HEADLINE);
		for (String code : Doubts.ALL_CODES) {
			Optional<String> start = Doubts.storedStart(code);
			if (code.equals("other")) {
				assertThat(start).as("a text this version does not know").isEmpty();
				continue;
			}
			assertThat(start).as(code).isPresent();
			// A doubt is found by its code's start, and no other code's start finds it.
			for (String doubt : stored) {
				assertThat(doubt.startsWith(start.get())).as("%s finds %s", code, doubt)
					.isEqualTo(Doubts.code(doubt).code().equals(code));
			}
			for (String other : Doubts.ALL_CODES) {
				Optional<String> otherStart = Doubts.storedStart(other);
				if (!other.equals(code) && otherStart.isPresent()) {
					assertThat(otherStart.get().startsWith(start.get())).as("%s's start is %s's too", code, other).isFalse();
				}
			}
		}
		assertThat(Doubts.storedStart("noSuchCode")).isEmpty();
	}

}
