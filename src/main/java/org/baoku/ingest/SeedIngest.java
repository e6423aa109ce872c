package org.baoku.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.config.BaokuProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start of an archive, ingests the pages listed in the seeds folder's manifest; never again. */
@Component
@Order(2)
class SeedIngest implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedIngest.class);

	static final String SEEDED = "seeds_ingested_at";

	private final BaokuProperties properties;

	private final IngestService ingest;

	private final IngestRepository repository;

	SeedIngest(BaokuProperties properties, IngestService ingest, IngestRepository repository) {
		this.properties = properties;
		this.ingest = ingest;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!properties.seedOnFirstStart() || repository.state(SEEDED).isPresent()) {
			return;
		}
		Path manifest = properties.seedsDir().resolve("manifest.csv");
		if (!Files.isRegularFile(manifest)) {
			log.warn("No seed manifest at {}: starting with an empty archive", manifest.toAbsolutePath());
			return;
		}
		int stored = 0;
		for (SeedManifest.Entry entry : SeedManifest.read(manifest).entries()) {
			Path file = properties.seedsDir().resolve(entry.file());
			if (!Files.isRegularFile(file)) {
				log.warn("Seed page {} listed in the manifest is missing", file);
				continue;
			}
			IngestResult result = ingest.ingest(new RawPage(entry.newspaper(), entry.date(), entry.page(),
					entry.file(), Files.readAllBytes(file)), false);
			stored += result.stored() ? 1 : 0;
			if (!result.stored()) {
				log.warn("Seed page {}: {}", entry.file(), result.message());
			}
		}
		repository.setState(SEEDED, Instant.now().toString());
		log.info("First start: ingested {} seed pages from {}", stored, properties.seedsDir().toAbsolutePath());
	}

}
