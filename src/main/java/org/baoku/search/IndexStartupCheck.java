package org.baoku.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL is the source of truth: at start the index applies the work waiting for it, or is rebuilt when it
 * cannot be trusted. The app reports itself ready only after this and the seed ingest have run.
 */
@Component
@Order(1)
class IndexStartupCheck implements ApplicationRunner {

	private final SearchApi search;

	IndexStartupCheck(SearchApi search) {
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments args) {
		search.bringUpToDate();
	}

}
