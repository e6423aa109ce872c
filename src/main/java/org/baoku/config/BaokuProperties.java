package org.baoku.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Baoku's settings (prefix {@code baoku}, or environment variables such as {@code BAOKU_DATA_DIR}).
 *
 * @param dataDir where the embedded PostgreSQL keeps its files and Lucene its index
 * @param seedsDir raw pages and their manifest ingested on first start
 * @param seedOnFirstStart whether to ingest the seeds when the archive has never been seeded
 * @param adminPassword the password of the {@code admin} user; when empty a random one is logged at start
 * @param publicUrl where readers reach the archive ({@code BAOKU_PUBLIC_URL}, e.g. {@code https://archive.example.org}),
 * the start of the absolute links it hands out; an absolute http(s) URL without query or fragment, kept without a
 * trailing slash; empty: {@code http://localhost:<port>}
 */
@Validated
@ConfigurationProperties("baoku")
public record BaokuProperties(@NotNull @DefaultValue("data") Path dataDir, @NotNull @DefaultValue("seeds") Path seedsDir,
		@DefaultValue("true") boolean seedOnFirstStart, @DefaultValue("") String adminPassword,
		@DefaultValue("") String publicUrl) {

	/** Refuses a public URL links could not be made from, at start, saying why. */
	@ConstructorBinding
	public BaokuProperties {
		publicUrl = checkedPublicUrl(publicUrl);
	}

	/** A settings record without a public URL (tests, tools). */
	public BaokuProperties(Path dataDir, Path seedsDir, boolean seedOnFirstStart, String adminPassword) {
		this(dataDir, seedsDir, seedOnFirstStart, adminPassword, "");
	}

	static String checkedPublicUrl(String url) {
		if (url == null || url.isBlank()) {
			return "";
		}
		String trimmed = url.strip();
		String example = "; it must be an absolute http:// or https:// URL such as https://archive.example.org";
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("BAOKU_PUBLIC_URL (baoku.public-url) '" + trimmed + "' is not a URL" + example);
		}
		if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
			throw new IllegalArgumentException("BAOKU_PUBLIC_URL (baoku.public-url) '" + trimmed + "' is not absolute" + example);
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("BAOKU_PUBLIC_URL (baoku.public-url) '" + trimmed
					+ "' has a query, a fragment or a user name; links are made by adding a path to it" + example);
		}
		return trimmed.replaceAll("/+$", "");
	}

	public Path indexDir() {
		return dataDir.resolve("index");
	}

	public Path postgresDir() {
		return dataDir.resolve("postgres");
	}

}
