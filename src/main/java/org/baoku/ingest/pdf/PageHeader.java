package org.baoku.ingest.pdf;

import java.util.Comparator;
import java.util.List;

/**
 * The page's header band (section name, the paper's name, the date line): the lines above a rule drawn across most of
 * the page near its top, when the date line (folio) stands above that rule and no running text does. A rule
 * with text above it rules off an article, and one with no date above it may be the top of a box.
 */
final class PageHeader {

	private PageHeader() {
	}

	static List<TextLine> lines(List<TextLine> lines, List<TextLine> folios, List<PageRules.Rule> rules, PageStyle style) {
		if (lines.isEmpty()) {
			return List.of();
		}
		double left = lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
		double right = lines.stream().mapToDouble(TextLine::right).max().orElseThrow();
		double top = lines.stream().mapToDouble(TextLine::top).min().orElseThrow();
		double bottom = lines.stream().mapToDouble(TextLine::bottom).max().orElseThrow();
		for (PageRules.Rule rule : rules.stream().sorted(Comparator.comparingDouble(PageRules.Rule::y)).toList()) {
			if (rule.y() > top + (bottom - top) * LayoutTuning.HEADER_MAX_DEPTH) {
				break;
			}
			if (rule.width() < (right - left) * LayoutTuning.HEADER_RULE_MIN_WIDTH
					|| folios.stream().noneMatch(f -> above(f, rule))) {
				continue;
			}
			List<TextLine> above = lines.stream().filter(l -> above(l, rule)).toList();
			if (!above.isEmpty()) {
				return above.stream().anyMatch(style::isText) ? List.of() : above;
			}
		}
		return List.of();
	}

	private static boolean above(TextLine line, PageRules.Rule rule) {
		return line.bottom() <= rule.y() + LayoutTuning.RULE_MAX_THICKNESS;
	}

}
