package org.baoku.ingest.split;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.baoku.ingest.roles.PaperRounds;

/**
 * A newspaper's layout profile: the tuning numbers ({@link Tunable}) that fit how that paper is set, fitted to its
 * checked pages; a number it does not set keeps its default. The profile in force is the one of the split running
 * on the current thread ({@link #run}): the splitter's classes are static rules over a page, and a profile is a
 * handful of numbers, so it travels with the thread rather than through every rule's signature.
 *
 * @param newspaper the paper it was fitted for (null for the default); it never applies to another paper
 * @param values the numbers it sets, by the tunable's name
 * @param sectionStyles the type styles (face/size, as a page PDF's headings are keyed) the paper sets the section
 * headings of its articles in, learned from its checked pages: a heading of such a style heads a section of the
 * piece whose title stands over it, on any page of the paper
 * @param typeStyles the type its checked page PDFs are set in: a page PDF of the paper set otherwise is doubted as a
 * whole
 * @param lineRoles the paper's own rounds of the line-role model, fitted on the lines of its checked page PDFs: the
 * roles stage reads the paper's pages with them after the committed model's
 */
public record SplitProfile(String newspaper, Map<String, Double> values, Set<String> sectionStyles,
		TypeStyles typeStyles, PaperRounds lineRoles) {

	/** Today's tuning, for every paper without a profile of its own. */
	public static final SplitProfile DEFAULT = new SplitProfile(null, Map.of());

	private static final ThreadLocal<SplitProfile> CURRENT = ThreadLocal.withInitial(() -> DEFAULT);

	public SplitProfile(String newspaper, Map<String, Double> values) {
		this(newspaper, values, Set.of());
	}

	public SplitProfile(String newspaper, Map<String, Double> values, Set<String> sectionStyles) {
		this(newspaper, values, sectionStyles, TypeStyles.NONE);
	}

	public SplitProfile(String newspaper, Map<String, Double> values, Set<String> sectionStyles,
			TypeStyles typeStyles) {
		this(newspaper, values, sectionStyles, typeStyles, PaperRounds.NONE);
	}

	public SplitProfile {
		values = values == null ? Map.of() : Map.copyOf(values);
		sectionStyles = sectionStyles == null ? Set.of() : Set.copyOf(sectionStyles);
		typeStyles = typeStyles == null ? TypeStyles.NONE : typeStyles;
		lineRoles = lineRoles == null ? PaperRounds.NONE : lineRoles;
		values.forEach((name, value) -> {
			if (value == null || !Double.isFinite(value)) {
				throw new IllegalArgumentException("the profile's " + name + " is not a number: " + value);
			}
		});
	}

	public static SplitProfile current() {
		return CURRENT.get();
	}

	/** Runs a split with this profile in force on the current thread. */
	public <T> T run(Supplier<T> split) {
		SplitProfile before = CURRENT.get();
		CURRENT.set(this);
		try {
			return split.get();
		}
		finally {
			CURRENT.set(before);
		}
	}

	public double value(Tunable tunable) {
		return values.getOrDefault(tunable.name(), tunable.defaultValue());
	}

	/** This profile with one number set (set back to its default, it is left out). */
	public SplitProfile with(Tunable tunable, double value) {
		Map<String, Double> changed = new TreeMap<>(values);
		if (value == tunable.defaultValue()) {
			changed.remove(tunable.name());
		}
		else {
			changed.put(tunable.name(), value);
		}
		return new SplitProfile(newspaper, changed, sectionStyles, typeStyles, lineRoles);
	}

	/** This profile with the section headings' styles learned from checked pages. */
	public SplitProfile withSectionStyles(Set<String> styles) {
		return new SplitProfile(newspaper, values, styles, typeStyles, lineRoles);
	}

	/** This profile with the type its checked page PDFs are set in. */
	public SplitProfile withTypeStyles(TypeStyles styles) {
		return new SplitProfile(newspaper, values, sectionStyles, styles, lineRoles);
	}

	/** This profile with the paper's own rounds of the line-role model. */
	public SplitProfile withLineRoles(PaperRounds rounds) {
		return new SplitProfile(newspaper, values, sectionStyles, typeStyles, rounds);
	}

	public SplitProfile forNewspaper(String paper) {
		return new SplitProfile(paper, values, sectionStyles, typeStyles, lineRoles);
	}

	public boolean isDefault() {
		return values.isEmpty() && sectionStyles.isEmpty() && typeStyles.isEmpty() && lineRoles.isEmpty();
	}

}
