package org.baoku.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
		// Each printed part apart, as a reader sees them: no word runs from a kicker into its title or a byline into a name.
		List<String> parts = new ArrayList<>(Arrays.asList(a.kicker(), a.headline(), a.subtitle(), a.body(), a.dateline(),
				a.byline()));
		parts.addAll(a.reporters());
		texts.put(a.id(), parts.stream().filter(Objects::nonNull).map(SearchText::normalize).toArray(String[]::new));
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
