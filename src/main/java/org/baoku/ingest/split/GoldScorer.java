package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.ParsedPage;
import org.baoku.ingest.entity.OfficialMention;

/**
 * Scores a parsed page against a gold annotation (the format of the gold pages' README) the way
 * shared/tools/score.py does, so the build checks the splitter, and a profile is fitted, by the same rules as the
 * scoring script.
 */
public final class GoldScorer {

	private static final String CJK = "[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’、，。！？；：（）《》·—…]";

	private static final Pattern SPACE_AFTER_CJK = Pattern.compile("(" + CJK + ")[ \\u3000\\t]+");

	private static final Pattern SPACE_BEFORE_CJK = Pattern.compile("[ \\u3000\\t]+(" + CJK + ")");

	private static final Pattern SPACE_IN_NUMBER = Pattern.compile("(\\d)[ \\t]+(\\d)");

	private static final Set<String> IGNORED_OFFICIALS = Set.of("习近平");

	/** Counts for one page, as score.py prints them. */
	public record Score(int gold, int predicted, int matched, int headlines, int datelines, int reportersFound,
			int reportersGold, int reportersPredicted, int officialsFound, int officialsGold, int officialsPredicted) {

		public Score plus(Score o) {
			return new Score(gold + o.gold, predicted + o.predicted, matched + o.matched, headlines + o.headlines,
					datelines + o.datelines, reportersFound + o.reportersFound, reportersGold + o.reportersGold,
					reportersPredicted + o.reportersPredicted, officialsFound + o.officialsFound,
					officialsGold + o.officialsGold, officialsPredicted + o.officialsPredicted);
		}

		public double articleF1() {
			double p = ratio(matched, predicted);
			double r = ratio(matched, gold);
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		public double headlineAccuracy() {
			return ratio(headlines, gold);
		}

		public double datelineAccuracy() {
			return ratio(datelines, gold);
		}

		public double reporterRecall() {
			return ratio(reportersFound, reportersGold);
		}

		public double reporterPrecision() {
			return ratio(reportersFound, reportersPredicted);
		}

		double officialRecall() {
			return ratio(officialsFound, officialsGold);
		}

		double officialPrecision() {
			return ratio(officialsFound, officialsPredicted);
		}

		@Override
		public String toString() {
			return "articleF1=%.3f headline=%.3f dateline=%.3f reportersR=%.3f reportersP=%.3f officialsR=%.3f officialsP=%.3f"
				.formatted(articleF1(), headlineAccuracy(), datelineAccuracy(), reporterRecall(), reporterPrecision(),
						officialRecall(), officialPrecision());
		}

		private static double ratio(int a, int b) {
			return b == 0 ? 1.0 : (double) a / b;
		}

	}

	public static String norm(String s) {
		if (s == null) {
			return "";
		}
		s = s.replace("\r", "").replace("\n", "");
		String prev = null;
		while (!s.equals(prev)) {
			prev = s;
			s = SPACE_AFTER_CJK.matcher(s).replaceAll("$1");
			s = SPACE_BEFORE_CJK.matcher(s).replaceAll("$1");
			s = SPACE_IN_NUMBER.matcher(s).replaceAll("$1$2");
		}
		return s.strip();
	}

	static String headText(String kicker, String main, String subtitle) {
		StringBuilder s = new StringBuilder();
		for (String part : new String[] { kicker, main, subtitle }) {
			if (part != null) {
				s.append(part);
			}
		}
		return s.toString().replaceAll("[\\s—–\\-·]", "");
	}

	static double bagF1(String a, String b) {
		Map<Integer, Integer> ca = counts(a);
		Map<Integer, Integer> cb = counts(b);
		if (ca.isEmpty() || cb.isEmpty()) {
			return ca.equals(cb) ? 1 : 0;
		}
		int inter = 0;
		for (Map.Entry<Integer, Integer> e : ca.entrySet()) {
			inter += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
		}
		if (inter == 0) {
			return 0;
		}
		double p = (double) inter / a.codePointCount(0, a.length());
		double r = (double) inter / b.codePointCount(0, b.length());
		return 2 * p * r / (p + r);
	}

	private static Map<Integer, Integer> counts(String s) {
		Map<Integer, Integer> counts = new HashMap<>();
		s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
		return counts;
	}

	public static boolean matches(String predictedBody, JsonNode gold) {
		String b = norm(predictedBody);
		String s = norm(gold.get("body_start").asText());
		String e = norm(gold.get("body_end").asText());
		String head = b.substring(0, Math.min(b.length(), s.length() + 30));
		String tail = b.substring(Math.max(0, b.length() - (e.length() + 12)));
		return head.contains(s) && tail.contains(e);
	}

	public static Score score(JsonNode gold, ParsedPage page) {
		List<ParsedArticle> predicted = page.articles();
		Set<Integer> used = new HashSet<>();
		List<JsonNode> goldMatched = new ArrayList<>();
		List<ParsedArticle> predMatched = new ArrayList<>();
		for (JsonNode g : gold.get("articles")) {
			for (int i = 0; i < predicted.size(); i++) {
				if (!used.contains(i) && matches(predicted.get(i).article().body(), g)) {
					used.add(i);
					goldMatched.add(g);
					predMatched.add(predicted.get(i));
					break;
				}
			}
		}
		int repGold = 0;
		int offGold = 0;
		for (JsonNode g : gold.get("articles")) {
			repGold += goldReporters(g).size();
			offGold += goldOfficials(g).size();
		}
		int repPred = 0;
		int offPred = 0;
		for (ParsedArticle p : predicted) {
			repPred += predReporters(p).size();
			offPred += predOfficials(p).size();
		}
		int heads = 0;
		int datelines = 0;
		int repFound = 0;
		int offFound = 0;
		for (int i = 0; i < goldMatched.size(); i++) {
			JsonNode g = goldMatched.get(i);
			ParsedArticle p = predMatched.get(i);
			JsonNode gh = g.get("headline");
			Headline ph = p.article().headline();
			heads += bagF1(headText(text(gh, "kicker"), text(gh, "main"), text(gh, "subtitle")),
					headText(ph.kicker(), ph.main(), ph.subtitle())) >= 0.9 ? 1 : 0;
			datelines += norm(text(g, "dateline")).equals(norm(p.article().dateline())) ? 1 : 0;
			Set<String> gr = goldReporters(g);
			gr.retainAll(predReporters(p));
			repFound += gr.size();
			Set<String> go = goldOfficials(g);
			go.retainAll(predOfficials(p));
			offFound += go.size();
		}
		return new Score(gold.get("articles").size(), predicted.size(), goldMatched.size(), heads, datelines, repFound,
				repGold, repPred, offFound, offGold, offPred);
	}

	static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || v.isNull() ? null : v.asText();
	}

	static Set<String> goldReporters(JsonNode g) {
		Set<String> names = new HashSet<>();
		g.get("reporters").forEach(n -> names.add(norm(n.asText())));
		return names;
	}

	private static Set<String> goldOfficials(JsonNode g) {
		Set<String> names = new HashSet<>();
		g.get("officials").forEach(o -> names.add(norm(o.get("name").asText())));
		names.removeAll(IGNORED_OFFICIALS);
		return names;
	}

	static Set<String> predReporters(ParsedArticle p) {
		Set<String> names = new HashSet<>();
		p.article().reporterNames().forEach(n -> names.add(norm(n)));
		return names;
	}

	private static Set<String> predOfficials(ParsedArticle p) {
		Set<String> names = new HashSet<>();
		p.officials().stream().map(OfficialMention::name).forEach(n -> names.add(norm(n)));
		names.removeAll(IGNORED_OFFICIALS);
		return names;
	}

}
