package org.baoku.ingest.bulk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an uploaded file's name can be the name of a file in the job's folder as it is: a plain name, or the path a
 * browser sends for a file of an uploaded folder ("folder/sub/0101_A01.pdf"), which is kept as folders in the job's
 * folder. Nothing may lead out of it or be read as something else: no absolute path, no "..", no empty or hidden
 * part, no backslash, no control characters, a bounded depth and length.
 */
final class UploadNames {

	/** A file system's limit for one name. */
	private static final int MAX_BYTES = 255;

	/** Folders of an archive's year, month and paper, and then some. */
	static final int MAX_FOLDERS = 8;

	/** The whole path: well within a multipart part's header (server.tomcat.max-part-header-size). */
	static final int MAX_PATH_BYTES = 1024;

	/** What file managers leave in a folder of their own accord: no one uploads them on purpose. */
	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

	private static final String MAC_RESOURCES = "__MACOSX";

	private UploadNames() {
	}

	/**
	 * Whether the name is a file the uploader's system keeps in every folder (".DS_Store", a file or folder whose
	 * name starts with a dot, "Thumbs.db", "__MACOSX/…"): an uploaded folder brings them along, so they are left out
	 * of the job as no page files instead of failing it.
	 */
	static boolean isSystemFile(String name) {
		if (name.indexOf('\\') >= 0 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return false;
		}
		String[] parts = name.split("/", -1);
		if (Arrays.stream(parts).anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
			return false;
		}
		return Arrays.stream(parts).anyMatch(part -> part.startsWith(".") || part.equals(MAC_RESOURCES))
				|| SYSTEM_FILES.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT));
	}

	/** Why the name cannot be used, or null when it can. */
	static String problem(String name) {
		if (name.isEmpty()) {
			return "the file has no name";
		}
		if (name.indexOf('\\') >= 0) {
			return "the name has a backslash; folders are separated by /";
		}
		if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return "the name has control characters";
		}
		if (name.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
			return "the path is longer than " + MAX_PATH_BYTES + " bytes";
		}
		if (name.startsWith("/")) {
			return "the path is absolute; only paths inside the uploaded folder are taken";
		}
		String[] parts = name.split("/", -1);
		if (parts.length - 1 > MAX_FOLDERS) {
			return "the path is more than " + MAX_FOLDERS + " folders deep";
		}
		for (String part : parts) {
			String why = partProblem(part);
			if (why != null) {
				return why;
			}
		}
		return null;
	}

	private static String partProblem(String part) {
		if (part.isEmpty()) {
			return "the path has an empty part (// or a / at its end)";
		}
		if (part.equals("..") || part.equals(".")) {
			return "the path has a \"" + part + "\" part; only paths inside the uploaded folder are taken";
		}
		if (part.startsWith(".")) {
			return "names starting with a dot are not taken";
		}
		if (part.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "a name in the path is longer than " + MAX_BYTES + " bytes";
		}
		return null;
	}

}
