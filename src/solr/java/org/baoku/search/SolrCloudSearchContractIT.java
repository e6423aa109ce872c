package org.baoku.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.CommonParams;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import org.baoku.archive.PageContents;
import org.baoku.archive.PageSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search contract on a 3-node SolrCloud with a 2-shard × 2-replica collection (MiniSolrCloudCluster: ZooKeeper
 * and two Jetty nodes in this JVM, the third node in a JVM of its own), then that node killed ({@code kill -9}) while
 * two clients search and pages are re-ingested, and started again. Prints one line with what held.
 */
class SolrCloudSearchContractIT extends SearchContract {

	private static final int NODES = 3;

	private static final int SHARDS = 2;

	private static final int REPLICAS = 2;

	private static final Duration NODE_DOWN = Duration.ofSeconds(20);

	/** More than any test page's articles. */
	private static final int PAGE_DOCS = 10_000;

	private Path base;

	private MiniSolrCloudCluster cluster;

	private CloudSolrClient client;

	private SolrNodeProcess third;

	@Override
	protected SearchEngine open() throws Exception {
		SolrLogging.warningsOnly();
		base = Files.createTempDirectory(Path.of("target"), "solrcloud").toAbsolutePath();
		cluster = new MiniSolrCloudCluster.Builder(NODES - 1, base).build();
		third = new SolrNodeProcess(base.resolve("node-process"), cluster.getZkServer().getZkAddress());
		third.start();
		waitUntilLive(third.nodeName(), true);
		List<String> urls = new ArrayList<>(cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList());
		urls.add(third.baseUrl());
		client = SolrSearchEngine.client(urls);
		return new SolrSearchEngine(client, new SolrSettings(urls, "baoku", SHARDS, REPLICAS, 0, "baoku"));
	}

	@Override
	protected void close() throws Exception {
		try {
			client.close();
			third.stop();
			cluster.shutdown();
		}
		finally {
			FileSystemUtils.deleteRecursively(base);
		}
		System.out.printf("solrcloud: nodes=%d shards=%d replicas=%d docs=%d recall=%s facets=%s totals=%s highlight=%s "
				+ "failover_ok=%s catchup=%s%n", NODES, SHARDS, REPLICAS, corpus.size(), outcome.getOrDefault("recall", "-"),
				outcome.getOrDefault("facets", "-"), outcome.getOrDefault("totals", "-"),
				outcome.getOrDefault("highlight", "-"), outcome.getOrDefault("failover", "-"),
				outcome.getOrDefault("catchup", "-"));
	}

