package org.baoku.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbered paging offers the first and last pages and those around the current one; 0 marks a gap. */
class PageNumbersTests {

	private static List<Integer> numbers(int page, long total) {
		return new SearchResult(SearchRequest.of("", page, 10), total, List.of(), SearchFacets.NONE, "", List.of())
			.pageNumbers();
	}

	@Test
	void pagesAroundTheCurrentOneWithGapsToTheEnds() {
		assertThat(numbers(1, 35)).containsExactly(1, 2, 3, 4);
		assertThat(numbers(10, 200)).containsExactly(1, 0, 7, 8, 9, 10, 11, 12, 13, 0, 20);
		assertThat(numbers(20, 200)).containsExactly(1, 0, 17, 18, 19, 20);
		assertThat(numbers(5, 200)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 0, 20);
		assertThat(numbers(1, 0)).containsExactly(1);
	}

	@Test
	void anEmptyQueryIsListedNewestFirstAndSaysSo() {
		assertThat(SearchRequest.of("", 1, 10).order()).isEqualTo(SearchRequest.Order.NEWEST);
		assertThat(SearchRequest.of("盐湖", 1, 10).order()).isEqualTo(SearchRequest.Order.RELEVANCE);
	}

}
