package org.baoku.ingest.pdf;

import java.util.Comparator;
import java.util.List;

/**
 * The page's header band (section name, the paper's name, the date line): the lines above a rule drawn across most of
 * the page near its top, when no running text stands above that rule. A rule with text above it rules off an
 * article, not the header.
 */
final class PageHeader {

	private PageHeader() {
	}

	static List<TextLine> lines(List<TextLine> lines, List<PageRules.Rule> rules, PageStyle style) {
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
			if (rule.width() < (right - left) * LayoutTuning.HEADER_RULE_MIN_WIDTH) {
				continue;
			}
			List<TextLine> above = lines.stream().filter(l -> l.bottom() <= rule.y() + LayoutTuning.RULE_MAX_THICKNESS).toList();
			if (!above.isEmpty()) {
				return above.stream().anyMatch(style::isText) ? List.of() : above;
			}
		}
		return List.of();
	}

}