	private void waitUntilLive(String node, boolean live) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (cluster.getZkStateReader().getClusterState().getLiveNodes().contains(node) != live) {
			if (System.nanoTime() > until) {
				throw new IllegalStateException(node + (live ? " did not join" : " did not leave") + " the cluster");
			}
			Thread.sleep(200);
		}
	}

	/**
	 * Each copy's revisions of the pages, read from the copy alone (distrib=false): shard, then copy, then page to the
	 * revisions its documents carry.
	 */
	private Map<String, Map<String, Map<Long, Set<Long>>>> copiesOf(String collection, List<PageSnapshot> pages) {
		String ids = pages.stream().map(p -> Long.toString(p.pageId())).collect(Collectors.joining(" OR "));
		Map<String, Map<String, Map<Long, Set<Long>>>> shards = new TreeMap<>();
		for (Slice shard : cluster.getZkStateReader().getClusterState().getCollection(collection).getSlices()) {
			for (Replica replica : shard.getReplicas()) {
				Map<Long, Set<Long>> revisions = new TreeMap<>();
				try (SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
					SolrQuery query = new SolrQuery(SolrFields.PAGE_ID + ":(" + ids + ")")
						.setFields(SolrFields.PAGE_ID, IndexFields.PAGE_REVISION).setRows(PAGE_DOCS);
					query.set(CommonParams.DISTRIB, false);
					for (SolrDocument doc : core.query(replica.getCoreName(), query).getResults()) {
						revisions.computeIfAbsent(((Number) doc.getFirstValue(SolrFields.PAGE_ID)).longValue(), k -> new TreeSet<>())
							.add(((Number) doc.getFirstValue(IndexFields.PAGE_REVISION)).longValue());
					}
				}
				catch (Exception unreadable) {
					revisions = null;
				}
				shards.computeIfAbsent(shard.getName(), k -> new TreeMap<>())
					.put(replica.getName() + " on " + replica.getNodeName(), revisions);
			}
		}
		return shards;
	}

	/**
	 * Commits until the copies of each shard, read alone, hold the same pages at the same revisions and every page is
	 * in some shard (at most two minutes); returns what they hold.
	 */
	private Map<String, Map<String, Map<Long, Set<Long>>>> settled(String collection, List<PageSnapshot> pages)
			throws IOException, InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (true) {
			engine.live().commit(0);
			Map<String, Map<String, Map<Long, Set<Long>>>> copies = copiesOf(collection, pages);
			if (agree(copies, pages) || System.nanoTime() > until) {
				return copies;
			}
			Thread.sleep(500);
		}
	}

	private static boolean agree(Map<String, Map<String, Map<Long, Set<Long>>>> shards, List<PageSnapshot> pages) {
		Set<Long> found = new TreeSet<>();
		for (Map<String, Map<Long, Set<Long>>> copies : shards.values()) {
			if (copies.containsValue(null) || new HashSet<>(copies.values()).size() != 1) {
				return false;
			}
			copies.values().forEach(c -> found.addAll(c.keySet()));
		}
		return found.equals(pages.stream().map(PageSnapshot::pageId).collect(Collectors.toSet()));
	}

	/** The pages no copy holds, or that some copy of their shard lacks or holds a document of at another revision. */
	private static List<PageSnapshot> drifted(Map<String, Map<String, Map<Long, Set<Long>>>> shards,
			List<PageSnapshot> pages, long revision) {
		Set<Long> found = new TreeSet<>();
		Set<Long> wrong = new TreeSet<>();
		for (Map<String, Map<Long, Set<Long>>> copies : shards.values()) {
			if (copies.containsValue(null)) {
				return pages;
			}
			Set<Long> inShard = new TreeSet<>();
			copies.values().forEach(c -> inShard.addAll(c.keySet()));
			for (long page : inShard) {
				if (copies.values().stream().anyMatch(c -> !Set.of(revision).equals(c.get(page)))) {
					wrong.add(page);
				}
			}
			found.addAll(inShard);
		}
		return pages.stream().filter(p -> wrong.contains(p.pageId()) || !found.contains(p.pageId())).toList();
	}

	/**
	 * One node killed: two clients keep searching (every answer checked against the truth) and pages are re-ingested
	 * (an update that cannot reach both copies fails and waits, as in the outbox); then the node starts again, the
	 * waiting pages are applied and every replica is active and agrees.
	 */
	@Test
	@Order(100)
	void searchesGoOnWhileANodeIsDownAndWaitingWorkCatchesUp() throws Exception {
		SolrSearchEngine solr = (SolrSearchEngine) engine;
		String collection = ((SolrIndexTarget) engine.live()).collection();
		List<String> queries = recallQueries().subList(0, 40);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger right = new AtomicInteger();
		List<Thread> searchers = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			Random random = new Random(t);
			Thread searcher = new Thread(() -> {
				while (running.get()) {
					String query = queries.get(random.nextInt(queries.size()));
					answered.incrementAndGet();
					try {
						if (engine.search(SearchRequest.of(query, 1, 10)).total() == truth(query).size()) {
							right.incrementAndGet();
						}
					}
					catch (RuntimeException ex) {
						// counted as answered wrongly
					}
				}
			}, "searcher-" + t);
			searcher.start();
			searchers.add(searcher);
		}
		Thread.sleep(2_000);
		assertThat(cluster.getZkStateReader().getClusterState().getCollection(collection).getReplicas(third.nodeName()))
			.as("replicas on the node to be killed").isNotEmpty();
		third.kill();
		// Re-ingest every page at a new revision while the node is down: what cannot reach both copies waits.
		ConcurrentLinkedQueue<PageSnapshot> waiting = new ConcurrentLinkedQueue<>();
		long until = System.nanoTime() + NODE_DOWN.toNanos();
		List<PageSnapshot> pages = pages(corpus, 7).subList(0, 60);
		for (PageSnapshot page : pages) {
			try {
				engine.live().replacePage(page);
			}
			catch (IOException ex) {
				waiting.add(page);
			}
		}
		long left = until - System.nanoTime();
		if (left > 0) {
			TimeUnit.NANOSECONDS.sleep(left);
		}
		third.start();
		waitUntilLive(third.nodeName(), true);
		cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, SHARDS, SHARDS * REPLICAS);
		Thread.sleep(2_000);
		running.set(false);
		for (Thread searcher : searchers) {
			searcher.join();
		}
		// The outbox's retry: each waiting page again until every copy takes it (the restarted node's replicas
		// recover from their leaders first).
		long retryUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		for (PageSnapshot page : waiting) {
			while (true) {
				try {
					engine.live().replacePage(page);
					break;
				}
				catch (IOException notYet) {
					if (System.nanoTime() > retryUntil) {
						throw notYet;
					}
					Thread.sleep(1_000);
				}
			}
		}
		// The restarted node's copies say "active" from before the kill until their recovery begins, so the collection
		// looks whole at once; while they recover they take the retried pages into a buffer, not the index, and a
		// search may read the old revision there for some seconds (read alone, a copy showed revision 4 of pages
		// taken at 7, and 7 five seconds later). So first the copies of each shard must come to agree.
		long agreeStarted = System.nanoTime();
		Map<String, Map<String, Map<Long, Set<Long>>>> copies = settled(collection, pages);
		long agreedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - agreeStarted);
		// Then the app's comparison with PostgreSQL (PageIndexer.requestDrifted, every baoku.index.check-interval):
		// a page the cluster acknowledged but holds, in part or whole, at another revision is written again. In CI
		// both copies once held page 1 with some documents at revision 4 after it was written at 7 right after the
		// kill; what each copy held is printed when it happens.
		List<PageSnapshot> drifted = drifted(copies, pages, 7);
		if (!drifted.isEmpty()) {
			System.out.printf("solrcloud failover: %d pages not at their revision on settled copies, written again: %s%n",
					drifted.size(), copies);
			for (PageSnapshot page : drifted) {
				engine.live().replacePage(page);
			}
			copies = settled(collection, pages);
		}
		assertThat(drifted(copies, pages, 7)).as("every copy holds every page at its new revision: %s", copies).isEmpty();
		assertThat(agree(copies, pages)).as("the copies of each shard agree: %s", copies).isTrue();
		assertThat(engine.live().pageContents()).as("every page at its new revision, with each of its documents")
			.containsAllEntriesOf(pages.stream()
				.collect(Collectors.toMap(PageSnapshot::pageId, p -> new PageContents(7, p.articles().size()))));
		assertThat(engine.search(SearchRequest.of("", 1, 10)).total()).isEqualTo(corpus.size());
		System.out.printf("solrcloud failover: %d of %d searches right with node %s killed for %d s; %d of %d pages waited;"
				+ " copies agreed %d ms after the retries; %d pages written again after the comparison%n", right.get(),
				answered.get(), third.nodeName(), NODE_DOWN.toSeconds(), waiting.size(), pages.size(), agreedMillis,
				drifted.size());
		outcome.put("failover", right.get() + "/" + answered.get());
		outcome.put("catchup", drifted.isEmpty() ? "ok" : "ok (" + drifted.size() + " written again)");
		assertThat(right.get()).isEqualTo(answered.get());
		assertThat(solr.describe()).contains(collection);
	}

}
