package org.baoku.archive;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthHistogramTests {

	@Test
	void emptyMonthsAreBarsOfZeroAndEachYearIsLabelledOnce() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("2023-11", 4L);
		counts.put("2024-02", 8L);
		counts.put("not a month", 99L);
		MonthHistogram h = MonthHistogram.of(counts);
		assertThat(h.bars()).extracting(MonthHistogram.Bar::month).containsExactly("2023-11", "2023-12", "2024-01", "2024-02");
		assertThat(h.bars()).extracting(MonthHistogram.Bar::count).containsExactly(4L, 0L, 0L, 8L);
		assertThat(h.bars()).extracting(MonthHistogram.Bar::yearLabel).containsExactly("2023", null, "2024", null);
		assertThat(h.bars()).extracting(MonthHistogram.Bar::height).containsExactly(28, 0, 0, MonthHistogram.HEIGHT);
		assertThat(h.max()).isEqualTo(8);
		assertThat(MonthHistogram.of(Map.of()).isEmpty()).isTrue();
	}

	@Test
	void aVeryLongSpanKeepsTheNewestMonths() {
		MonthHistogram h = MonthHistogram.of(Map.of("1900-01", 1L, "2020-01", 1L));
		assertThat(h.bars()).hasSize(MonthHistogram.MAX_BARS);
		assertThat(h.bars().get(h.bars().size() - 1).month()).isEqualTo("2020-01");
	}

}
