package org.baoku;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
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
	 * With both nodes that hold one shard down the cluster cannot take a page's update on two copies: a page stored
	 * meanwhile is in PostgreSQL at once and its index work waits in the outbox; when the nodes are back the background
	 * catch-up applies it and they agree again. The nodes come back even when an assertion fails, so the next test
	 * meets a whole cluster.
	 */
	@Test
	void aPageStoredWhileNodesAreDownWaitsInTheOutboxAndCatchesUp() throws Exception {
		search.indexWaitingPages();
		String collection = cluster.getZkStateReader().getAliases().resolveSimpleAlias("baoku");
		List<JettySolrRunner> down = nodesHolding(collection, firstShardOf(collection));
		for (JettySolrRunner node : down) {
			cluster.stopJettySolrRunner(node);
			cluster.waitForJettyToStop(node);
		}
		try {
			whileAShardHasNoLiveCopy();
		}
		finally {
			for (JettySolrRunner node : down) {
				if (node.isStopped()) {
					cluster.startJettySolrRunner(node, true);
				}
				cluster.waitForNode(node, 60);
			}
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

	/**
	 * Both copies of one shard are down (and so at least one copy of the other): no update reaches the two copies it
	 * needs, and no search can see the whole collection.
	 */
	private void whileAShardHasNoLiveCopy() {
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
	}

	private String firstShardOf(String collection) {
		return cluster.getZkStateReader().getClusterState().getCollection(collection).getSlices().stream()
			.map(Slice::getName).sorted().findFirst().orElseThrow();
	}

	/**
	 * The nodes that hold a copy of the shard. Which nodes those are is the cluster's choice: stopping two fixed nodes
	 * left, on some runs, a node with a copy of every shard, and searches kept answering.
	 */
	private List<JettySolrRunner> nodesHolding(String collection, String shard) {
		Set<String> nodes = cluster.getZkStateReader().getClusterState().getCollection(collection).getSlice(shard)
			.getReplicas().stream().map(Replica::getNodeName).collect(Collectors.toSet());
		List<JettySolrRunner> holding = cluster.getJettySolrRunners().stream()
			.filter(j -> nodes.contains(j.getNodeName())).toList();
		assertThat(holding).as("nodes holding %s", shard).hasSize(2);
		return holding;
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
