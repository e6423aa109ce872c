package org.baoku;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The archive on the default database: the embedded PostgreSQL 17 in a temporary data folder. */
class EmbeddedArchiveIT extends ArchiveFlowContract {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("embedded").toString());
	}

	/**
	 * No page speaks two languages: a page shown in Chinese holds none of the English messages' words, and a page shown
	 * in English none of the Chinese messages' (the archive's own text, Chinese in both, is not a message).
	 */
	@Test
	void everyPageSpeaksTheReadersLanguageOnly() throws Exception {
		long article = jdbc.sql("select min(id) from article").query(Long.class).single();
		long page = jdbc.sql("select page_id from article where id = :id").param("id", article).query(Long.class).single();
		List<String> pages = List.of("/", "/issues", "/search?q=盐湖", "/search/help", "/articles/" + article,
				"/pages/" + page, "/pages/" + page + "/text", "/admin", "/admin/review", "/admin/review/profiles",
				"/admin/jobs", "/admin/users", "/admin/review/articles/" + article, "/admin/audit");
		List<String> english = phrases("/messages_en.properties", Pattern.compile("[A-Za-z][A-Za-z ,'-]{13,}"));
		String englishMessages = englishText();
		// Words the messages share with the archive's own text (a paper's name given as an example) are data there.
		String data = jdbc.sql("select (select string_agg(name, '|') from newspaper) || '|' || "
				+ "(select string_agg(headline || '|' || body, '|') from article)").query(String.class).single();
		List<String> chinese = phrases("/messages.properties", Pattern.compile("[\\p{IsHan}，、]{4,}")).stream()
			.filter(p -> !data.contains(p))
			.filter(p -> !englishMessages.contains(p))
			.toList();
		List<String> mixed = new ArrayList<>();
		for (String path : pages) {
			String zh = text(path, Locale.SIMPLIFIED_CHINESE);
			english.stream().filter(zh::contains).forEach(p -> mixed.add("zh " + path + ": " + p));
			// Nor English of any other source: three English words in a row.
			var words = ENGLISH_WORDS.matcher(zh);
			while (words.find()) {
				mixed.add("zh " + path + ": " + words.group());
			}
			String en = text(path, Locale.ENGLISH);
			chinese.stream().filter(en::contains).forEach(p -> mixed.add("en " + path + ": " + p));
		}
		assertThat(mixed).as("messages of the other language on a page").isEmpty();
	}

	/** All English messages in one text: the Chinese examples they quote (names with titles) are English too. */
	private static String englishText() throws IOException {
		Properties messages = new Properties();
		try (var in = new InputStreamReader(EmbeddedArchiveIT.class.getResourceAsStream("/messages_en.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		return String.join("|", messages.stringPropertyNames().stream().map(messages::getProperty).toList());
	}

	private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}\\b");

	/** A page's visible text, as the reader's language renders it (tags, scripts and attributes aside). */
	private String text(String path, Locale locale) throws Exception {
		String html = mvc.perform(get(path).locale(locale).header("Accept-Language", locale.toLanguageTag())
			.with(httpBasic("admin", ADMIN_PASSWORD))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ");
	}

	/** The runs of words of one language's messages, their placeholders taken out. */
	private static List<String> phrases(String file, Pattern run) throws IOException {
		Properties messages = new Properties();
		try (var in = new InputStreamReader(EmbeddedArchiveIT.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		List<String> found = new ArrayList<>();
		for (String value : messages.stringPropertyNames().stream().map(messages::getProperty).toList()) {
			var m = run.matcher(value.replaceAll("\\{[^}]*\\}", "\u0000"));
			while (m.find()) {
				found.add(m.group().strip());
			}
		}
		return found.stream().distinct().toList();
	}

}
