package org.baoku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.split.SplitArticle;

/**
 * What generated pages are written with, taken from real pages as the splitter reads them: body sentences,
 * headlines, kickers, subtitles and officials' titles. Names are not taken (the generator makes its own, so a
 * large archive has many reporters and officials, as a real one does).
 */
public record Vocabulary(List<String> sentences, List<String> headlines, List<String> kickers, List<String> subtitles,
		List<String> titles) {

	/** Every {@code .txt} page in these folders (those that exist), in name order so the result is repeatable. */
	public static Vocabulary read(List<Path> folders) throws IOException {
		PageParser parser = new PageParser();
		Set<String> sentences = new LinkedHashSet<>();
		Set<String> headlines = new LinkedHashSet<>();
		Set<String> kickers = new LinkedHashSet<>();
		Set<String> subtitles = new LinkedHashSet<>();
		Set<String> titles = new LinkedHashSet<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			List<Path> pages;
			try (Stream<Path> files = Files.list(folder)) {
				pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
			}
			for (Path page : pages) {
				for (ParsedArticle parsed : parser.parse(Files.readAllBytes(page)).articles()) {
					SplitArticle a = parsed.article();
					addIfPlain(headlines, a.headline().main(), 6, 24);
					addIfPlain(kickers, a.headline().kicker(), 6, 24);
					addIfPlain(subtitles, a.headline().subtitle() == null ? null : a.headline().subtitle().replaceFirst("^[—－-]+", ""), 6, 28);
					parsed.officials().forEach(o -> addIfPlain(titles, o.title(), 2, 16));
					for (String s : a.body().replace("\n", "").split("(?<=[。！？])")) {
						// Sentences with a credit or byline would give the generated article a second byline.
						if (!s.contains("记者") && !s.contains("摄") && !s.contains("（") && !s.contains("(")) {
							addIfPlain(sentences, s.strip(), 8, 120);
						}
					}
				}
			}
		}
		if (sentences.isEmpty() || headlines.isEmpty()) {
			throw new IllegalStateException("no pages to build a vocabulary from in " + folders);
		}
		if (titles.isEmpty()) {
			titles.add("市长");
		}
		return new Vocabulary(List.copyOf(sentences), List.copyOf(headlines), List.copyOf(kickers),
				List.copyOf(subtitles), List.copyOf(titles));
	}

	private static void addIfPlain(Set<String> to, String text, int min, int max) {
		if (text != null && text.length() >= min && text.length() <= max && !text.contains(" ")) {
			to.add(text);
		}
	}

	@Override
	public String toString() {
		return sentences.size() + " sentences, " + headlines.size() + " headlines, " + kickers.size() + " kickers, "
				+ subtitles.size() + " subtitles, " + titles.size() + " titles";
	}

}
