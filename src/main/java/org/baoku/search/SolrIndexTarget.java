package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.NamedList;

import org.baoku.archive.ArticleView;
import org.baoku.archive.PageContents;
import org.baoku.archive.PageSnapshot;

/**
 * One SolrCloud collection that pages are written to: the one behind the alias, or a rebuild's new one. A page is
 * written as its articles added (overwriting by id) and the ids it no longer holds deleted by id, all routed to the
 * page's shard. Every update must reach {@link SolrSettings#requiredReplicas} copies or it fails, and its index work
 * stays in the outbox. So a page is always written, even when a search shows it at its revision already: what one
 * copy has committed says nothing of the others (a restarted copy commits what it recovered while its leader has
 * not), and a write skipped on it would mark the work done with no copy ever confirming it.
 */
final class SolrIndexTarget implements IndexTarget {

	/** More articles than any page prints. */
	private static final int PAGE_ROWS = 10_000;

	private static final int SCAN_ROWS = 10_000;

	private final CloudSolrClient client;

	private final SolrCollections collections;

	private final String collection;

	private final int requiredReplicas;

	SolrIndexTarget(CloudSolrClient client, SolrCollections collections, String collection, int requiredReplicas) {
		this.client = client;
		this.collections = collections;
		this.collection = collection;
		this.requiredReplicas = requiredReplicas;
	}

	String collection() {
		return collection;
	}

	@Override
	public void replacePage(PageSnapshot page) throws IOException {
		Set<String> stored = storedIds(page.pageId());
		Set<String> ids = new HashSet<>();
		page.articles().forEach(a -> ids.add(SolrDocuments.id(a.pageId(), a.id())));
		UpdateRequest update = new UpdateRequest();
		for (ArticleView article : page.articles()) {
			update.add(SolrDocuments.document(article, page.revision()));
		}
		for (String id : stored) {
			if (!ids.contains(id)) {
				update.deleteById(id, SolrDocuments.route(page.pageId()));
			}
		}
		send(update);
	}

	@Override
	public void deletePage(long pageId) throws IOException {
		Set<String> stored = storedIds(pageId);
		if (stored.isEmpty()) {
			return;
		}
		UpdateRequest update = new UpdateRequest();
		stored.forEach(id -> update.deleteById(id, SolrDocuments.route(pageId)));
		send(update);
	}

	/**
	 * The ids of the page's documents as of its shard leader's last commit: updates reach every other copy through
	 * the leader, so it is the copy that says which ids a page still has there.
	 */
	private Set<String> storedIds(long pageId) throws IOException {
		SolrQuery query = new SolrQuery(SolrFields.PAGE_ID + ":" + pageId).setFields(SolrFields.ID).setRows(PAGE_ROWS);
		query.set(ShardParams._ROUTE_, SolrDocuments.route(pageId));
		query.set(ShardParams.SHARDS_PREFERENCE, ShardParams.SHARDS_PREFERENCE_REPLICA_LEADER + ":true");
		Set<String> stored = new HashSet<>();
		for (SolrDocument doc : query(query).getResults()) {
			stored.add((String) doc.getFirstValue(SolrFields.ID));
		}
		return stored;
	}

	private void send(UpdateRequest update) throws IOException {
		NamedList<Object> response;
		try {
			response = client.request(update, collection);
		}
		catch (SolrServerException | SolrException ex) {
			throw new IOException("SolrCloud refused an update of " + collection + ": " + ex.getMessage(), ex);
		}
		int achieved = client.getMinAchievedReplicationFactor(collection, response);
		if (achieved < requiredReplicas) {
			throw new IOException("an update of " + collection + " reached " + achieved + " of the " + requiredReplicas
					+ " copies it needs; its index work stays queued");
		}
	}

	@Override
	public void commit(long appliedThrough) throws IOException {
		try {
			client.commit(collection, true, true);
		}
		catch (SolrServerException | SolrException ex) {
			throw new IOException("SolrCloud could not commit " + collection + ": " + ex.getMessage(), ex);
		}
		long before = appliedThrough();
		if (appliedThrough > before) {
			collections.setAppliedThrough(collection, appliedThrough);
		}
	}

	@Override
	public long appliedThrough() {
		try {
			return collections.appliedThrough(collection);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	@Override
	public Map<Long, PageContents> pageContents() throws IOException {
		PageTally tally = new PageTally();
		String cursor = CursorMarkParams.CURSOR_MARK_START;
		while (true) {
			SolrQuery query = new SolrQuery("*:*").setFields(SolrFields.PAGE_ID, IndexFields.PAGE_REVISION)
				.setRows(SCAN_ROWS)
				.setSort(SolrFields.ID, SolrQuery.ORDER.asc);
			query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
			QueryResponse found = query(query);
			for (SolrDocument doc : found.getResults()) {
				tally.add(((Number) doc.getFirstValue(SolrFields.PAGE_ID)).longValue(),
						((Number) doc.getFirstValue(IndexFields.PAGE_REVISION)).longValue());
			}
			if (cursor.equals(found.getNextCursorMark())) {
				return tally.pages();
			}
			cursor = found.getNextCursorMark();
		}
	}

	@Override
	public long documentCount() {
		try {
			return query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void mergeDown() throws IOException {
		try {
			client.optimize(collection, true, true, IndexTuning.SEGMENTS_AFTER_LOAD);
		}
		catch (SolrServerException | SolrException ex) {
			throw new IOException("SolrCloud could not merge " + collection + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void abandon() throws IOException {
		collections.delete(collection);
	}

	private QueryResponse query(SolrQuery query) throws IOException {
		try {
			return client.query(collection, query);
		}
		catch (SolrServerException | SolrException ex) {
			throw new IOException("SolrCloud did not answer a query of " + collection + ": " + ex.getMessage(), ex);
		}
	}


}
