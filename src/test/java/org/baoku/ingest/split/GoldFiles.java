package org.baoku.ingest.split;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The gold of the seed pages, copied into the test resources. */
public final class GoldFiles {

	private GoldFiles() {
	}

	public static JsonNode gold(String base) throws IOException {
		try (InputStream in = GoldFiles.class.getResourceAsStream("/gold/" + base + ".json")) {
			return new ObjectMapper().readTree(in);
		}
	}

}
