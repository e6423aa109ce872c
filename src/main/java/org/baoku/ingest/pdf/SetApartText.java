package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines set apart from the running text (another face) that head no text of the running face but read as text
 * themselves: a photo story's caption under its title. Their words are printed matter like any article's, so they
 * are an item of their own, not banners.
 */
final class SetApartText {

	private SetApartText() {
	}

	/** A module read from lines set apart, and the groups it took them from. */
	record TextItem(Module module, List<HeadGroup> groups) {
	}

	/**
	 * A group that reads as text: at least {@link LayoutTuning#TEXT_ITEM_MIN_LINES} lines at the text's size holding a
	 * finished sentence. Bigger lines above them are its headline, in the group or in a group of bigger type printed
	 * right above it that heads nothing else. Empty for a masthead, headline or folio.
	 */
	static Optional<TextItem> item(HeadGroup group, double em, List<HeadGroup> others) {
		List<TextLine> lines = group.lines();
		int first = 0;
		while (first < lines.size() && lines.get(first).size() > em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value()) {
			first++;
		}
		List<TextLine> text = lines.subList(first, lines.size());
		boolean allText = text.stream().allMatch(l -> l.size() <= em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value());
		String joined = text.stream().map(TextLine::text).reduce("", String::concat);
		if (text.size() < LayoutTuning.TEXT_ITEM_MIN_LINES || !allText || !joined.contains("。")) {
			return Optional.empty();
		}
		List<HeadGroup> used = new ArrayList<>(List.of(group));
		HeadGroup head = new HeadGroup();
		if (first == 0) {
			others.stream()
				.filter(o -> o != group && o.largestSize() > em * LayoutTunable.TEXT_STYLE_MAX_SIZE.value())
				.filter(o -> group.top() - o.bottom() >= -em && group.top() - o.bottom() <= em * LayoutTuning.TEXT_ITEM_TITLE_GAP_EM)
				.filter(o -> HeadGroups.overlaps(o.left(), o.right(), group.left(), group.right()))
				.findFirst()
				.ifPresent(title -> {
					title.lines().forEach(head::add);
					used.add(title);
				});
		}
		lines.subList(0, first).forEach(head::add);
		ColumnBlock block = new ColumnBlock();
		text.forEach(block::add);
		Module module = new Module(head.lines().isEmpty() ? null : head);
		module.add(block, "text set apart in another face, heading no text", false);
		return Optional.of(new TextItem(module, used));
	}

}
