package org.baoku.ingest.split;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Why the splitter doubts an article, in the words stored with it and shown in the review queue (Chinese), and as
 * message codes ({@code doubt.<code>}) so the queue can show them in the reader's language.
 */
public final class Doubts {

	public static final String NO_HEADLINE = "未找到这篇正文的标题";

	static final String HEADLINE_FITS_OTHER = "标题与本版另一篇正文更贴近，标题可能配错";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String INNER_DATELINE = "正文中间出现另一条电头，可能粘连了两篇稿件";

	/** Public: a scanned page's articles are read by OCR, whose text and split an editor checks against the image. */
	public static final String OCR_READ = "这篇文字由 OCR 从扫描版面识别，文字和拆分请对照版面核对";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String ACROSS_TITLE = "正文在同一栏里跨过了另一篇文章的标题，可能粘连了两篇稿件";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String ORPHAN_NEARBY = "本版有一段没有标题的正文，用词与这篇最接近，可能是这篇缺失的部分";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String SAME_STYLE_SECTIONS = "同一标题下有几篇标题字体相同、没有署名的稿件，可能是一篇文章被拆成了几节";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String LEAD_ELSEWHERE = "本版另一篇标题下、它的电头之前有一段正文，用词与这篇最接近，可能是这篇缺失的部分";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String PLACED_ELSEWHERE = "有一栏只凭版面位置归到这篇或本版另一篇，它的用词却更像另一篇，可能归错";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String KICKER_FITS_OTHER = "引题或副题与本版另一篇正文更贴近，可能配错";

	/** Public: the PDF reader finds it comparing the page's type with its paper's profile. */
	public static final String UNLIKE_PROFILE = "本版的字体字号与本报已核对的版面不同（可能改版、增刊或归错了报纸），拆分规则没有在这样的版面上核对过，请核对";

	/** Public: the PDF reader finds it setting the line-role model's guesses against the split. */
	public static final String ROLES_UNSURE = "读页模型对这篇某些行的角色拿不准，或认为它们的角色与拆分不符（如正文里的一行像标题、标题里的一行像正文），请核对";

	/** The article-doubt model gives this article a high chance of being read wrong ({@code ArticleDoubt}). */
	public static final String READER_UNSURE = "读页模型估计这篇读错（正文、标题、电头或署名与版面不符）的可能较大，请对照版面核对";

	/** Public: the PDF reader finds it comparing the page's type with what the rules were checked on. */
	public static final String UNLIKE_KNOWN = "本版的字体与拆分规则核对过的版面都不同（多半是新加入的报纸），拆分可能有误，请核对；核对过三版后可为本报拟合版式档案";

	/** Public: the page reader failed on the page, whose text is kept unsplit as one article. */
	public static final String READER_FAILED = "版面读取器没能拆分这一版，整版文字未拆分、作为一篇保存，请对照版面拆开";

	static final String TOPIC_BREAK = "正文中途话题突变，可能粘连了两篇稿件";

	static final String LIKE_NEIGHBOUR = "正文用词与紧挨着的一篇很像，远比与本版其他稿件像，可能是一篇文章被切成了两段";

	public static final String STARTS_MID_SENTENCE = "正文从半句开始，开头可能缺失";

	public static final String ENDS_OPEN = "正文没有以句末标点结束，结尾可能缺失";

	static final String SHORT_BODY = "正文比本版其他稿件短得多，可能是残段";

	static final String LONG_BODY = "正文比本版其他稿件长得多，可能粘连了几篇稿件";

	public static final String CONTINUED = "转版稿件：本版只有部分正文";

	static final String HEADLINE_FRAGMENT = "标题里有只有一两个字的引题或副题，可能是从别处（如署名）断下来的字";

	static final String NEIGHBOUR_TITLE_ELSEWHERE = "紧挨着这篇标题的一块标题配给了别的文章，用词却更像这篇，标题可能不全";

	static final String TAG_ONLY_HEADLINE = "标题只有括号里的栏目名，它所属的标题可能配给了别的文章";

