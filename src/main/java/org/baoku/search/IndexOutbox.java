package org.baoku.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The index work PostgreSQL holds for the indexer: one row per stored or replaced page revision, written by the
 * ingest in the same transaction as the page. Rows are deleted once the index has committed them.
 */
@Repository
class IndexOutbox {

	/** One page to (re)index. */
	record Work(long id, long pageId, long revision) {
	}

	private final JdbcClient jdbc;

	IndexOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The oldest rows waiting. Rows are taken whatever their ids: a transaction with a lower id can commit after
	 * one with a higher id, so "everything above the last id applied" would miss it.
	 */
	List<Work> waiting(int limit) {
		return jdbc.sql("select id, page_id, revision from index_outbox order by id limit :n")
			.param("n", limit)
			.query((rs, n) -> new Work(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	void done(List<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("delete from index_outbox where id in (:ids)").param("ids", ids).update();
		}
	}

	/** The pages some waiting work is for. */
	Set<Long> waitingPages() {
		return new HashSet<>(jdbc.sql("select distinct page_id from index_outbox").query(Long.class).list());
	}

	long backlog() {
		return jdbc.sql("select count(*) from index_outbox").query(Long.class).single();
	}

	/** Asks for the pages to be indexed again (a repair found them stale). */
	void request(long pageId, long revision) {
		jdbc.sql("insert into index_outbox (page_id, revision) values (:page, :revision)")
			.param("page", pageId)
			.param("revision", revision)
			.update();
	}

}
