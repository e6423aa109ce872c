package org.baoku.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What counting facets needs that stays the same until the reader changes, worked out once per searcher: for each
 * keyword facet (newspaper, reporter, official) the map from a segment's value numbers to the reader's, and the month
 * of every day between the first and the last article's date.
 */
final class FacetOrdinals {

	private final List<LeafReaderContext> leaves;

	private final Map<String, OrdinalMap> maps = new HashMap<>();

	private final Map<String, Integer> valueCounts = new HashMap<>();

	private final long firstDay;

	/** For each day from {@link #firstDay}, the index of its month in {@link #monthLabels}. */
	private final int[] monthOfDay;

	private final String[] monthLabels;

	FacetOrdinals(IndexReader reader) throws IOException {
		this.leaves = reader.leaves();
		for (ArticleFacets.Dim dim : ArticleFacets.Dim.values()) {
			if (dim.field() == null) {
				continue;
			}
			SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
			for (LeafReaderContext leaf : leaves) {
				values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), dim.field());
			}
			if (values.length > 1) {
				OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
				maps.put(dim.field(), map);
				valueCounts.put(dim.field(), (int) map.getValueCount());
			}
			else {
				valueCounts.put(dim.field(), values.length == 0 ? 0 : (int) values[0].getValueCount());
			}
		}
		byte[] min = PointValues.getMinPackedValue(reader, IndexFields.DATE);
		byte[] max = PointValues.getMaxPackedValue(reader, IndexFields.DATE);
		this.firstDay = min == null ? 0 : LongPoint.decodeDimension(min, 0);
		long lastDay = max == null ? -1 : LongPoint.decodeDimension(max, 0);
		this.monthOfDay = new int[(int) Math.max(0, lastDay - firstDay + 1)];
		List<String> labels = new ArrayList<>();
		LocalDate day = LocalDate.ofEpochDay(firstDay);
		for (int d = 0; d < monthOfDay.length; d++, day = day.plusDays(1)) {
			if (d == 0 || day.getDayOfMonth() == 1) {
				labels.add("%d-%02d".formatted(day.getYear(), day.getMonthValue()));
			}
			monthOfDay[d] = labels.size() - 1;
		}
		this.monthLabels = labels.toArray(String[]::new);
	}

	/** How many distinct values the field has in the reader. */
	int valueCount(String field) {
		return valueCounts.get(field);
	}

	/** A segment's value numbers as the reader's; identity for a reader of one segment. */
	LongValues globalOrds(String field, int leaf) {
		OrdinalMap map = maps.get(field);
		return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
	}

	/** The value a reader-wide number stands for, read with doc values of the caller's own (they are not shared). */
	String label(String field, int globalOrd) throws IOException {
		OrdinalMap map = maps.get(field);
		int leaf = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
		long segmentOrd = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
		BytesRef value = DocValues.getSortedSet(leaves.get(leaf).reader(), field).lookupOrd(segmentOrd);
		return value.utf8ToString();
	}

	int months() {
		return monthLabels.length;
	}

	/** The month of a day (days since the epoch) within the index's range, as an index into the month labels. */
	int monthOf(long epochDay) {
		return monthOfDay[(int) (epochDay - firstDay)];
	}

	/** "2019-03" for a month index. */
	String monthLabel(int month) {
		return monthLabels[month];
	}

}
