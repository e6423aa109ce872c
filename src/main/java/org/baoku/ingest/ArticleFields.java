package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.baoku.archive.PrintedName;

/**
 * What an editor can correct of an article's split: kicker, headline, subtitle, dateline, the reporters with their
 * roles and the officials with their titles. Empty text is no value (null).
 */
public record ArticleFields(String kicker, String headline, String subtitle, String dateline, List<Person> reporters,
		List<Person> officials) {

	/** A person named in an article with the role (reporters) or title (officials) printed there. */
	public record Person(String name, String label) {

		public Person {
			name = name == null ? "" : PrintedName.of(name);
			label = label == null ? "" : label.strip();
		}

	}

	public ArticleFields {
		kicker = blankToNull(kicker);
		headline = headline == null ? "" : headline.strip();
		subtitle = oneDash(blankToNull(subtitle));
		dateline = blankToNull(dateline);
		reporters = List.copyOf(reporters);
		officials = List.copyOf(officials);
	}

	/** The names of the fields whose values differ between the two. */
	public List<String> differences(ArticleFields other) {
		List<String> names = new ArrayList<>();
		if (!Objects.equals(kicker, other.kicker)) {
			names.add("kicker");
		}
		if (!Objects.equals(headline, other.headline)) {
			names.add("headline");
		}
		if (!Objects.equals(subtitle, other.subtitle)) {
			names.add("subtitle");
		}
		if (!Objects.equals(dateline, other.dateline)) {
			names.add("dateline");
		}
		if (!reporters.equals(other.reporters)) {
			names.add("reporters");
		}
		if (!officials.equals(other.officials)) {
			names.add("officials");
		}
		return names;
	}

	/** This with one field taken from another. */
	ArticleFields with(String field, ArticleFields from) {
		return switch (field) {
			case "kicker" -> new ArticleFields(from.kicker, headline, subtitle, dateline, reporters, officials);
			case "headline" -> new ArticleFields(kicker, from.headline, subtitle, dateline, reporters, officials);
			case "subtitle" -> new ArticleFields(kicker, headline, from.subtitle, dateline, reporters, officials);
			case "dateline" -> new ArticleFields(kicker, headline, subtitle, from.dateline, reporters, officials);
			case "reporters" -> new ArticleFields(kicker, headline, subtitle, dateline, from.reporters, officials);
			case "officials" -> new ArticleFields(kicker, headline, subtitle, dateline, reporters, from.officials);
			default -> throw new IllegalArgumentException("no field " + field);
		};
	}

	/** One field's value as text (people as their names, one after another); empty for no value. */
	String valueOf(String field) {
		String value = switch (field) {
			case "kicker" -> kicker;
			case "headline" -> headline;
			case "subtitle" -> subtitle;
			case "dateline" -> dateline;
			case "reporters" -> String.join("、", reporters.stream().map(Person::name).toList());
			case "officials" -> String.join("、", officials.stream().map(Person::name).toList());
			default -> throw new IllegalArgumentException("no field " + field);
		};
		return value == null ? "" : value;
	}

	/** Whether one field has the same value in both. */
	boolean same(String field, ArticleFields other) {
		return !differences(other).contains(field);
	}

	/**
	 * People as an editor types them, one a line: the name, then (after a space) the role or title
	 * ("王海林 记者", "王建军 青海省委书记"). Blank lines are skipped.
	 */
	public static List<Person> people(String lines) {
		List<Person> people = new ArrayList<>();
		if (lines == null) {
			return people;
		}
		for (String line : lines.split("\\R")) {
			String s = line.strip().replace('\u3000', ' ');
			if (s.isEmpty()) {
				continue;
			}
			int space = s.indexOf(' ');
			people.add(space < 0 ? new Person(s, "") : new Person(s.substring(0, space), s.substring(space + 1)));
		}
		return people;
	}

	/** The other way: one person a line, as the editor's form shows them. */
	public static String lines(List<Person> people) {
		StringBuilder s = new StringBuilder();
		people.forEach(p -> s.append(p.name()).append(p.label().isEmpty() ? "" : " " + p.label()).append('\n'));
		return s.toString();
	}

	/** Dashes opening a subtitle (a Chinese input method types "——" for each dash key) are printed once: "——". */
	private static final Pattern LEADING_DASHES = Pattern.compile("^[—―─–\\-－]+\\s*");

	private static String oneDash(String subtitle) {
		if (subtitle == null) {
			return null;
		}
		String rest = LEADING_DASHES.matcher(subtitle).replaceFirst("");
		return rest.length() == subtitle.length() ? subtitle : rest.isEmpty() ? null : "——" + rest;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
