package org.baoku.ingest.bulk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which newspaper a file name's paper is: a name an admin mapped ("rmrb" is 人民日报, {@link NewspaperAliases}) is the
 * paper it was mapped to; Latin letters alone ("rmrb", "xsm"), an abbreviation no paper is named by, are the job's
 * newspaper where one was given; any other name is a paper's own name. Remembers what it took for what, for the job's
 * page to show and let the admin map.
 */
final class PaperNames {

	/** Latin letters alone, as a file name abbreviates a paper ("rmrb"): no newspaper is named so. */
	private static final Pattern ABBREVIATION = Pattern.compile("[A-Za-z]{2,10}");

	private final String defaultNewspaper;

	private final Map<String, String> aliases;

	/** Each name read in a file name that was taken as another newspaper, with that newspaper and why. */
	private final Map<String, Taken> taken = new LinkedHashMap<>();

	/** A name a file name used, the newspaper it was taken as, and whether an alias said so (else the job's newspaper). */
	record Taken(String named, String newspaper, boolean byAlias) {
	}

	PaperNames(String defaultNewspaper, Map<String, String> aliases) {
		this.defaultNewspaper = defaultNewspaper == null || defaultNewspaper.isBlank() ? null : defaultNewspaper;
		this.aliases = Map.copyOf(aliases);
	}

	static boolean looksAbbreviated(String name) {
		return name != null && ABBREVIATION.matcher(name).matches();
	}

	/** The newspaper of a file whose name gives {@code named} (null: gives none). */
	synchronized String newspaper(String named) {
		if (named == null || named.isBlank()) {
			return defaultNewspaper;
		}
		String mapped = aliases.get(named.toLowerCase(Locale.ROOT));
		if (mapped != null) {
			taken.putIfAbsent(named, new Taken(named, mapped, true));
			return mapped;
		}
		if (looksAbbreviated(named) && defaultNewspaper != null) {
			taken.putIfAbsent(named, new Taken(named, defaultNewspaper, false));
			return defaultNewspaper;
		}
		return named;
	}

	/** The names taken as other newspapers so far, in the order met. */
	synchronized Map<String, Taken> taken() {
		return Map.copyOf(taken);
	}

}
