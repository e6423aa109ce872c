package org.baoku.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The facets of the index and how a chosen value narrows a search. Newspaper, reporter and official are counted
 * from the doc values of their keyword fields, the year and month from the date's: no facet fields of their own,
 * so a hit is counted in one pass as it is collected ({@link FacetCounter}).
 */
final class ArticleFacets {

	/** A facet a search can count and drill into; {@code field} is its keyword field, null for the date. */
	enum Dim {

		NEWSPAPER(IndexFields.NEWSPAPER), REPORTER(IndexFields.REPORTER), OFFICIAL(IndexFields.OFFICIAL), DATE(null);

		private final String field;

		Dim(String field) {
			this.field = field;
		}

		String field() {
			return field;
		}

	}

	/** Drill-down needs no facet config: every dimension is narrowed by a query of its own. */
	static final FacetsConfig NO_CONFIG = new FacetsConfig();

	private ArticleFacets() {
	}

	/** Chosen values: OR within a facet, AND across facets. */
	static DrillDownQuery drillDown(Query base, SearchRequest request) {
		DrillDownQuery query = new DrillDownQuery(NO_CONFIG, base);
		request.newspapers().forEach(n -> query.add(Dim.NEWSPAPER.name(), value(Dim.NEWSPAPER, n)));
		request.reporters().forEach(r -> query.add(Dim.REPORTER.name(), value(Dim.REPORTER, r)));
		request.officials().forEach(o -> query.add(Dim.OFFICIAL.name(), value(Dim.OFFICIAL, o)));
		request.years().forEach(y -> query.add(Dim.DATE.name(), year(y)));
		return query;
	}

	/** The dimensions a request drills into, in the order {@link #drillDown} adds them (drill sideways numbers them so). */
	static List<Dim> drilled(SearchRequest request) {
		List<Dim> drilled = new ArrayList<>();
		if (!request.newspapers().isEmpty()) {
			drilled.add(Dim.NEWSPAPER);
		}
		if (!request.reporters().isEmpty()) {
			drilled.add(Dim.REPORTER);
		}
		if (!request.officials().isEmpty()) {
			drilled.add(Dim.OFFICIAL);
		}
		if (!request.years().isEmpty()) {
			drilled.add(Dim.DATE);
		}
		return drilled;
	}

	private static Query value(Dim dim, String value) {
		return new TermQuery(new Term(dim.field(), value));
	}

	/** A year as the facet prints it ("985", not "0985"): its term. */
	private static Query year(String year) {
		return new TermQuery(new Term(IndexFields.YEAR, year));
	}

}
