package org.baoku.ingest.pdf;

/** The names of the line roles the splitter takes from the model ({@link PageRoles}). */
final class Roles {

	static final String PAGE_FURNITURE = "page_furniture";

	static final String BYLINE = "byline";

	static final String ADVERT = "advert";

	static final String KICKER = "kicker";

	static final String CAPTION = "caption";

	static final String CREDIT = "credit";

	private Roles() {
	}

}
