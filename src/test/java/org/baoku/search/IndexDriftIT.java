package org.baoku.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.baoku.TestDataDir;
import org.baoku.archive.ArchiveApi;
import org.baoku.archive.ArticleView;
import org.baoku.archive.PageContents;
import org.baoku.archive.PageSnapshot;
import org.baoku.ingest.Corrections;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index loses writes it had taken, as SolrCloud can while a node dies: a page falls back to an older revision,
 * one keeps only some of its documents at the new one, one loses a document and keeps the rest at the new one, one
 * is gone; a page whose articles were all dropped is stored with nothing to index. Comparing the index with
 * PostgreSQL (at start and then every {@code baoku.index.check-interval}) asks for those pages again, but not for a
 * page whose work is still waiting. Nothing runs in the background here, so each step is the test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = { "baoku.index.check-interval=1h", "baoku.index.catch-up-interval=1h",
		"baoku.seed-on-first-start=true" })
class IndexDriftIT {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("index-drift").toString());
	}

	@Autowired
	ArchiveApi archive;

	@Autowired
	SearchEngine engine;

	@Autowired
	PageIndexer indexer;

	@Autowired
	IndexOutbox outbox;

	@Autowired
	Corrections corrections;

	@Autowired
	IngestService ingest;

	@Test
	void pagesTheIndexLostAreIndexedAgainUnlessTheirWorkIsWaiting() throws Exception {
		assertThat(archive.pageRevisions()).as("the seeds are stored").hasSizeGreaterThanOrEqualTo(5);
		// One page more than the seeds: a seed's text as another paper's page (a line more, or it is the same file).
		Path seed;
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			seed = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
		}
		IngestResult extra = ingest.ingest(new RawPage("漂移测试报", LocalDate.of(2021, 3, 1), "1", "drift.txt",
				(Files.readString(seed) + "\n").getBytes(StandardCharsets.UTF_8)), false);
		assertThat(extra.stored()).as(extra.toString()).isTrue();
		long shortOne = extra.pageId();
		List<PageSnapshot> pages = new ArrayList<>();
		for (long page : archive.pageRevisions().keySet()) {
			if (page == shortOne) {
				continue;
			}
			pages.add(archive.page(page).orElseThrow());
		}
		pages.sort(Comparator.comparingInt(p -> -p.articles().size()));
		assertThat(pages.get(2).articles()).as("three seed pages of two articles or more").hasSizeGreaterThanOrEqualTo(2);
		PageSnapshot older = pages.get(0);
		PageSnapshot partly = pages.get(1);
		PageSnapshot waiting = pages.get(2);
		long gone = pages.get(3).pageId();
		// An editor drops every article of a page: stored, with nothing to index, it is no stale page.
		PageSnapshot emptied = pages.get(4);
		for (ArticleView article : emptied.articles()) {
			corrections.dropArticle(article.id(), "editor");
		}
		indexer.catchUp();
		assertThat(archive.page(emptied.pageId()).orElseThrow().articles()).isEmpty();
		assertThat(indexer.stats().agree()).as("the seeds are indexed: %s", indexer.stats()).isTrue();
		assertThat(indexer.requestDrifted()).isZero();
		Map<Long, PageContents> stored = archive.indexedPages();
		PageSnapshot lostOne = archive.page(shortOne).orElseThrow();
		assertThat(lostOne.articles()).as("the extra page has two articles or more").hasSizeGreaterThanOrEqualTo(2);
		IndexTarget live = engine.live();
		live.replacePage(new PageSnapshot(older.pageId(), older.revision() - 1, older.articles()));
		// The page's other documents at the stored revision, its first one at none (the first write's).
		live.replacePage(new PageSnapshot(partly.pageId(), partly.revision(), partly.articles().subList(1, partly.articles().size())));
		((IndexGeneration) live).add(partly.articles().subList(0, 1));
		// A document lost alone: the page's others at its revision, one short.
		live.replacePage(new PageSnapshot(shortOne, lostOne.revision(),
				lostOne.articles().subList(1, lostOne.articles().size())));
		live.deletePage(gone);
		live.replacePage(new PageSnapshot(waiting.pageId(), waiting.revision() - 1, waiting.articles()));
		live.commit(live.appliedThrough());
		outbox.request(waiting.pageId(), waiting.revision());
		assertThat(indexer.stats().stalePages()).isEqualTo(5);

		assertThat(indexer.requestDrifted()).as("pages asked for again: the lost four, not the one with work waiting")
			.isEqualTo(4);
		assertThat(outbox.waiting(10)).extracting(IndexOutbox.Work::pageId)
			.containsExactlyInAnyOrder(waiting.pageId(), older.pageId(), partly.pageId(), shortOne, gone);
		indexer.catchUp();
		IndexStats stats = indexer.stats();
		assertThat(stats.agree()).as(stats.toString()).isTrue();
		assertThat(engine.live().pageContents()).isEqualTo(stored);
		assertThat(indexer.requestDrifted()).isZero();
	}

}
