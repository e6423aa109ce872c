package org.baoku.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Raw pages in the layout of the seed pages, as a PDF extractor leaves them: bodies hard-wrapped at one column
 * width with blank lines for paragraphs and for column breaks, a dateline and byline at a body's start (or a byline
 * at its end), the headline after its body with a kicker or a "——" subtitle now and then, a doubled bold headline
 * once in a while, officials named with their titles, and photo items with a credit. Pages are spread over the
 * given years and newspapers, several pages an issue, and named {@code 报名_YYYYMMDD_NN.txt} as the ingest command
 * expects. The same settings and vocabulary always give the same pages.
 */
public final class PageGenerator {

	/** @param articles how many items (articles and photo items) to write in all */
	public record Settings(int articles, int years, int newspapers, long seed) {
	}

	/** One generated item, as it was written (before the splitter reads it back). */
	public record Article(String newspaper, LocalDate date, int page, String kicker, String headline, String subtitle,
			List<String> reporters, List<String> officials, String body, boolean photo) {
	}

	public record Summary(int pages, int articles, int issues, long bytes) {
	}

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国文红梅海波宁飞凤斌晓晨欣怡涵浩然思远雪峰志宏春燕永胜德云立新嘉琪";

	private static final String[] PAPERS = { "东方晚报", "江城日报", "北岭都市报", "南湖晨报", "西川日报", "海州晚报", "云山日报", "河洛商报" };

	private static final String[] CITIES = { "北京", "上海", "南京", "广州", "成都", "西安", "兰州", "拉萨", "武汉", "杭州" };

	private static final String[] ACTIONS = { "出席会议并讲话。", "主持会议。", "参加调研并座谈。", "在会上强调，要把各项工作抓实抓细。",
			"一行到现场检查指导工作。" };

	private static final double ITEMS_PER_PAGE = 6.5;

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final Vocabulary words;

	private final Settings settings;

	private final Random random;

	private final List<List<String>> reporters = new ArrayList<>();

	private final List<String[]> officials = new ArrayList<>();

	public PageGenerator(Vocabulary words, Settings settings) {
		this.words = words;
		this.settings = settings;
		this.random = new Random(settings.seed());
		for (int p = 0; p < settings.newspapers(); p++) {
			reporters.add(List.copyOf(names(200)));
		}
		for (String name : names(3000)) {
			officials.add(new String[] { name, pick(words.titles()) });
		}
	}

	public static String newspaper(int index) {
		return PAPERS[index % PAPERS.length] + (index < PAPERS.length ? "" : Integer.toString(index / PAPERS.length + 1));
	}

	/** Writes the pages into {@code folder} and hands each item to {@code each} as it is written. */
	public Summary write(Path folder, Consumer<Article> each) throws IOException {
		Files.createDirectories(folder);
		int papers = settings.newspapers();
		int days = settings.years() * 365;
		int pagesNeeded = (int) Math.ceil(settings.articles() / ITEMS_PER_PAGE);
		int pagesPerIssue = Math.max(4, Math.min(24, (int) Math.ceil(pagesNeeded / (double) (papers * days))));
		int issuesPerPaper = Math.max(1, (int) Math.ceil(pagesNeeded / (double) pagesPerIssue / papers));
		LocalDate first = LocalDate.of(2026 - settings.years(), 1, 1);
		int written = 0;
		int pages = 0;
		int issues = 0;
		long bytes = 0;
		for (int issue = 0; written < settings.articles(); issue++) {
			int paper = issue % papers;
			LocalDate date = first.plusDays((long) (issue / papers) * days / issuesPerPaper);
			issues++;
			for (int page = 1; page <= pagesPerIssue && written < settings.articles(); page++) {
				StringBuilder text = new StringBuilder();
				int width = 13 + random.nextInt(5);
				int items = Math.min(settings.articles() - written, 5 + random.nextInt(4));
				int photoAt = random.nextInt(3) == 0 ? random.nextInt(items) : -1;
				for (int i = 0; i < items; i++) {
					Article article = i == photoAt ? photo(paper, date, page, width, text)
							: article(paper, date, page, width, text);
					each.accept(article);
				}
				byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
				Files.write(folder.resolve("%s_%s_%02d.txt".formatted(newspaper(paper), FILE_DATE.format(date), page)),
						data);
				written += items;
				pages++;
				bytes += data.length;
			}
		}
		return new Summary(pages, written, issues, bytes);
	}

