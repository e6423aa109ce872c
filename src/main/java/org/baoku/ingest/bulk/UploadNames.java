package org.baoku.ingest.bulk;

import java.nio.charset.StandardCharsets;

/**
 * Whether an uploaded file's name can be the name of a file in the job's folder as it is: a plain name, no folder
 * part, nothing hidden, nothing that a file system reads as something else.
 */
final class UploadNames {

	private static final int MAX_BYTES = 255;

	private UploadNames() {
	}

	/** Why the name cannot be used, or null when it can. */
	static String problem(String name) {
		if (name.isEmpty()) {
			return "the file has no name";
		}
		if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
			return "the name has a folder part; upload files by their own names";
		}
		if (name.startsWith(".")) {
			return "names starting with a dot are not taken";
		}
		if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return "the name has control characters";
		}
		if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "the name is longer than " + MAX_BYTES + " bytes";
		}
		return null;
	}

}
