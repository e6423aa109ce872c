package org.baoku.ingest.bulk;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFileNameTests {

	@Test
	void aSingleUploadsNameGivesItsPaperDayAndPage() {
		assertThat(PageFileName.named("西宁晚报_2018-01-09_7.png", "人民日报", Map.of()))
			.contains(new PageFileName.Named("西宁晚报", LocalDate.of(2018, 1, 9), "7"));
		assertThat(PageFileName.named("2023-07-22_A01.txt", "人民日报", Map.of()))
			.contains(new PageFileName.Named("人民日报", LocalDate.of(2023, 7, 22), "A01"));
	}

	@Test
	void anAbbreviationIsThePaperAnAdminMappedItToOrTheDefault() {
		assertThat(PageFileName.named("rmrb_20180115_p07.pdf", "人民日报", Map.of()))
			.contains(new PageFileName.Named("人民日报", LocalDate.of(2018, 1, 15), "07"));
		assertThat(PageFileName.named("xsm_20110524_p02.pdf", "人民日报", Map.of("xsm", "新民晚报")))
			.contains(new PageFileName.Named("新民晚报", LocalDate.of(2011, 5, 24), "02"));
	}

	@Test
	void aNameThatGivesNoDayGivesNothing() {
		assertThat(PageFileName.named("page.txt", "人民日报", Map.of())).isEmpty();
		assertThat(PageFileName.named("人民日报_2018-02-30_7.png", "人民日报", Map.of())).isEmpty();
		assertThat(PageFileName.named(null, "人民日报", Map.of())).isEmpty();
	}

}
