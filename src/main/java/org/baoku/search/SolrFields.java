package org.baoku.search;

import java.time.LocalDate;

/**
 * Fields of the SolrCloud schema (src/main/resources/solr/baoku/conf/schema.xml) that the embedded index names
 * otherwise or keeps as facets; the rest are {@link IndexFields}.
 */
final class SolrFields {

	/** page id!article id */
	static final String ID = "id";

	static final String ARTICLE_ID = "article_id";

	static final String PAGE_ID = "page_id";

	static final String YEAR = "year";

	/** yyyy-MM, as the month histogram labels months */
	static final String MONTH = "month";

	private SolrFields() {
	}

	static String month(LocalDate date) {
		return "%d-%02d".formatted(date.getYear(), date.getMonthValue());
	}

}
