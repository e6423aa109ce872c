package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.baoku.ingest.roles.LineRoles;

/**
 * What the line-role model ({@link PageRoles}) says against the way an article was read: a line of its headline the
 * model takes for text or furniture, a line of its text the model takes for a headline, a caption or furniture, or a
 * line whose role the model is unsure of. Each named, for the review list and {@code parse --explain}.
 */
final class RoleDoubts {

	/** Roles a headline's lines may have: the headline's parts, and a byline set among them. */
	private static final Set<String> HEAD = plus(Roles.HEADING, Roles.SECTION_HEADING, Roles.BYLINE);

	/** Roles that do not belong in an article's text: a heading's, the page's, a caption's, an advert's. */
	private static final Set<String> NOT_TEXT = plus(Roles.HEADING, Roles.PAGE_FURNITURE, Roles.CAPTION, Roles.ADVERT);

	private RoleDoubts() {
	}

	/** What the model says against the module's reading; empty when it agrees and is sure of every line. */
	static Optional<String> of(Module module) {
		List<String> said = new ArrayList<>();
		if (module.head != null) {
			for (TextLine line : module.head.lines()) {
				if (disagrees(line) && !HEAD.contains(line.role().role())) {
					said.add("headline line read as " + line.role() + ": " + shown(line));
				}
			}
		}
		for (ColumnBlock block : module.blocks) {
			for (TextLine line : block.lines()) {
				if (disagrees(line) && NOT_TEXT.contains(line.role().role())) {
					said.add("text line read as " + line.role() + ": " + shown(line));
				}
			}
		}
		for (TextLine line : lines(module)) {
			if (line.role() != LineRoles.Guess.NONE && line.role().probability() < LayoutTuning.UNSURE_ROLE) {
				said.add("unsure: " + line.role() + ": " + shown(line));
			}
		}
		return said.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", said));
	}

	private static Set<String> plus(Set<String> roles, String... more) {
		Set<String> all = new HashSet<>(roles);
		all.addAll(List.of(more));
		return Set.copyOf(all);
	}

	private static boolean disagrees(TextLine line) {
		return line.role() != LineRoles.Guess.NONE && line.role().probability() >= LayoutTuning.DISAGREEING_ROLE;
	}

	private static List<TextLine> lines(Module module) {
		List<TextLine> lines = new ArrayList<>();
		if (module.head != null) {
			lines.addAll(module.head.lines());
		}
		module.blocks.forEach(b -> lines.addAll(b.lines()));
		module.bylines.forEach(b -> lines.addAll(b.lines()));
		return lines;
	}

	private static String shown(TextLine line) {
		String text = line.text().strip();
		return text.length() <= 16 ? text : text.substring(0, 16) + "…";
	}

}
