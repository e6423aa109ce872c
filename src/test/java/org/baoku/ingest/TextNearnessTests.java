package org.baoku.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextNearnessTests {

	@Test
	void aHeadlineReadWithOneCharacterOtherwiseIsNearAnotherHeadlineIsNot() {
		assertThat(TextNearness.of("社会革命和自我革命", "社会革命和自我革命")).isEqualTo(1.0);
		assertThat(TextNearness.of("会英和自我命", "会黄和自我命")).isCloseTo(5.0 / 6, within(1e-9));
		assertThat(TextNearness.of("会英和自我命", "会黄和自我命")).isGreaterThanOrEqualTo(CorrectionsAgain.SAME_FIELD);
		assertThat(TextNearness.of("冬运会开幕", "城东区冬季运动会隆重开幕")).isLessThan(CorrectionsAgain.SAME_FIELD);
		// White space is layout, not text.
		assertThat(TextNearness.of("张 弘 靓", "张弘靓")).isEqualTo(1.0);
		assertThat(TextNearness.of("", "张弘靓")).isZero();
	}

	@Test
	void aLongBodyWithAFewMisreadCharactersIsNearADifferentStoryIsFar() {
		String body = "全面从严治党永远在路上。".repeat(40) + "党的自我革命永远在路上，决不能有松劲歇脚、疲劳厌战的情绪。";
		String misread = body.replace("松劲歇脚", "松劲歇胸").replaceFirst("永远", "永运");
		String other = "今年以来，城东区围绕冬季运动会的筹备，新建和改造体育场馆十二处，".repeat(20);
		assertThat(body.length()).isGreaterThan(300);
		assertThat(TextNearness.of(body, misread)).isGreaterThan(0.95);
		assertThat(TextNearness.of(body, other)).isLessThan(CorrectionsAgain.SAME_TEXT);
	}

	@Test
	void placesOnThePageOverlapByTheShareOfTheLargerArea() {
		PagePlace.Box a = new PagePlace.Box(0, 0, 100, 100);
		assertThat(PagePlace.overlap(List.of(a), List.of(a))).isEqualTo(1.0);
		// The same block found two points lower on a skewed re-scan.
		assertThat(PagePlace.overlap(List.of(a), List.of(new PagePlace.Box(1, 2, 100, 100))))
			.isGreaterThan(PagePlace.SAME_PLACE);
		// Two columns side by side share nothing.
		assertThat(PagePlace.overlap(List.of(a), List.of(new PagePlace.Box(100, 0, 100, 100)))).isZero();
		// An article read as two regions where it was one.
		assertThat(PagePlace.overlap(List.of(a),
				List.of(new PagePlace.Box(0, 0, 100, 50), new PagePlace.Box(0, 50, 100, 50)))).isEqualTo(1.0);
		assertThat(PagePlace.overlap(List.of(a), List.of())).isZero();
	}

}
