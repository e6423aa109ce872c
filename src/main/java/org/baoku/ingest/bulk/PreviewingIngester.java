package org.baoku.ingest.bulk;

import java.util.List;

import java.util.HashSet;
import java.util.Set;

import org.baoku.ingest.IngestReason;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;

/**
 * A dry run against the archive: each page is checked and split as ingest would, nothing is stored, and the split
 * is kept for the admin to look at. A page ingest would store ends as SPLIT; one stored already, or met earlier in
 * the same run, as DUPLICATE; one whose slot is taken (in the archive or earlier in the run, and no replace asked)
 * as CONFLICT.
 */
final class PreviewingIngester implements BulkIngest.Ingester {

	private final IngestService ingest;

	private final boolean replace;

	/** What a real run would have stored before the page at hand: file hashes and slots. */
	private final Set<String> hashes = new HashSet<>();

	private final Set<String> slots = new HashSet<>();

	PreviewingIngester(IngestService ingest, boolean replace) {
		this.ingest = ingest;
		this.replace = replace;
	}

	@Override
	public BulkIngest.Done ingest(RawPage page) {
		IngestService.DryRun dry = ingest.dryRun(page, replace);
		IngestResult wouldBe = dry.wouldBe();
		if (dry.parsed() == null) {
			return BulkIngest.Done.of(wouldBe);
		}
		if (!hashes.add(IngestService.sha256(page.bytes()))) {
			String english = "the same file comes earlier in this upload; a real run stores it once";
			return new BulkIngest.Done(BulkIngest.Outcome.DUPLICATE, 0,
					new IngestReason("sameFileInUpload", List.of(), english), english, List.of());
		}
		// One page however its label was typed: "2" and "02" in one upload are one slot, as the archive stores them.
		if (!slots.add(page.newspaper() + "\t" + page.date() + "\t" + ingest.pageKey(page.pageLabel())) && !replace) {
			String english = "another file of this upload is the same newspaper, date and page; a real run stores the first";
			return new BulkIngest.Done(BulkIngest.Outcome.CONFLICT, 0,
					new IngestReason("samePageInUpload", List.of(), english), english, List.of());
		}
		return new BulkIngest.Done(BulkIngest.Outcome.SPLIT, wouldBe.articles(), wouldBe.reason(), wouldBe.message(),
				dry.parsed().articles().stream().map(ArticlePreview::of).toList());
	}

}
