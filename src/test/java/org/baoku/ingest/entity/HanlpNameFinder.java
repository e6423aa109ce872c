package org.baoku.ingest.entity;

import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

import org.baoku.ingest.split.ChineseNames;

/** HanLP's person-name recognizer (nr, nrf), kept to measure against the segmenter. */
final class HanlpNameFinder implements NameFinder {

	@Override
	public String nameAt(String text, int start) {
		List<Term> terms = HanLP.segment(text.substring(start, Math.min(text.length(), start + 10)));
		if (terms.isEmpty()) {
			return null;
		}
		Term first = terms.get(0);
		boolean person = first.nature != null && first.nature.startsWith("nr");
		return person && ChineseNames.looksLikeName(first.word) ? first.word : null;
	}

}