	static final String HEADLESS_TAIL = "正文后面一大段与标题没有一个共同用词，可能粘连了另一篇稿件";

	static final String PARTS_APART = "标题的两部分（引题、主题或副题）分别只见于正文的前后两段，可能是两篇稿件连同各自的标题粘在了一起";

	static final String SIGNED_TWICE = "正文开头和结尾署了不同记者的名字，可能粘连了两篇稿件";

	static final String BYLINE_MISFITS = "署名与电头不符（本报记者署新华社电稿或相反，或另起一行的署名之外括号里又署了别人），署名可能配错了稿件";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String UNSIGNED = "本版其他文章都署了作者，这篇没有：可能是别篇文章的一节";

	/** Public: the PDF splitter finds it looking at the whole page. */
	public static final String NO_AUTHOR = "本版其他文章都署了作者，这篇没有读出作者：请核对署名";

	static final String RIVAL_HEADLINE = "本版另一个标题与这篇正文也几乎一样贴近，标题可能配错";

	static final String HEADLINE_PARTS = "标题由好几块拼成，可能混进了别篇的标题或别处的字";

	static final String PAGE_HEADLESS = "本版有没配上标题的正文，这一版的拆分可能有误";

	static final String PAGE_ORPHANS = "本版有没配上正文的标题，这一版的拆分可能有误";

	static final String OPENERS_INSIDE = "正文中间有段落像一篇稿件的开头（“近日”“日前”“5月18日”等），可能粘连了两篇稿件";

	static final String LEAD_LACKS_HEADLINE = "导语里很少有标题的用词，标题可能配错";

	static final String PHRASE_NOT_IN_TEXT = "标题里有词组在正文里几乎找不到，可能混进了别处的字";

	static final String LONG_HEADLINE = "标题特别长，可能并进了别的标题或正文的字";

	static final String OVERALL = "多项迹象合起来不够可靠，请核对拆分";

	private Doubts() {
	}

	static String weakHeadline(double coverage) {
		return String.format(WEAK_HEADLINE, coverage);
	}

	/**
	 * Lines of a scanned article OCR was unsure of (a character it read with less than the tuned probability): how
	 * many, and the first few as read, so an editor finds them on the page image.
	 */
	public static String ocrUnsure(List<String> lines) {
		String shown = String.join(" / ", lines.stream().limit(OCR_UNSURE_SHOWN).toList());
		return String.format(OCR_UNSURE, lines.size(), shown + (lines.size() > OCR_UNSURE_SHOWN ? " …" : ""));
	}

	private static final int OCR_UNSURE_SHOWN = 3;

	private static final String OCR_UNSURE = "OCR 有 %d 行识别没有把握，请对照版面核对：%s";

	private static final Pattern OCR_UNSURE_STORED = Pattern.compile("OCR 有 (\\d+) 行识别没有把握，请对照版面核对：(.*)",
			Pattern.DOTALL);

	private static final String WEAK_HEADLINE = "标题与正文用词重合少（%.2f），标题可能配错";

	private static final Pattern WEAK_HEADLINE_STORED = Pattern
		.compile("标题与正文用词重合少（([0-9.]+)），标题可能配错");

