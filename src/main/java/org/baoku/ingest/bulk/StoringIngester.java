package org.baoku.ingest.bulk;

import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;

/**
 * Stores pages for a bulk load through the same ingest as uploads, committing the index every so many stored
 * pages instead of once a page (the outbox, committed with each page, holds the rest); {@link #finish()} applies
 * what is left.
 */
final class StoringIngester implements BulkIngest.Ingester {

	/** Pages stored between two index commits in a bulk load. */
	static final int INDEX_BATCH_PAGES = 200;

	private final IngestService ingest;

	private final boolean replace;

	private int stored;

	StoringIngester(IngestService ingest, boolean replace) {
		this.ingest = ingest;
		this.replace = replace;
	}

	@Override
	public BulkIngest.Done ingest(RawPage page) {
		IngestResult result = ingest.ingestQueued(page, replace);
		if (result.stored() && ++stored % INDEX_BATCH_PAGES == 0) {
			ingest.indexQueued();
		}
		return BulkIngest.Done.of(result);
	}

	void finish() {
		ingest.indexQueued();
	}

}
