package org.baoku;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import org.baoku.search.IndexStats;
import org.baoku.search.SearchApi;
import org.baoku.search.SolrLogging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole archive flow (ArchiveFlowContract: seeds, uploads, searches, facets, feeds) with search on a 3-node
 * SolrCloud ({@code baoku.search.engine=solr}): index work goes through the outbox to the cluster, and PostgreSQL and
 * the collection agree page by page.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SolrCloudArchiveIT extends ArchiveFlowContract {

	private static MiniSolrCloudCluster cluster;

	@Autowired
	SearchApi search;

	@DynamicPropertySource
	static void solrCloud(DynamicPropertyRegistry registry) throws Exception {
		SolrLogging.warningsOnly();
		Path base = Files.createTempDirectory(Path.of("target"), "solrcloud-app").toAbsolutePath();
		cluster = new MiniSolrCloudCluster.Builder(3, base).build();
		// The app's context outlives this class's callbacks: the cluster goes with the test JVM.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				cluster.shutdown();
			}
			catch (Exception ex) {
				// stopping anyway
			}
			FileSystemUtils.deleteRecursively(base.toFile());
		}, "solrcloud-clean-up"));
		List<String> urls = cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
		registry.add("baoku.search.engine", () -> "solr");
		registry.add("baoku.search.solr.urls", () -> String.join(",", urls));
		registry.add("baoku.data-dir", () -> TestDataDir.path("solrcloud").toString());
	}

	@Test
	void postgresAndTheCollectionAgreePageByPage() {
		search.indexWaitingPages();
		IndexStats stats = search.stats();
		assertThat(stats.agree()).as("%s", stats).isTrue();
		assertThat(stats.articlesInIndex()).isEqualTo(stats.articlesInDatabase()).isPositive();
		assertThat(stats.pagesInIndex()).isEqualTo(stats.pagesInDatabase());
		assertThat(search.engine()).startsWith("SolrCloud alias baoku");
	}

}
