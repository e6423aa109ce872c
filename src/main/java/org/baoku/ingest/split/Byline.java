package org.baoku.ingest.split;

import java.util.List;

/** A byline as printed, the people it credits and whether it credits photographs too. */
public record Byline(String raw, List<Credit> credits, boolean photo) {

	public List<String> names() {
		return credits.stream().map(Credit::name).toList();
	}

}
