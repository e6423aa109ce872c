package org.baoku;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

	@LocalServerPort
	int port;

	/**
	 * With two of the three nodes down the cluster cannot take a page's update on two copies (the client finds no
	 * healthy node for it at all): a page stored meanwhile is in PostgreSQL at once and its index work waits in the
	 * outbox; when the nodes
	 * are back the background catch-up applies it and they agree again.
	 */
	@Test
	void aPageStoredWhileNodesAreDownWaitsInTheOutboxAndCatchesUp() throws Exception {
		search.indexWaitingPages();
		String collection = cluster.getZkStateReader().getAliases().resolveSimpleAlias("baoku");
		List<JettySolrRunner> down = List.of(cluster.getJettySolrRunner(1), cluster.getJettySolrRunner(2));
		for (JettySolrRunner node : down) {
			cluster.stopJettySolrRunner(node);
			cluster.waitForJettyToStop(node);
		}
		ApiClient.Answer stored = new ApiClient("http://127.0.0.1:" + port, ADMIN_PASSWORD)
			.upload(TestPages.page("节点宕机", "", 2), "宕机报", "2024-08-01", "1", false);
		assertThat(stored.status()).as(stored.body()).isBetween(200, 299);
		// (The stats would read the collection, which has shards without a live copy now: PostgreSQL tells.)
		assertThat(jdbc.sql("select count(*) from index_outbox").query(Long.class).single()).as("index work waiting")
			.isPositive();
		// Meanwhile a search is told the cluster does not answer (503, with a reason and when to try again), not a
		// server error, and an article's page still opens, without related articles.
		ApiClient reader = new ApiClient("http://127.0.0.1:" + port, ADMIN_PASSWORD);
		ApiClient.Answer searched = reader.search("节点宕机");
		assertThat(searched.status()).as(searched.body()).isEqualTo(503);
		assertThat(searched.json().get("message").asText()).contains("SolrCloud");
		ApiClient.Answer page = reader.get("/search?q=" + java.net.URLEncoder.encode("节点宕机", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.body()).contains("检索服务暂时无法连接");
		long anArticle = jdbc.sql("select min(id) from article").query(Long.class).single();
		assertThat(reader.get("/articles/" + anArticle).status()).isEqualTo(200);
		for (JettySolrRunner node : down) {
			cluster.startJettySolrRunner(node, true);
			cluster.waitForNode(node, 60);
		}
		cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, 2, 4);
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		IndexStats caughtUp = search.stats();
		while (!caughtUp.agree() && System.nanoTime() < until) {
			// The scheduled catch-up (every 5 s) applies the waiting rows once every copy can take them.
			Thread.sleep(1_000);
			caughtUp = search.stats();
		}
		assertThat(caughtUp.agree()).as("%s", caughtUp).isTrue();
		assertThat(caughtUp.backlog()).isZero();
		assertThat(new ApiClient("http://127.0.0.1:" + port, ADMIN_PASSWORD).search("节点宕机").json().get("total").asInt())
			.isEqualTo(2);
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
