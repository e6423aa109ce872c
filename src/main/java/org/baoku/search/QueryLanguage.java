package org.baoku.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query language of the search box. Words separated by spaces must all occur; {@code OR} offers
 * alternatives; {@code -word} or {@code NOT word} excludes; {@code "a phrase"} keeps its spaces; parentheses group;
 * {@code 标题:}/{@code headline:}, {@code 正文:}/{@code body:}, {@code 记者:}/{@code reporter:},
 * {@code 官员:}/{@code official:} and {@code 电头:}/{@code dateline:} restrict a word to one part of the article.
 * A query that does not parse is read as plain words, never an error.
 */
final class QueryLanguage {

	/** The parts of an article a word can be restricted to. */
	enum Field {

		ANY("", "全文"), HEADLINE("标题", "headline"), BODY("正文", "body"), REPORTER("记者", "reporter"),
		OFFICIAL("官员", "official"), DATELINE("电头", "dateline");

		final String chinese;

		final String english;

		Field(String chinese, String english) {
			this.chinese = chinese;
			this.english = english;
		}

	}

	private static final Map<String, Field> PREFIXES = Map.of("标题", Field.HEADLINE, "headline", Field.HEADLINE, "正文",
			Field.BODY, "body", Field.BODY, "记者", Field.REPORTER, "reporter", Field.REPORTER, "官员", Field.OFFICIAL,
			"official", Field.OFFICIAL, "电头", Field.DATELINE, "dateline", Field.DATELINE);

	/** A parsed query. */
	sealed interface Node {

		/** The query as understood, in the language's own syntax. */
		String render();

	}

	/** A word or quoted phrase, in one field or everywhere. */
	record Word(Field field, String text, boolean quoted) implements Node {

		@Override
		public String render() {
			String body = quoted || text.contains(" ") ? "\"" + text + "\"" : text;
			return field == Field.ANY ? body : field.chinese + ":" + body;
		}

	}

	record And(List<Node> parts) implements Node {

		@Override
		public String render() {
			return String.join(" ", parts.stream().map(p -> p instanceof Or ? "(" + p.render() + ")" : p.render()).toList());
		}

	}

	record Or(List<Node> parts) implements Node {

		@Override
		public String render() {
			return String.join(" OR ", parts.stream().map(p -> p instanceof And ? "(" + p.render() + ")" : p.render()).toList());
		}

	}

	record Not(Node part) implements Node {

		@Override
		public String render() {
			return "-" + (part instanceof Word ? part.render() : "(" + part.render() + ")");
		}

	}

	/** The parse, and why the text had to be read as plain words (null when it did not). */
	record Parsed(Node node, SearchNotice notice) {

		boolean plainWords() {
			return notice != null;
		}

	}

	private static class Malformed extends Exception {

		Malformed(String why) {
			super(why, null, false, false);
		}

	}

	/** Nested deeper than {@link SearchLimits#MAX_DEPTH}: the recursion stops long before the stack would. */
	private static final class TooDeep extends Malformed {

		TooDeep() {
			super("nested too deeply");
		}

	}

	private final List<String> tokens;

	private int at;

	private int depth;

	private QueryLanguage(List<String> tokens) {
		this.tokens = tokens;
	}

