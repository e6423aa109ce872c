package org.baoku.admin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The review list's place is written as its own parameters only, read back the same, and always leads to the list. */
class QueueViewTests {

	@Test
	void theListsParametersGoThereAndBack() {
		QueueView list = QueueView.of("西宁晚报", LocalDate.of(2021, 3, 12), null, "unlikeKnown", "doubt");

		assertThat(list.query()).isEqualTo("newspaper=%E8%A5%BF%E5%AE%81%E6%99%9A%E6%8A%A5&from=2021-03-12"
				+ "&reason=unlikeKnown&order=doubt");
		assertThat(QueueView.parse(list.query())).isEqualTo(list);
		assertThat(list.articlePath(7)).isEqualTo("/admin/review/articles/7?queue=newspaper%3D%25E8%25A5%25BF%25E5"
				+ "%25AE%2581%25E6%2599%259A%25E6%258A%25A5%26from%3D2021-03-12%26reason%3DunlikeKnown%26order%3Ddoubt");
	}

	@Test
	void theWholeQueueInPageOrderNeedsNoParameters() {
		assertThat(QueueView.of("", null, null, "", "page").listPath()).isEqualTo("/admin/review");
		assertThat(QueueView.parse("").articlePath(7)).isEqualTo("/admin/review/articles/7");
	}

	@Test
	void anythingElseIsDropped() {
		assertThat(QueueView.parse("order=doubt&next=//example.com&from=").listPath())
			.isEqualTo("/admin/review?order=doubt");
		assertThat(QueueView.parse("%%%").listPath()).isEqualTo("/admin/review");
		assertThat(QueueView.parse("order=%%%&reason").listPath()).isEqualTo("/admin/review");
		// What the list would refuse (a 400 after a done correction) is dropped too.
		assertThat(QueueView.parse("order=newest&from=2021-02-30&to=2021-03-12&reason=noSuchReason").listPath())
			.isEqualTo("/admin/review?to=2021-03-12");
	}

}