	private static final Map<String, String> CODES = Map.ofEntries(Map.entry(NO_HEADLINE, "noHeadline"),
			Map.entry(HEADLINE_FITS_OTHER, "headlineFitsOther"), Map.entry(INNER_DATELINE, "innerDateline"),
			Map.entry(TOPIC_BREAK, "topicBreak"), Map.entry(LIKE_NEIGHBOUR, "likeNeighbour"),
			Map.entry(STARTS_MID_SENTENCE, "startsMidSentence"),
			Map.entry(ENDS_OPEN, "endsOpen"), Map.entry(SHORT_BODY, "shortBody"), Map.entry(LONG_BODY, "longBody"),
			Map.entry(CONTINUED, "continued"), Map.entry(SIGNED_TWICE, "signedTwice"),
			Map.entry(BYLINE_MISFITS, "bylineMisfits"),
			Map.entry(HEADLESS_TAIL, "headlessTail"), Map.entry(PARTS_APART, "partsApart"),
			Map.entry(TAG_ONLY_HEADLINE, "tagOnlyHeadline"), Map.entry(NEIGHBOUR_TITLE_ELSEWHERE, "neighbourTitleElsewhere"),
			Map.entry(HEADLINE_FRAGMENT, "headlineFragment"),
			Map.entry(UNSIGNED, "unsigned"), Map.entry(NO_AUTHOR, "noAuthor"),
			Map.entry(ACROSS_TITLE, "acrossTitle"), Map.entry(ORPHAN_NEARBY, "orphanNearby"),
			Map.entry(SAME_STYLE_SECTIONS, "sameStyleSections"), Map.entry(OCR_READ, "ocrRead"),
			Map.entry(KICKER_FITS_OTHER, "kickerFitsOther"),
			Map.entry(LEAD_ELSEWHERE, "leadElsewhere"), Map.entry(PLACED_ELSEWHERE, "placedElsewhere"),
			Map.entry(RIVAL_HEADLINE, "rivalHeadline"),
			Map.entry(HEADLINE_PARTS, "headlineParts"), Map.entry(PAGE_HEADLESS, "pageHeadless"),
			Map.entry(PAGE_ORPHANS, "pageOrphans"), Map.entry(OPENERS_INSIDE, "openersInside"),
			Map.entry(LEAD_LACKS_HEADLINE, "leadLacksHeadline"), Map.entry(PHRASE_NOT_IN_TEXT, "phraseNotInText"),
			Map.entry(LONG_HEADLINE, "longHeadline"), Map.entry(OVERALL, "overall"),
			Map.entry(UNLIKE_PROFILE, "unlikeProfile"), Map.entry(UNLIKE_KNOWN, "unlikeKnown"),
			Map.entry(ROLES_UNSURE, "rolesUnsure"), Map.entry(READER_UNSURE, "readerUnsure"),
			Map.entry(READER_FAILED, "readerFailed"));

	/** Every code a doubt can have, for checking each has a message in every language. */
	public static final List<String> ALL_CODES = Stream
		.concat(CODES.values().stream(), Stream.of("weakHeadline", "ocrUnsure", "other"))
		.sorted()
		.toList();

	/**
	 * How every stored doubt of a code begins, for finding the articles doubted for it: the whole text of a fixed
	 * doubt, the text before the numbers of one that carries them; empty for "other" and for no code at all.
	 */
	public static Optional<String> storedStart(String code) {
		if ("weakHeadline".equals(code)) {
			return Optional.of(WEAK_HEADLINE.substring(0, WEAK_HEADLINE.indexOf('%')));
		}
		if ("ocrUnsure".equals(code)) {
			return Optional.of(OCR_UNSURE.substring(0, OCR_UNSURE.indexOf('%')));
		}
		return CODES.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst();
	}

	/** How many arguments a code's message takes: the figure of a weak headline, OCR's count and lines, the text of "other". */
	public static int argumentCount(String code) {
		return switch (code) {
			case "weakHeadline", "other" -> 1;
			case "ocrUnsure" -> 2;
			default -> 0;
		};
	}

	/** A stored doubt as a message code and its arguments; a text this version does not know is "other". */
	public record Code(String code, List<String> args) {

		public String key() {
			return "doubt." + code;
		}

	}

	public static Code code(String stored) {
		String code = CODES.get(stored);
		if (code != null) {
			return new Code(code, List.of());
		}
		Matcher weak = WEAK_HEADLINE_STORED.matcher(stored);
		if (weak.matches()) {
			return new Code("weakHeadline", List.of(weak.group(1)));
		}
		Matcher unsure = OCR_UNSURE_STORED.matcher(stored);
		if (unsure.matches()) {
			return new Code("ocrUnsure", List.of(unsure.group(1), unsure.group(2)));
		}
		return new Code("other", List.of(stored));
	}

}
