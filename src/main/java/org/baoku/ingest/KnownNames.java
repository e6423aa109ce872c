package org.baoku.ingest;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.baoku.archive.PrintedName;
import org.springframework.stereotype.Component;

/**
 * The reporters and officials in the archive, the gazetteers the splitter and the official extractor read names
 * with. Read from PostgreSQL once and then kept: every stored page adds its names, and the sets are read again
 * after {@link #REREAD} so names stored by another process over the same database are learnt too. Reading both
 * tables for every page made a bulk load slower the larger the archive.
 */
@Component
class KnownNames {

	static final Duration REREAD = Duration.ofMinutes(1);

	private final IngestRepository repository;

	private Set<String> reporters;

	private Set<String> officials;

	private long readAt;

	KnownNames(IngestRepository repository) {
		this.repository = repository;
	}

	/** Both gazetteers as one consistent pair (immutable sets). */
	record Names(Set<String> reporters, Set<String> officials) {
	}

	synchronized Names current() {
		if (reporters == null || System.nanoTime() - readAt > REREAD.toNanos()) {
			reporters = repository.reporterNames();
			officials = repository.officialNames();
			readAt = System.nanoTime();
		}
		return new Names(reporters, officials);
	}

	/** The names of a page just committed. */
	synchronized void learn(ParsedPage page) {
		if (reporters == null) {
			return;
		}
		Set<String> newReporters = new HashSet<>();
		Set<String> newOfficials = new HashSet<>();
		for (ParsedArticle a : page.articles()) {
			// As they were stored (IngestRepository.Mention), so the gazetteer holds each name once.
			a.article().reporterNames().stream().map(PrintedName::of).filter(n -> !reporters.contains(n))
				.forEach(newReporters::add);
			a.officials().stream().map(o -> PrintedName.of(o.name())).filter(n -> !officials.contains(n))
				.forEach(newOfficials::add);
		}
		if (!newReporters.isEmpty()) {
			newReporters.addAll(reporters);
			reporters = Set.copyOf(newReporters);
		}
		if (!newOfficials.isEmpty()) {
			newOfficials.addAll(officials);
			officials = Set.copyOf(newOfficials);
		}
	}

}
