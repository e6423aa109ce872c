package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.split.SplitProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roles stage of the reader: each line of a page gets the line-role model's guess ({@link LineRoles}), from the
 * features it is trained on ({@link LineFeatures}), before the lines are split into articles.
 */
final class PageRoles {

	private static final Logger log = LoggerFactory.getLogger(PageRoles.class);

	/** Said once: a model that cannot be used is an installation fault, not news on every page. */
	private static final AtomicBoolean SAID = new AtomicBoolean();

	private PageRoles() {
	}

	/**
	 * The page's lines, each with its guessed role, in the same order; where no usable model is in force, the lines
	 * as they are (no guess), which the rules read as they did before the model, so that a bad model file costs the
	 * model's help and not the pages.
	 */
	static List<TextLine> guessed(List<TextLine> lines, double width, double height) {
		if (lines.isEmpty()) {
			return lines;
		}
		LineRoles model;
		try {
			// A paper's own rounds, where its profile is in force and they were fitted over this model.
			model = usable(LineRoles.model()).over(SplitProfile.current().lineRoles());
		}
		catch (IllegalStateException ex) {
			if (SAID.compareAndSet(false, true)) {
				log.error("Pages are read without the line-role model: {}", ex.getMessage());
			}
			return lines;
		}
		List<Map<String, Double>> features = features(lines, width, height);
		List<TextLine> guessed = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			guessed.add(lines.get(i).withRole(model.guess(features.get(i))));
		}
		return guessed;
	}

	/** The model, where it takes only features the reader computes ({@link LineFeatures#NAMES}). */
	static LineRoles usable(LineRoles model) {
		List<String> unknown = model.features().stream().filter(f -> !LineFeatures.NAMES.contains(f)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("the line-role model takes features the reader does not compute: " + unknown);
		}
		return model;
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
