package org.baoku.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.baoku.ingest.IngestReason;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.bulk.BulkIngest;
import org.baoku.ingest.bulk.BulkJob;
import org.baoku.ingest.split.Doubts;
import org.baoku.search.SearchNotice;
import org.baoku.search.SearchRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a template uses or the code builds at run time exists in Chinese and in English, and the two
 * files list the same keys.
 */
class MessagesInSyncTests {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("/messages_en.properties").stringPropertyNames())
			.isEqualTo(load("/messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("/messages.properties").stringPropertyNames();
		Set<String> used = found(KEY, "src/main/resources/templates", ".html");
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	/** Keys made at run time: statuses, orders, notices, ingest reasons, doubts and error keys named in code. */
	@Test
	void everyKeyBuiltAtRunTimeExistsInBothLanguages() throws IOException {
		Set<String> built = new HashSet<>();
		for (IngestResult.Status status : IngestResult.Status.values()) {
			built.add("admin.status." + status);
		}
		for (BulkIngest.Outcome outcome : BulkIngest.Outcome.values()) {
			built.add("jobs.outcome." + outcome);
		}
		for (BulkJob.State state : BulkJob.State.values()) {
			built.add("jobs.state." + state);
		}
		for (SearchRequest.Order order : SearchRequest.Order.values()) {
			built.add("search.order." + order.code);
		}
		for (SearchNotice notice : SearchNotice.values()) {
			built.add(notice.key);
		}
		IngestReason.CODES.forEach(code -> built.add("ingest." + code));
		Doubts.ALL_CODES.forEach(code -> built.add("doubt." + code));
		Pattern quotedKey = Pattern.compile("\"((?:error|search|admin|ingest|doubt|jobs)\\.[a-zA-Z.]+)\"");
		// A quoted prefix ("jobs.outcome." + outcome) is no key; the loops above cover what it builds.
		found(quotedKey, "src/main/java", ".java").stream().filter(k -> !k.endsWith(".")).forEach(built::add);
		assertThat(load("/messages.properties").stringPropertyNames()).containsAll(built);
		assertThat(load("/messages_en.properties").stringPropertyNames()).containsAll(built);
	}

	/** English counts say "1 page" and "2 pages", never "1 pages"; every message formats with numbers. */
	@Test
	void englishCountsAgreeWithTheirNumber() {
		var english = new org.springframework.context.support.ResourceBundleMessageSource();
		english.setBasename("messages");
		english.setDefaultEncoding("UTF-8");
		english.setFallbackToSystemLocale(false);
		java.util.Locale en = java.util.Locale.ENGLISH;
		assertThat(english.getMessage("home.counts", new Object[] { 1, 1, 1, "2024-01-01", "2024-01-01" }, en))
			.startsWith("1 issue, 1 page, 1 article,");
		assertThat(english.getMessage("issue.counts", new Object[] { 2, 12345 }, en)).isEqualTo("2 pages, 12,345 articles");
		assertThat(english.getMessage("review.counts", new Object[] { 0, 1 }, en)).isEqualTo(
				"0 pages and 1 article wait for review");
		assertThat(english.getMessage("jobs.figures", new Object[] { 1, 1, 1, 0 }, en)).startsWith("1 of 1 file done, 1 article");
	}

	/** Every reason an ingest can end with is listed, so the test above covers it. */
	@Test
	void everyIngestReasonInTheCodeIsListed() throws IOException {
		Pattern reason = Pattern.compile("IngestReason\\.of\\(\\s*\"([a-zA-Z]+)\"");
		Set<String> used = found(reason, "src/main/java", ".java");
		assertThat(used).hasSizeGreaterThan(10);
		assertThat(IngestReason.CODES).containsAll(used);
	}

	/** The first group of every match of the pattern in the folder's files with that ending. */
	private static Set<String> found(Pattern pattern, String folder, String ending) throws IOException {
		Set<String> found = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of(folder))) {
			for (Path file : files.filter(f -> f.toString().endsWith(ending)).toList()) {
				Matcher m = pattern.matcher(Files.readString(file));
				while (m.find()) {
					found.add(m.group(1));
				}
			}
		}
		return found;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesInSyncTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
