package org.baoku.archive;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A name as the archive compares and stores it: newspapers, reporters, officials and page labels. Two names that
 * print alike are one name, so a paper typed with a zero-width space is not a second paper and a right-to-left
 * override cannot show a name reversed. The rule: invisible characters removed (zero-width and other format
 * characters such as U+200B, U+FEFF, the soft hyphen and the bidirectional controls U+202A–U+202E, U+2066–U+2069,
 * U+200E, U+200F, U+061C; variation selectors), Unicode NFKC (full-width Ａ０１ is A01, a compatibility ideograph
 * its unified one, an ideographic space a space), runs of white space one space, none at either end.
 * Removing, not refusing: none of these has a meaning in a name, and a name pasted from a web page carries them
 * unseen. Control characters other than white space stay, for the ingest checks to refuse with a reason (they are
 * no slip of a keyboard). printed_name() in db/V19 is the same rule for the rows stored before it.
 */
public final class PrintedName {

	/**
	 * Nothing printed: zero-width and joiner characters, the soft hyphen, word joiner, invisible operators and byte
	 * order mark; bidirectional marks, embeddings, overrides and isolates; interlinear annotation marks; tags;
	 * variation selectors (a glyph's variant, not another character). Spelt out, not as the category Cf, so db/V19
	 * can say the same and Java's Unicode version does not change the rule.
	 */
	static final String INVISIBLE = "[\\u00AD\\u061C\\u180E"
			+ "\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFE00-\\uFE0F\\uFEFF\\uFFF9-\\uFFFB"
			+ "\\x{E0001}\\x{E0020}-\\x{E007F}\\x{E0100}-\\x{E01EF}]";

	/** White space, as it is before NFKC (which makes most of it U+0020). */
	static final String SPACE = "[\\t\\n\\u000B\\f\\r\\u0020\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F"
			+ "\\u3000]+";

	private static final Pattern INVISIBLES = Pattern.compile(INVISIBLE);

	private static final Pattern SPACES = Pattern.compile(SPACE);

	private static final Pattern EDGE_SPACE = Pattern.compile("^ | $");

	private PrintedName() {
	}

	/** The name as compared and stored; null stays null. */
	public static String of(String name) {
		if (name == null) {
			return null;
		}
		String visible = INVISIBLES.matcher(name).replaceAll("");
		String folded = Normalizer.normalize(visible, Normalizer.Form.NFKC);
		String spaced = SPACES.matcher(folded).replaceAll(" ");
		return EDGE_SPACE.matcher(spaced).replaceAll("");
	}

}