	/** Null node for an empty query. */
	static Parsed parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			return new Parsed(null, null);
		}
		if (trimmed.length() > SearchLimits.MAX_QUERY_LENGTH) {
			return new Parsed(plainWords(trimmed.substring(0, SearchLimits.MAX_QUERY_LENGTH)), SearchNotice.TOO_LONG);
		}
		try {
			List<String> tokens = tokenize(trimmed);
			if (tokens.size() > SearchLimits.MAX_TERMS) {
				return new Parsed(plainWords(trimmed), SearchNotice.TOO_COMPLEX);
			}
			QueryLanguage parser = new QueryLanguage(tokens);
			Node node = parser.or(Field.ANY);
			if (parser.at < parser.tokens.size()) {
				throw new Malformed("unexpected " + parser.tokens.get(parser.at));
			}
			return new Parsed(node, null);
		}
		catch (TooDeep ex) {
			return new Parsed(plainWords(trimmed), SearchNotice.TOO_COMPLEX);
		}
		catch (Malformed ex) {
			return new Parsed(plainWords(trimmed), SearchNotice.PLAIN_WORDS);
		}
	}

	/** Every run of word characters, all required (the first {@link SearchLimits#MAX_TERMS}): what a malformed query is taken to mean. */
	static Node plainWords(String text) {
		List<Node> words = new ArrayList<>();
		for (String w : text.split("[\\s\"“”()（）]+")) {
			String cleaned = w.replaceAll("^[-:：]+|[:：]+$", "");
			if (!cleaned.isBlank() && !cleaned.equals("OR") && !cleaned.equals("NOT")
					&& words.size() < SearchLimits.MAX_TERMS) {
				words.add(new Word(Field.ANY, cleaned, false));
			}
		}
		return words.size() == 1 ? words.get(0) : new And(words);
	}

	/** Splits into words, quoted phrases (with their quotes), parentheses and field prefixes. */
	static List<String> tokenize(String text) throws Malformed {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000') {
				i++;
			}
			else if (c == '"' || c == '“' || c == '”') {
				int end = closingQuote(text, i + 1);
				if (end < 0) {
					throw new Malformed("unclosed quote");
				}
				tokens.add("\"" + text.substring(i + 1, end));
				i = end + 1;
			}
			else if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
				// A minus in front of a word excludes it; inside a word ("EGO-Park") it is part of it.
				tokens.add("-");
				i++;
			}
			else if (c == '(' || c == '（') {
				tokens.add("(");
				i++;
			}
			else if (c == ')' || c == '）') {
				tokens.add(")");
				i++;
			}
			else {
				int end = i;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "()（）\"“”".indexOf(text.charAt(end)) < 0
						&& text.charAt(end) != '\u3000') {
					char e = text.charAt(end);
					end++;
					if ((e == ':' || e == '：') && PREFIXES.containsKey(text.substring(i, end - 1))) {
						break;
					}
				}
				tokens.add(text.substring(i, end));
				i = end;
			}
		}
		return tokens;
	}

	private static int closingQuote(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '”' || c == '“') {
				return i;
			}
		}
		return -1;
	}

	private Node or(Field field) throws Malformed {
		if (++depth > SearchLimits.MAX_DEPTH) {
			throw new TooDeep();
		}
		List<Node> parts = new ArrayList<>();
		parts.add(and(field));
		while (at < tokens.size() && tokens.get(at).equals("OR")) {
			at++;
			parts.add(and(field));
		}
		depth--;
		return parts.size() == 1 ? parts.get(0) : new Or(parts);
	}

	private Node and(Field field) throws Malformed {
		List<Node> parts = new ArrayList<>();
		while (at < tokens.size() && !tokens.get(at).equals(")") && !tokens.get(at).equals("OR")) {
			parts.add(unary(field));
		}
		if (parts.isEmpty()) {
			throw new Malformed("nothing to search for");
		}
		return parts.size() == 1 ? parts.get(0) : new And(parts);
	}

	private Node unary(Field field) throws Malformed {
		String token = tokens.get(at);
		if (token.equals("NOT") || token.equals("-")) {
			at++;
			if (at >= tokens.size()) {
				throw new Malformed(token + " at the end");
			}
			if (++depth > SearchLimits.MAX_DEPTH) {
				throw new TooDeep();
			}
			Node negated = new Not(unary(field));
			depth--;
			return negated;
		}
		return primary(field);
	}

	private Node primary(Field field) throws Malformed {
		String token = tokens.get(at++);
		if (token.equals("(")) {
			Node inner = or(field);
			if (at >= tokens.size() || !tokens.get(at).equals(")")) {
				throw new Malformed("unclosed parenthesis");
			}
			at++;
			return inner;
		}
		if (token.equals(")") || token.equals("OR")) {
			throw new Malformed("unexpected " + token);
		}
		if (token.startsWith("\"")) {
			String phrase = token.substring(1).strip();
			if (phrase.isEmpty()) {
				throw new Malformed("empty phrase");
			}
			return new Word(field, phrase, true);
		}
		if ((token.endsWith(":") || token.endsWith("：")) && PREFIXES.containsKey(token.substring(0, token.length() - 1))) {
			if (field != Field.ANY) {
				throw new Malformed("nested field");
			}
			if (at >= tokens.size()) {
				throw new Malformed("field without a word");
			}
			return primary(PREFIXES.get(token.substring(0, token.length() - 1)));
		}
		return new Word(field, token, false);
	}

}
