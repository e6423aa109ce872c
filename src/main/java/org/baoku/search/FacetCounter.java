package org.baoku.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;

/**
 * Counts the facets of a search's hits as they are collected: each hit's values read once from doc values, no list of
 * hits kept and walked again. It counts only the dimensions it is given (a drilled-into dimension is counted by its
 * own drill-sideways counter, over the hits that miss only that dimension).
 */
final class FacetCounter extends SimpleCollector {

	private final FacetOrdinals ordinals;

	private final Set<ArticleFacets.Dim> dims;

	/** Per keyword dimension, a count per reader-wide value number. */
	private final Map<ArticleFacets.Dim, int[]> counts = new EnumMap<>(ArticleFacets.Dim.class);

	private final int[] months;

	private final List<Leaf> leaf = new ArrayList<>();

	private SortedNumericDocValues dates;

	private NumericDocValues singleDates;

	private int hits;

	FacetCounter(FacetOrdinals ordinals, Set<ArticleFacets.Dim> dims) {
		this.ordinals = ordinals;
		this.dims = dims;
		for (ArticleFacets.Dim dim : dims) {
			if (dim.field() != null) {
				counts.put(dim, new int[ordinals.valueCount(dim.field())]);
			}
		}
		this.months = new int[dims.contains(ArticleFacets.Dim.DATE) ? ordinals.months() : 0];
	}

	/** A keyword dimension's values in the segment being collected. */
	private record Leaf(int[] counts, SortedSetDocValues values, SortedDocValues single, LongValues globalOrds) {

		void count(int doc) throws IOException {
			if (single != null) {
				if (single.advanceExact(doc)) {
					counts[(int) globalOrds.get(single.ordValue())]++;
				}
			}
			else if (values.advanceExact(doc)) {
				for (int i = values.docValueCount(); i > 0; i--) {
					counts[(int) globalOrds.get(values.nextOrd())]++;
				}
			}
		}

	}

	/** One counter per slice of the index, summed. */
	static CollectorManager<FacetCounter, FacetCounter> manager(FacetOrdinals ordinals, Set<ArticleFacets.Dim> dims) {
		return new CollectorManager<>() {
			@Override
			public FacetCounter newCollector() {
				return new FacetCounter(ordinals, dims);
			}

			@Override
			public FacetCounter reduce(Collection<FacetCounter> counters) {
				if (counters.size() == 1) {
					return counters.iterator().next();
				}
				FacetCounter sum = new FacetCounter(ordinals, dims);
				for (FacetCounter counter : counters) {
					sum.counts.forEach((dim, total) -> {
						int[] add = counter.counts.get(dim);
						for (int i = 0; i < total.length; i++) {
							total[i] += add[i];
						}
					});
					for (int i = 0; i < sum.months.length; i++) {
						sum.months[i] += counter.months[i];
					}
					sum.hits += counter.hits;
				}
				return sum;
			}
		};
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		leaf.clear();
		for (Map.Entry<ArticleFacets.Dim, int[]> dim : counts.entrySet()) {
			String field = dim.getKey().field();
			SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
			leaf.add(new Leaf(dim.getValue(), values, DocValues.unwrapSingleton(values),
					ordinals.globalOrds(field, context.ord)));
		}
		if (months.length > 0) {
			dates = DocValues.getSortedNumeric(context.reader(), IndexFields.DATE);
			singleDates = DocValues.unwrapSingleton(dates);
		}
	}

	@Override
	public void collect(int doc) throws IOException {
		hits++;
		for (int i = 0; i < leaf.size(); i++) {
			leaf.get(i).count(doc);
		}
		if (months.length > 0) {
			if (singleDates != null) {
				if (singleDates.advanceExact(doc)) {
					months[ordinals.monthOf(singleDates.longValue())]++;
				}
			}
			else if (dates.advanceExact(doc)) {
				months[ordinals.monthOf(dates.nextValue())]++;
			}
		}
	}

	@Override
	public void setScorer(Scorable scorer) {
		// Counting needs no scores.
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	/** How many hits were counted. */
	int hits() {
		return hits;
	}

	/**
	 * The {@code size} most frequent values of a keyword dimension, most first and, at equal counts, in the order of
	 * their bytes (as Lucene's facet counts order them).
	 */
	List<SearchFacets.FacetCount> top(ArticleFacets.Dim dim, int size) throws IOException {
		int[] c = counts.get(dim);
		// The best `size` in a min-heap of (count, -ord) packed in a long: no boxing of the values that do not make it.
		PriorityQueue<Long> best = new PriorityQueue<>();
		for (int ord = 0; ord < c.length && size > 0; ord++) {
			if (c[ord] == 0) {
				continue;
			}
			long key = ((long) c[ord] << 32) | (0xFFFFFFFFL - ord);
			if (best.size() < size) {
				best.add(key);
			}
			else if (key > best.peek()) {
				best.poll();
				best.add(key);
			}
		}
		List<SearchFacets.FacetCount> top = new ArrayList<>(best.size());
		while (!best.isEmpty()) {
			long key = best.poll();
			int ord = (int) (0xFFFFFFFFL - (key & 0xFFFFFFFFL));
			top.add(new SearchFacets.FacetCount(ordinals.label(dim.field(), ord), c[ord]));
		}
		Collections.reverse(top);
		return top;
	}

	/** Every year with hits, by year. */
	List<SearchFacets.FacetCount> years() {
		Map<String, Long> years = new TreeMap<>();
		for (int m = 0; m < months.length; m++) {
			if (months[m] > 0) {
				String month = ordinals.monthLabel(m);
				years.merge(month.substring(0, month.lastIndexOf('-')), (long) months[m], Long::sum);
			}
		}
		List<SearchFacets.FacetCount> counted = new ArrayList<>();
		years.forEach((year, count) -> counted.add(new SearchFacets.FacetCount(year, count)));
		return counted;
	}

	/** Every month with hits ("2019-03"), by month, of the chosen years or of all when none is chosen. */
	List<SearchFacets.FacetCount> months(List<String> chosenYears) {
		List<SearchFacets.FacetCount> counted = new ArrayList<>();
		for (int m = 0; m < months.length; m++) {
			String label = ordinals.monthLabel(m);
			if (months[m] > 0 && (chosenYears.isEmpty() || chosenYears.contains(label.substring(0, label.lastIndexOf('-'))))) {
				counted.add(new SearchFacets.FacetCount(label, months[m]));
			}
		}
		counted.sort(Comparator.comparing(SearchFacets.FacetCount::value));
		return counted;
	}

	static Set<ArticleFacets.Dim> all() {
		return EnumSet.allOf(ArticleFacets.Dim.class);
	}

}
