package org.baoku.ingest.split;

/** `parse --explain`: how a page was read, block by block, for people who fix splits. */
public final class SplitExplainer {

	private SplitExplainer() {
	}

	public static String explain(String pageText) {
		return new PageSplitter().explain(pageText);
	}

}
