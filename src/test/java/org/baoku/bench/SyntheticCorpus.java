package org.baoku.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.ibm.icu.text.Transliterator;

import org.baoku.archive.ArticleView;

/**
 * Articles made from the sentences, headlines and people of real ones, reshuffled, for tests and benchmarks at a
 * size the seeds alone cannot give. A few are printed in Traditional characters with full-width digits, as older
 * or Hong Kong sources are, to exercise normalization. The same seed always gives the same corpus.
 */
public final class SyntheticCorpus {

	private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

	private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

	private static final int DAYS = 3650;

	private SyntheticCorpus() {
	}

	public static List<ArticleView> make(List<ArticleView> seeds, int count, long seed, long firstId) {
		Random random = new Random(seed);
		List<String> sentences = new ArrayList<>();
		for (ArticleView a : seeds) {
			for (String s : a.body().replace("\n", "").split("(?<=。)")) {
				if (s.length() > 4) {
					sentences.add(s);
				}
			}
		}
		List<String> reporters = seeds.stream().flatMap(a -> a.reporters().stream()).distinct().toList();
		List<ArticleView.OfficialTitle> officials = seeds.stream().flatMap(a -> a.officials().stream()).distinct().toList();
		List<ArticleView> corpus = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ArticleView model = seeds.get(random.nextInt(seeds.size()));
			StringBuilder body = new StringBuilder();
			int n = 3 + random.nextInt(10);
			for (int k = 0; k < n; k++) {
				body.append(sentences.get(random.nextInt(sentences.size())));
				if (k % 3 == 2) {
					body.append('\n');
				}
			}
			String headline = model.headline();
			String text = body.toString().strip();
			if (random.nextInt(20) == 0) {
				headline = traditionalFullWidth(headline);
				text = traditionalFullWidth(text);
			}
			corpus.add(new ArticleView(firstId + i, 1_000_000 + i / 8, "合成报", FIRST_DAY.plusDays(random.nextInt(DAYS)), "",
					i % 8 + 1, model.kicker(), headline, model.subtitle(), model.dateline(), null, null, text, 1.0,
					List.of(), pick(reporters, 1 + random.nextInt(2), random), pick(officials, random.nextInt(4), random)));
		}
		return corpus;
	}

	private static <T> List<T> pick(List<T> from, int n, Random random) {
		List<T> picked = new ArrayList<>();
		for (int i = 0; i < n && !from.isEmpty(); i++) {
			T t = from.get(random.nextInt(from.size()));
			if (!picked.contains(t)) {
				picked.add(t);
			}
		}
		return picked;
	}

	private static String traditionalFullWidth(String text) {
		StringBuilder out = new StringBuilder();
		TO_TRADITIONAL.transliterate(text).codePoints().forEach(c -> out.appendCodePoint(c >= '0' && c <= '9' ? c + 0xFEE0 : c));
		return out.toString();
	}

}
