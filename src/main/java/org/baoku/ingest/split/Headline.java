package org.baoku.ingest.split;

/** A headline: kicker (引题) above, main title (主题), subtitle (副题) below. Kicker and subtitle may be null. */
public record Headline(String kicker, String main, String subtitle) {

	public static final Headline NONE = new Headline(null, "", null);

	public boolean isEmpty() {
		return main == null || main.isBlank();
	}

	/** All parts on one line, for display and for indexing. */
	public String full() {
		StringBuilder s = new StringBuilder();
		for (String part : new String[] { kicker, main, subtitle }) {
			if (part != null && !part.isBlank()) {
				if (!s.isEmpty()) {
					s.append(' ');
				}
				s.append(part);
			}
		}
		return s.toString();
	}

}
