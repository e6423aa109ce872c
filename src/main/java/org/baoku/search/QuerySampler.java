package org.baoku.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.analysis.SearchText;
import org.baoku.archive.ArticleView;

/**
 * Query strings as a journalist types them, sampled from stored texts: names of reporters and officials and parts
 * of names, the opening of datelines, numbers ("381.6亿", "12345"), and fragments of two to six characters cut from
 * the text.
 */
public final class QuerySampler {

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?[亿万元个]?");

	private QuerySampler() {
	}

	public static List<String> sample(List<ArticleView> corpus, int size, long seed) {
		Random random = new Random(seed);
		Set<String> queries = new LinkedHashSet<>();
		corpus.stream().flatMap(a -> a.reporters().stream()).distinct().limit(size / 8).forEach(queries::add);
		corpus.stream().flatMap(a -> a.officialNames().stream()).distinct().limit(size / 6).forEach(queries::add);
		queries.addAll(List.of("381.6亿", "12345", "2345", "盐湖", "王卫东", "教育", "常委", "20GW", "EGO"));
		// Datelines and bylines are printed too: an agency's or a place's lead-in ("新华社北京"), part of a name
		// ("弘靓" of 张弘靓).
		corpus.stream()
			.map(ArticleView::dateline)
			.filter(d -> d != null && d.length() >= 4)
			.map(d -> d.substring(0, 2 + Math.min(4, d.length() - 2)))
			.filter(d -> d.codePoints().allMatch(SearchText::isWordChar))
			.distinct()
			.limit(size / 16)
			.forEach(queries::add);
		corpus.stream()
			.flatMap(a -> a.reporters().stream())
			.filter(n -> n.length() == 3)
			.map(n -> n.substring(1))
			.distinct()
			.limit(size / 16)
			.forEach(queries::add);
		List<String> bodies = corpus.stream().map(ArticleView::body).filter(b -> !b.isEmpty()).toList();
		int numbers = 0;
		while (numbers < size / 8) {
			Matcher m = NUMBER.matcher(bodies.get(random.nextInt(bodies.size())));
			if (m.find() && queries.add(m.group())) {
				numbers++;
			}
		}
		while (queries.size() < size) {
			String body = bodies.get(random.nextInt(bodies.size()));
			int length = 2 + random.nextInt(5);
			if (body.length() <= length) {
				continue;
			}
			int at = random.nextInt(body.length() - length);
			String fragment = body.substring(at, at + length);
			if (fragment.codePoints().allMatch(SearchText::isWordChar)) {
				queries.add(fragment);
			}
		}
		return new ArrayList<>(queries);
	}

}
