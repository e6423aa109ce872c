package org.baoku.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baoku.archive.MonthHistogram;

/**
 * Facet counts that follow the query and every filter. A chosen facet's own counts ignore its own selection
 * (drill sideways), so the other values stay visible to add to an OR.
 */
public record SearchFacets(List<FacetCount> newspaper, List<FacetCount> reporter, List<FacetCount> official, List<FacetCount> year,
		List<FacetCount> month) {

	public static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());

	/** One facet value and how many matching articles carry it. */
	public record FacetCount(String value, long count) {
	}

	/** Matches per month on an even time axis, empty months shown as zero. */
	public MonthHistogram histogram() {
		Map<String, Long> counts = new LinkedHashMap<>();
		month.forEach(m -> counts.put(m.value(), m.count()));
		return MonthHistogram.of(counts);
	}

}
