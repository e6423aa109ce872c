package org.baoku.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** PostgreSQL is the source of truth: an index that does not hold every stored article is rebuilt at start. */
@Component
@Order(1)
class IndexStartupCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexStartupCheck.class);

	private final SearchApi search;

	IndexStartupCheck(SearchApi search) {
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!search.inSyncWithArchive()) {
			log.info("The index ({} documents) does not match the archive: rebuilding", search.documentCount());
			search.rebuild();
		}
	}

}
