package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: "（记者 张三）" after the dateline, "（特约记者 李四 王五）" with several names, "（记者 张艳艳摄影报道）",
 * "（记者徐昕联 通讯员 田明）", one at the very end of the body, and "□ 田昀澍" above a commentary.
 */
public final class BylineParser {

	/** "（作者为北京大学教授）", "（作者单位：…）", letter-spaced too: the author's note that ends a signed article. */
	public static final Pattern AUTHOR_NOTE = Pattern.compile("^[（(]\\s*作\\s*者");

	/** A whole author's note: it opens with "（作者" and closes its bracket. */
	static boolean isAuthorNote(String text) {
		String s = text.strip();
		return AUTHOR_NOTE.matcher(s).find() && closesBracket(s);
	}

	/** The text ends on a closing bracket: the last line of a note or of a bracketed byline. */
	public static boolean closesBracket(String text) {
		String s = text.strip();
		return s.endsWith("）") || s.endsWith(")");
	}

	/**
	 * Names alone where they stand under a title: two or more names, or one author's name ("陈曙光"), not taken apart
	 * where glued (a line among a headline's may be a subtitle that starts like a name).
	 */
	static Optional<Byline> namesAlone(String line) {
		return namesOnly(line).or(() -> authorLine(line, false));
	}


	/** Roles a byline prints before names; an agency's or paper's own reporter ("新华社记者") is a 记者. */
	private static final String ROLES = "(?:新华社|中新社|人民日报|光明日报|经济日报|本报)(?:特约|首席|见习|摄影)?记者"
			+ "|特约记者|首席记者|见习记者|摄影记者|记者|特约通讯员|通讯员|实习生|执笔";

	private static final Pattern OWN_LINE_START = Pattern.compile("^(?:" + ROLES + ")");

	/** A commentary signed by the paper's commentator names nobody: "本报评论员", "本报特约评论员". */
	private static final Pattern COMMENTATOR = Pattern.compile("^(?:本报|新华社|人民日报)?(?:特约)?评论员$");

	private static final Pattern ROLE = Pattern.compile(ROLES);

	private static final Pattern LEADING = Pattern.compile("^[（(]([^（）()]{2,80})[）)]");

	private static final Pattern TRAILING = Pattern.compile("[（(]([^（）()]{2,60})[）)]\\s*$");

	private static final Pattern PHOTO_SUFFIX = Pattern.compile("(摄影报道|摄影|摄|报道)$");

	private static final Pattern ANY_ROLE = Pattern.compile(ROLES + "|摄影");

	private static final Pattern BOX_AUTHOR = Pattern.compile("^[□■◇◆●○]\\s*([\\p{IsHan}·]{2,8}(?:\\s+[\\p{IsHan}·]{2,8})*)$");

	private BylineParser() {
	}

	/** A byline and the text left once it is cut off. */
	public record Found(Byline byline, String rest) {
	}

	public static Optional<Found> leading(String text) {
		return leading(text, Set.of());
	}

	public static Optional<Found> leading(String text, Set<String> knownReporters) {
		Matcher m = LEADING.matcher(text);
		if (!m.find() || !(ANY_ROLE.matcher(m.group(1)).find() || onlyNames(m.group(1)))) {
			return Optional.empty();
		}
		return parseInner(m.group(), m.group(1), knownReporters).map(b -> new Found(b, text.substring(m.end()).strip()));
	}

	public static Optional<Found> trailing(String text) {
		return trailing(text, Set.of());
	}

	public static Optional<Found> trailing(String text, Set<String> knownReporters) {
		Matcher m = TRAILING.matcher(text);
		if (!m.find() || !(ANY_ROLE.matcher(m.group(1)).find() || onlyNames(m.group(1)))) {
			return Optional.empty();
		}
		return parseInner(m.group().strip(), m.group(1), knownReporters)
			.map(b -> new Found(b, text.substring(0, m.start()).strip()));
	}

	/**
	 * Parentheses holding nothing but personal names ("（金歆、庄颖娜）", "（周飞亚）") are a byline with no role
	 * printed: every name two or three ideographs starting with a surname, so "（新华社）" or "（完）" are not.
	 */
	static boolean onlyNames(String inner) {
		String[] tokens = inner.strip().split("[\\s、，,]+");
		for (String token : tokens) {
			boolean name = token.contains("·") ? ChineseNames.looksLikeName(token)
					: ChineseNames.isPersonalName(token);
			if (!name) {
				return false;
			}
		}
		return tokens.length > 0;
	}

	/**
	 * A line of two or more personal names and nothing else ("魏本貌、刘萌"): a byline with no role printed, when it
	 * stands where bylines stand (see {@link BlockClassifier}).
	 */
	public static Optional<Byline> namesOnly(String line) {
		String s = line.strip();
		String[] names = s.split("[\\s、，,]+");
		if (names.length < 2 || !onlyNames(s)) {
			return Optional.empty();
		}
		return Optional.of(new Byline(s, Arrays.stream(names).map(n -> new Credit(n, "")).toList(), false));
	}

	/**
	 * An author line under a title: one or more personal names and nothing else, the names maybe letter-spaced
	 * ("汪 涛 吴光胜") or glued by a narrow setting ("周江张济坤"). Only where a line is set as an author line (apart,
	 * smaller than the title, under it) is one name alone an author: elsewhere it could be any two-character word.
	 */
	public static Optional<Byline> authorLine(String line) {
		return authorLine(line, true);
	}