	private Article article(int paper, LocalDate date, int page, int width, StringBuilder text) {
		List<String> byline = new ArrayList<>();
		if (random.nextInt(100) < 85) {
			List<String> pool = reporters.get(paper);
			for (int n = 1 + random.nextInt(2); byline.size() < n;) {
				String name = skewed(pool);
				if (!byline.contains(name)) {
					byline.add(name);
				}
			}
		}
		String dateline = switch (random.nextInt(20)) {
			case 0, 1, 2 -> "本报" + pick(CITIES) + "讯";
			case 3, 4, 5 -> "新华社" + pick(CITIES) + date.minusDays(1).getMonthValue() + "月"
					+ date.minusDays(1).getDayOfMonth() + "日电";
			case 6, 7, 8 -> null;
			default -> "本报讯";
		};
		List<String> sentences = new ArrayList<>();
		for (int n = 3 + random.nextInt(10); sentences.size() < n;) {
			sentences.add(pick(words.sentences()));
		}
		List<String> named = new ArrayList<>();
		for (int n = random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(2); named.size() < n;) {
			String[] official = skewed(officials);
			if (!named.contains(official[0])) {
				named.add(official[0]);
				sentences.add(random.nextInt(sentences.size() + 1), official[1] + official[0] + pick(ACTIONS));
			}
		}
		List<String> paragraphs = new ArrayList<>();
		for (int s = 0; s < sentences.size();) {
			int take = Math.min(sentences.size() - s, 1 + random.nextInt(3));
			paragraphs.add(String.join("", sentences.subList(s, s + take)));
			s += take;
		}
		String credit = byline.isEmpty() ? "" : "（记者 " + String.join(" ", byline) + "）";
		String body = String.join("\n", paragraphs);
		if (dateline != null) {
			paragraphs.set(0, dateline + credit + paragraphs.get(0));
		}
		else if (!credit.isEmpty()) {
			paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + credit);
		}
		for (String paragraph : paragraphs) {
			List<String> lines = wrap(paragraph, width);
			// A column break falls in the middle of a paragraph, often mid-sentence.
			int columnBreak = lines.size() > 2 && random.nextInt(8) == 0 ? 1 + random.nextInt(lines.size() - 1) : -1;
			for (int l = 0; l < lines.size(); l++) {
				if (l == columnBreak) {
					text.append('\n');
				}
				text.append(lines.get(l)).append('\n');
			}
			text.append('\n');
		}
		String kicker = random.nextInt(5) == 0 && !words.kickers().isEmpty() ? pick(words.kickers()) : null;
		String headline = pick(words.headlines());
		String subtitle = random.nextInt(7) == 0 && !words.subtitles().isEmpty() ? pick(words.subtitles()) : null;
		if (kicker != null) {
			text.append(kicker).append('\n');
		}
		String printed = random.nextInt(30) == 0 ? headline + headline : headline;
		for (String line : printed.length() > 16 ? wrap(printed, 14) : List.of(printed)) {
			text.append(line).append('\n');
		}
		if (subtitle != null) {
			text.append("——").append(subtitle).append('\n');
		}
		text.append('\n');
		return new Article(newspaper(paper), date, page, kicker, headline, subtitle, List.copyOf(byline), List.copyOf(named),
				body, false);
	}

	private Article photo(int paper, LocalDate date, int page, int width, StringBuilder text) {
		String caption = pick(words.sentences());
		String photographer = skewed(reporters.get(paper));
		for (String line : wrap(caption + "（记者 " + photographer + " 摄）", width)) {
			text.append(line).append('\n');
		}
		text.append('\n');
		return new Article(newspaper(paper), date, page, null, "", null, List.of(photographer), List.of(), caption, true);
	}

	private List<String> names(int count) {
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < count) {
			StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
			for (int n = random.nextInt(3) == 0 ? 1 : 2; n > 0; n--) {
				name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
			}
			names.add(name.toString());
		}
		return List.copyOf(names);
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		for (int at = 0; at < text.length(); at += width) {
			lines.add(text.substring(at, Math.min(text.length(), at + width)));
		}
		return lines;
	}

	private <T> T pick(List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

	private String pick(String[] from) {
		return from[random.nextInt(from.length)];
	}

	/** A few people write (or are named in) much of a paper, as in a real one: the square skews towards the front. */
	private <T> T skewed(List<T> from) {
		double r = random.nextDouble();
		return from.get((int) (r * r * from.size()));
	}

}
