package org.baoku.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.config.BaokuProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** On the first start of an archive, ingests the pages listed in the seeds folder's manifest; never again. */
@Component
@Order(2)
class SeedIngest implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedIngest.class);

	static final String SEEDED = "seeds_ingested_at";

	/** What the first start did about sample pages (app_state); the home page shows it while the archive is empty. */
	public static final String START_NOTE = "seeds_note";

	private static final ClassPathResource PACKAGED_MANIFEST = new ClassPathResource("seeds/manifest.csv");

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
		if (repository.state(SEEDED).isPresent()) {
			return;
		}
		if (!properties.seedOnFirstStart()) {
			note("off", "");
			return;
		}
		Path folder = properties.seedsDir().toAbsolutePath();
		Path manifest = folder.resolve("manifest.csv");
		Seeds seeds;
		if (Files.isRegularFile(manifest)) {
			seeds = new Seeds("the folder " + folder, SeedManifest.read(manifest), file -> {
				Path page = folder.resolve(file);
				return Files.isRegularFile(page) ? Files.readAllBytes(page) : null;
			});
		}
		else if (PACKAGED_MANIFEST.exists()) {
			log.info("No seed manifest at {}: ingesting the sample pages packaged in the jar", manifest);
			seeds = new Seeds("the jar (no manifest at " + manifest + ")", SeedManifest.parse("seeds/manifest.csv",
					new String(PACKAGED_MANIFEST.getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList()),
					file -> {
						ClassPathResource page = new ClassPathResource("seeds/" + file);
						return page.exists() ? page.getContentAsByteArray() : null;
					});
		}
		else {
			log.warn("No seed manifest at {} and none in the jar: starting with an empty archive", manifest);
			note("none", manifest.toString());
			return;
		}
		int stored = 0;
		for (SeedManifest.Entry entry : seeds.manifest().entries()) {
			byte[] bytes = seeds.pages().read(entry.file());
			if (bytes == null) {
				log.warn("Seed page {} listed in the manifest of {} is missing", entry.file(), seeds.from());
				continue;
			}
			IngestResult result = ingest.ingest(new RawPage(entry.newspaper(), entry.date(), entry.page(),
					entry.file(), bytes), false);
			stored += result.stored() ? 1 : 0;
			if (!result.stored()) {
				log.warn("Seed page {}: {}", entry.file(), result.message());
			}
		}
		repository.setState(SEEDED, Instant.now().toString());
		note("ingested", stored + " " + seeds.from());
		log.info("First start: ingested {} seed pages from {}", stored, seeds.from());
	}

	/**
	 * What became of the sample pages (a code and its detail: "off", "none" with the manifest looked for, "ingested"
	 * with how many and from where): the home page of an empty archive says it in the reader's language.
	 */
	private void note(String code, String detail) {
		repository.setState(START_NOTE, code + ":" + detail);
	}

	/** A page file of a manifest's folder, or null when it is missing. */
	private interface PageReader {

		byte[] read(String file) throws IOException;

	}

	private record Seeds(String from, SeedManifest manifest, PageReader pages) {
	}

}
