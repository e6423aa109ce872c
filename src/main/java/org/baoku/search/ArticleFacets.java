package org.baoku.search;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The facets of the index, kept in doc values of the same index: newspaper, reporter and official (several per
 * article) and the date as year → month → day. One {@link FacetsConfig} serves indexing and counting.
 */
final class ArticleFacets {

	static final String REPORTER = "reporter";

	static final String OFFICIAL = "official";

	static final String DATE = "date";

	static final String NEWSPAPER = "newspaper";

	static final FacetsConfig CONFIG = config();

	private ArticleFacets() {
	}

	private static FacetsConfig config() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(REPORTER, true);
		config.setMultiValued(OFFICIAL, true);
		config.setHierarchical(DATE, true);
		return config;
	}

	static void add(Document doc, String newspaper, LocalDate date, Iterable<String> reporters,
			Iterable<String> officials) {
		if (newspaper != null && !newspaper.isBlank()) {
			doc.add(new SortedSetDocValuesFacetField(NEWSPAPER, newspaper));
		}
		doc.add(new SortedSetDocValuesFacetField(DATE, Integer.toString(date.getYear()),
				"%02d".formatted(date.getMonthValue()), "%02d".formatted(date.getDayOfMonth())));
		for (String reporter : reporters) {
			doc.add(new SortedSetDocValuesFacetField(REPORTER, reporter));
		}
		for (String official : officials) {
			doc.add(new SortedSetDocValuesFacetField(OFFICIAL, official));
		}
	}

	/** Turns the facet fields into doc values, as the config says. */
	static Document build(Document doc) throws IOException {
		return CONFIG.build(doc);
	}

}
