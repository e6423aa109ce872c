package org.baoku.config;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Baoku's settings (prefix {@code baoku}, or environment variables such as {@code BAOKU_DATA_DIR}).
 *
 * @param dataDir where the embedded PostgreSQL keeps its files and Lucene its index
 * @param seedsDir raw pages and their manifest ingested on first start
 * @param seedOnFirstStart whether to ingest the seeds when the archive has never been seeded
 * @param adminPassword the password of the {@code admin} user; when empty a random one is logged at start
 */
@Validated
@ConfigurationProperties("baoku")
public record BaokuProperties(@NotNull @DefaultValue("data") Path dataDir, @NotNull @DefaultValue("seeds") Path seedsDir,
		@DefaultValue("true") boolean seedOnFirstStart, @DefaultValue("") String adminPassword) {

	public Path indexDir() {
		return dataDir.resolve("index");
	}

	public Path postgresDir() {
		return dataDir.resolve("postgres");
	}

}