	/**
	 * The same, with names glued together taken apart only when {@code glued}: a line set on its own is an author
	 * line or nothing, but a line among a headline's may be a subtitle that starts like a name ("魏凤和出席").
	 */
	public static Optional<Byline> authorLine(String line, boolean glued) {
		String s = line.strip();
		List<String> tokens = new ArrayList<>();
		StringBuilder spaced = new StringBuilder();
		for (String token : s.split("[\\s、，,]+")) {
			if (token.length() == 1) {
				// A two-character name is letter-spaced to the width of three ("汪 涛"): its characters rejoin.
				spaced.append(token);
				continue;
			}
			if (!spaced.isEmpty()) {
				tokens.add(spaced.toString());
				spaced.setLength(0);
			}
			tokens.add(token);
		}
		if (!spaced.isEmpty()) {
			tokens.add(spaced.toString());
		}
		List<Credit> credits = new ArrayList<>();
		for (String token : tokens) {
			List<String> names = ChineseNames.splitGlued(token, Set.of());
			if (names.size() > 1 && !glued) {
				return Optional.empty();
			}
			for (String name : names) {
				if (!ChineseNames.looksLikeName(name) || !name.contains("·") && !ChineseNames.hasSurname(name)) {
					return Optional.empty();
				}
				credits.add(new Credit(name, ""));
			}
		}
		return credits.isEmpty() ? Optional.empty() : Optional.of(new Byline(s, credits, false));
	}

	/** "□ 田昀澍": the author line above a commentary. */
	public static Optional<Byline> boxAuthor(String line) {
		Matcher m = BOX_AUTHOR.matcher(line.strip());
		if (!m.find()) {
			return Optional.empty();
		}
		List<Credit> credits = new ArrayList<>();
		for (String name : m.group(1).split("\\s+")) {
			credits.add(new Credit(name, ""));
		}
		return Optional.of(new Byline(line.strip(), credits, false));
	}

	/**
	 * A byline printed as a line of its own, with nothing else on it: "本报记者 章念生 吴乐珺", "新华社记者 程士华",
	 * "记者 A 通讯员 B", "□ 王公龙", or "本报评论员" (which credits nobody).
	 */
	public static Optional<Byline> ownLine(String line) {
		String raw = line.strip();
		// Names letter-spaced to a fixed width ("本报记者 刘 毅"): their characters rejoin, as on an author line.
		String s = lettersRejoined(raw);
		if (COMMENTATOR.matcher(s.replace(" ", "")).matches()) {
			return Optional.of(new Byline(s, List.of(), false));
		}
		if (isBoxAuthor(s)) {
			return boxAuthor(s);
		}
		if (s.length() > TextTunable.OWN_LINE_BYLINE_MAX_CHARS.intValue() || !OWN_LINE_START.matcher(s).find()) {
			return Optional.empty();
		}
		String spaced = ROLE.matcher(s).replaceAll(" $0 ");
		// "记者手记" is a column's name, not a reporter: names on a byline line of their own start with a surname. A
		// name listed beside one that does may have a surname the list lacks ("周之然、暨佩娟"), if it is a whole name
		// of its own (two or three characters, set apart by a comma or a space).
		boolean surnamed = false;
		for (String token : spaced.strip().split("[\\s、，,]+")) {
			if (token.isEmpty() || ROLE.matcher(token).matches()) {
				continue;
			}
			List<String> names = ChineseNames.splitGlued(token, Set.of());
			boolean name = names.stream()
				.allMatch(n -> ChineseNames.looksLikeName(n) && (ChineseNames.hasSurname(n) || n.contains("·")));
			if (name) {
				surnamed = true;
			}
			else if (!(token.length() <= 3 && ChineseNames.looksLikeName(token))) {
				return Optional.empty();
			}
		}
		if (!surnamed) {
			return Optional.empty();
		}
		return parseInner(raw, s, Set.of());
	}

	/** Runs of single characters set apart by spaces ("刘 毅", "姜 洁 李 硕") joined into one word each. */
	static String lettersRejoined(String line) {
		String[] tokens = line.split(" +");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < tokens.length; i++) {
			boolean single = tokens[i].codePointCount(0, tokens[i].length()) == 1 && Chars.isIdeograph(tokens[i].charAt(0));
			boolean afterSingle = i > 0 && tokens[i - 1].codePointCount(0, tokens[i - 1].length()) == 1
					&& Chars.isIdeograph(tokens[i - 1].charAt(0));
			if (i > 0 && !(single && afterSingle)) {
				out.append(' ');
			}
			out.append(tokens[i]);
		}
		return out.toString();
	}

	public static boolean isBoxAuthor(String line) {
		return BOX_AUTHOR.matcher(line.strip()).find();
	}

	static Optional<Byline> parseInner(String raw, String inner, Set<String> known) {
		String spaced = ROLE.matcher(inner).replaceAll(" $0 ");
		List<Credit> credits = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		String role = "";
		boolean photo = false;
		for (String token : spaced.strip().split("[\\s、，,：:]+")) {
			if (token.isEmpty()) {
				continue;
			}
			if (PHOTO_SUFFIX.matcher(token).matches() && PHOTO_SUFFIX.matcher(token).replaceAll("").isEmpty()) {
				photo |= token.startsWith("摄");
				continue;
			}
			if (ROLE.matcher(token).matches()) {
				role = token.endsWith("记者") && !token.equals("特约记者") && !token.equals("摄影记者") ? "记者" : token;
				continue;
			}
			Matcher suffix = PHOTO_SUFFIX.matcher(token);
			if (suffix.find() && token.length() > suffix.group().length()) {
				photo |= suffix.group().startsWith("摄");
				token = token.substring(0, suffix.start());
			}
			for (String name : ChineseNames.splitGlued(token, known)) {
				if (ChineseNames.looksLikeName(name) && seen.add(name)) {
					credits.add(new Credit(name, role));
				}
			}
		}
		photo |= "摄影记者".equals(role);
		return credits.isEmpty() ? Optional.empty() : Optional.of(new Byline(raw, credits, photo));
	}

}
