package org.baoku.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same searches done by PostgreSQL alone, on the same tables: each gives the same page of 10 hits (newest
 * first: PostgreSQL has no relevance), the total and the year, reporter and official counts, in one statement.
 * Snippets are not highlighted (the first characters of the body stand in), which favours PostgreSQL.
 */
public final class PostgresBaseline {

	public record Run(Latencies latencies, long[] totals) {
	}

	private static final String SEARCH = """
			WITH m AS MATERIALIZED (SELECT a.id, i.issue_date FROM %s WHERE %s)
			SELECT (SELECT count(*) FROM m),
			  (SELECT string_agg(hit.headline || ' ' || left(hit.body, 80), E'\\n') FROM (SELECT a.headline, a.body FROM m
			     JOIN article a ON a.id = m.id ORDER BY m.issue_date DESC, m.id DESC LIMIT 10 OFFSET ?) hit),
			  (SELECT json_agg(y) FROM (SELECT extract(year FROM issue_date) AS year, count(*) AS n FROM m GROUP BY 1) y),
			  (SELECT json_agg(r) FROM (SELECT r.name, count(*) AS n FROM m JOIN article_reporter ar ON ar.article_id = m.id
			     JOIN reporter r ON r.id = ar.reporter_id GROUP BY r.name ORDER BY n DESC LIMIT 10) r),
			  (SELECT json_agg(o) FROM (SELECT o.name, count(*) AS n FROM m JOIN article_official ao ON ao.article_id = m.id
			     JOIN official o ON o.id = ao.official_id GROUP BY o.name ORDER BY n DESC LIMIT 10) o)
			""";

	private final Connection db;

	public PostgresBaseline(Connection db) {
		this.db = db;
	}

	/** Opens a connection of its own for each client. */
	public interface Connections {

		Connection open() throws Exception;

	}

	/**
	 * A few searches to warm the cache, then every search of the mix once, timed, shared out among {@code clients}
	 * connections that search at the same time (as the app's clients do).
	 */
	public Run run(List<BenchQuery> mix, int clients, Connections connections) throws Exception {
		for (BenchQuery query : mix.subList(0, Math.min(3, mix.size()))) {
			search(db, query);
		}
		Latencies latencies = new Latencies();
		long[] totals = new long[mix.size()];
		AtomicInteger next = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		List<Exception> failures = new CopyOnWriteArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread thread = new Thread(() -> {
				try (Connection own = connections.open()) {
					for (int i = next.getAndIncrement(); i < mix.size(); i = next.getAndIncrement()) {
						long start = System.nanoTime();
						totals[i] = search(own, mix.get(i));
						latencies.add(System.nanoTime() - start);
					}
				}
				catch (Exception ex) {
					failures.add(ex);
				}
			}, "bench-postgres-" + c);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		return new Run(latencies, totals);
	}

	private static long search(Connection db, BenchQuery query) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(SEARCH.formatted(PostgresText.FROM, query.sqlWhere()))) {
			int at = bind(statement, query);
			statement.setInt(at, (query.page() - 1) * BenchQuery.PAGE_SIZE);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Every article the search's condition selects (untimed; the same with or without the trigram index). */
	public BitSet ids(BenchQuery query) throws SQLException {
		BitSet ids = new BitSet();
		try (PreparedStatement statement = db.prepareStatement(
				"SELECT a.id FROM " + PostgresText.FROM + " WHERE " + query.sqlWhere())) {
			bind(statement, query);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.set((int) rows.getLong(1));
				}
			}
		}
		return ids;
	}

	/** Creates the extension and the GIN index on the searched expression; its size in MB. */
	public long createTrigramIndex() throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
			statement.execute("SET maintenance_work_mem = '512MB'");
			statement.execute(PostgresText.CREATE_TRIGRAM_INDEX);
			statement.execute("ANALYZE article");
			try (ResultSet size = statement.executeQuery("SELECT pg_relation_size('bench_article_trgm')")) {
				size.next();
				return size.getLong(1) >> 20;
			}
		}
	}

	/** Whether pg_trgm makes trigrams of Chinese characters in this database's locale (it needs a UTF-8 ctype). */
	public String trigramsOfChinese() throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT datctype, show_trgm('新闻报道') FROM pg_database WHERE datname = current_database()")) {
			rows.next();
			return "ctype " + rows.getString(1) + ", show_trgm('新闻报道') = " + rows.getString(2);
		}
	}

	public long databaseMb() throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
			rows.next();
			return rows.getLong(1) >> 20;
		}
	}

	private static int bind(PreparedStatement statement, BenchQuery query) throws SQLException {
		int at = 1;
		for (Object p : query.sqlParams()) {
			statement.setObject(at++, p);
		}
		return at;
	}

}
