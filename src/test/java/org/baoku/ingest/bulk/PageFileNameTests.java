package org.baoku.ingest.bulk;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFileNameTests {

	@Test
	void aSingleUploadsNameGivesItsDayAndPage() {
		assertThat(PageFileName.dateAndPage("人民日报_2018-01-09_7.png"))
			.contains(new PageFileName.DateAndPage(LocalDate.of(2018, 1, 9), "7"));
		assertThat(PageFileName.dateAndPage("rmrb_20180115_p07.pdf"))
			.contains(new PageFileName.DateAndPage(LocalDate.of(2018, 1, 15), "07"));
		assertThat(PageFileName.dateAndPage("2023-07-22_A01.txt"))
			.contains(new PageFileName.DateAndPage(LocalDate.of(2023, 7, 22), "A01"));
	}

	@Test
	void aNameThatGivesNoDayGivesNothing() {
		assertThat(PageFileName.dateAndPage("page.txt")).isEmpty();
		assertThat(PageFileName.dateAndPage("人民日报_2018-02-30_7.png")).isEmpty();
		assertThat(PageFileName.dateAndPage(null)).isEmpty();
	}

}
