package org.baoku.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in PostgreSQL (table {@code account}, V7). */
@Repository
class AccountRepository {

	/** An account with its stored password hash, for signing in. */
	record Credentials(Account account, String passwordHash) {
	}

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Credentials> credentials(String username) {
		return jdbc.sql("select * from account where username = :username")
			.param("username", username)
			.query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash")))
			.optional();
	}

	List<Account> all() {
		return jdbc.sql("select * from account order by username").query((rs, n) -> account(rs)).list();
	}

	long count() {
		return jdbc.sql("select count(*) from account").query(Long.class).single();
	}

	/** False when the name is taken. */
	boolean insert(String username, String passwordHash, Role role) {
		return jdbc.sql("""
				insert into account (username, password_hash, role) values (:username, :hash, :role)
				on conflict (username) do nothing""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("role", role.name())
			.update() == 1;
	}

	boolean setPassword(String username, String passwordHash) {
		return jdbc.sql("update account set password_hash = :hash, password_changed_at = now() where username = :username")
			.param("username", username)
			.param("hash", passwordHash)
			.update() == 1;
	}

	boolean setEnabled(String username, boolean enabled) {
		return jdbc.sql("update account set enabled = :enabled where username = :username")
			.param("username", username)
			.param("enabled", enabled)
			.update() == 1;
	}

	/** Enabled admins other than the named one: the last admin may not be disabled. */
	long otherEnabledAdmins(String username) {
		return jdbc.sql("select count(*) from account where role = 'ADMIN' and enabled and username <> :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private static Account account(ResultSet rs) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("password_changed_at", OffsetDateTime.class));
	}

}
