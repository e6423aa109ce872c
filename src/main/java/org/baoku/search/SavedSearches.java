package org.baoku.search;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved searches of each account, by the account's user name. */
@Repository
class SavedSearches {

	/** How many searches one account may keep: enough for a beat, few enough to count on every visit of the list. */
	static final int MAX_PER_ACCOUNT = 100;

	private final JdbcClient jdbc;

	SavedSearches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An account's saved searches, by its user name. */
	private static final String OF_ACCOUNT = """
			select s.id, s.name, s.query, s.seen_up_to, s.created_at, s.visited_at
			from saved_search s join account a on a.id = s.account_id
			where a.username = :username""";

	List<SavedSearch> of(String username) {
		return jdbc.sql(OF_ACCOUNT + " order by s.created_at, s.id")
			.param("username", username)
			.query(SavedSearch.class)
			.list();
	}

	Optional<SavedSearch> find(String username, long id) {
		return jdbc.sql(OF_ACCOUNT + " and s.id = :id")
			.param("username", username)
			.param("id", id)
			.query(SavedSearch.class)
			.optional();
	}

	/** Keeps a search; false when the account keeps it already. */
	boolean save(String username, String name, String query, long seenUpTo) {
		return jdbc.sql("""
				insert into saved_search (account_id, name, query, seen_up_to)
				select a.id, :name, :query, :seenUpTo from account a where a.username = :username
				on conflict (account_id, query) do nothing""")
			.param("username", username)
			.param("name", name)
			.param("query", query)
			.param("seenUpTo", seenUpTo)
			.update() == 1;
	}

	int count(String username) {
		return jdbc.sql("""
				select count(*) from saved_search s join account a on a.id = s.account_id
				where a.username = :username""")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	/** A visit: what the index holds now is seen. */
	void visited(long id, long seenUpTo) {
		jdbc.sql("update saved_search set seen_up_to = greatest(seen_up_to, :seenUpTo), visited_at = now() where id = :id")
			.param("id", id)
			.param("seenUpTo", seenUpTo)
			.update();
	}

	boolean delete(String username, long id) {
		return jdbc.sql("""
				delete from saved_search s using account a
				where a.id = s.account_id and a.username = :username and s.id = :id""")
			.param("username", username)
			.param("id", id)
			.update() == 1;
	}

}
