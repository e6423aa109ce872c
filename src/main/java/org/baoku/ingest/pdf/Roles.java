package org.baoku.ingest.pdf;

import java.util.Set;

/** The names of the line roles the splitter takes from the model ({@link PageRoles}), as the model names them. */
final class Roles {

	static final String PAGE_FURNITURE = "page_furniture";

	static final String BYLINE = "byline";

	static final String ADVERT = "advert";

	static final String CAPTION = "caption";

	/** A heading set inside an article's text, between its sections. */
	static final String SECTION_HEADING = "section_heading";

	/** A headline's parts, and the label over a column of briefs: what heads an article or a column. */
	static final Set<String> HEADING = Set.of("headline", "kicker", "subtitle", "column_label");

	private Roles() {
	}

}
