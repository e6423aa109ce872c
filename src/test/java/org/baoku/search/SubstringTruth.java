package org.baoku.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.baoku.analysis.SearchText;
import org.baoku.archive.ArticleView;

/**
 * What a search must find, by a scan of the texts: the articles whose headline, body, dateline or byline, normalized
 * as search normalizes (spaces between ideographs read away), contains the string, or that name it as a reporter or
 * an official. The truth the contract tests and the benchmarks hold every engine to.
 */
final class SubstringTruth {

	private final Map<Long, String[]> texts = new HashMap<>();

	private final Map<Long, Set<String>> names = new HashMap<>();

	SubstringTruth(Collection<ArticleView> corpus) {
		corpus.forEach(this::add);
	}

	void add(ArticleView a) {
		Set<String> people = new HashSet<>(a.reporters());
		people.addAll(a.officialNames());
		names.put(a.id(), people);
		texts.put(a.id(), new String[] { SearchText.normalize(ArticleDocuments.headlineText(a)), SearchText.normalize(a.body()),
				SearchText.normalize(a.dateline() == null ? "" : a.dateline()),
				SearchText.normalize(ArticleDocuments.bylineText(a)) });
	}

	Set<Long> of(String query) {
		String normalized = SearchText.normalize(query);
		Set<Long> ids = new HashSet<>();
		texts.forEach((id, t) -> {
			if (Arrays.stream(t).anyMatch(text -> text.contains(normalized)) || names.get(id).contains(query)) {
				ids.add(id);
			}
		});
		return ids;
	}

}
