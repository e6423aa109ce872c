package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.baoku.ingest.roles.LineRoles;

/**
 * The roles stage of the reader: each line of a page gets the line-role model's guess ({@link LineRoles}), from the
 * features it is trained on ({@link LineFeatures}), before the lines are split into articles.
 */
final class PageRoles {

	private PageRoles() {
	}

	/** The page's lines, each with its guessed role, in the same order. */
	static List<TextLine> guessed(List<TextLine> lines, double width, double height) {
		if (lines.isEmpty()) {
			return lines;
		}
		List<Map<String, Double>> features = features(lines, width, height);
		LineRoles model = LineRoles.model();
		List<TextLine> guessed = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			guessed.add(lines.get(i).withRole(model.guess(features.get(i))));
		}
		return guessed;
	}

	/** Each line's features, the page's running text size taken from the lines' glyphs. */
	static List<Map<String, Double>> features(List<TextLine> lines, double width, double height) {
		List<Glyph> glyphs = lines.stream().flatMap(l -> l.glyphs().stream()).toList();
		return LineFeatures.of(lines.stream().map(PageRoles::described).toList(), width, height,
				PageLines.bodySize(glyphs));
	}

	static PageLines.Line described(TextLine l) {
		return new PageLines.Line(l.text(), l.left(), l.top(), l.right(), l.baseline(), l.size(), l.font(), l.doubled(),
				l.glyphs().size(), Map.of());
	}

}
