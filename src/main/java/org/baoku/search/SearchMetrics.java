package org.baoku.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What an operator watches of search (admin-only, at /actuator/prometheus): how long searches take, how many pages
 * wait in the outbox for the index, and whether the index agrees with PostgreSQL page by page.
 */
@Component
class SearchMetrics {

	private final Timer searches;

	SearchMetrics(MeterRegistry registry, PageIndexer indexer) {
		this.searches = Timer.builder("baoku.search")
			.description("searches run on the index, with facets and highlighting")
			.publishPercentileHistogram()
			.register(registry);
		// Read when scraped: the figures /api/stats shows.
		Gauge.builder("baoku.index.backlog.pages", indexer, i -> i.stats().backlog())
			.description("stored pages waiting in the outbox for the index")
			.register(registry);
		Gauge.builder("baoku.index.agree", indexer, i -> i.stats().agree() ? 1 : 0)
			.description("1 when the index holds every stored page at its stored revision with all its articles, else 0")
			.register(registry);
		Gauge.builder("baoku.index.stale.pages", indexer, i -> i.stats().stalePages())
			.description("pages whose revision or number of articles in the index differs from PostgreSQL's")
			.register(registry);
	}

	Timer searches() {
		return searches;
	}

}
