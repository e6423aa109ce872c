package org.baoku;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL in a test folder for a migration's test: migrated up to a version, filled with the rows the
 * migration must carry over, then migrated to the end.
 */
final class MigratedDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final JdbcClient jdbc;

	private MigratedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
		this.jdbc = JdbcClient.create(postgres.getPostgresDatabase());
	}

	/** A new database in the test folder {@code name}, migrated up to {@code version}. */
	static MigratedDatabase upTo(String name, String version) throws IOException {
		MigratedDatabase database = new MigratedDatabase(
				EmbeddedPostgres.builder().setDataDirectory(TestDataDir.path(name)).start());
		database.migrate(version);
		return database;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	/** Every migration after the version it was made at. */
	void migrateToTheEnd() {
		migrate(null);
	}

	private void migrate(String target) {
		var config = Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration");
		if (target != null) {
			config.target(target);
		}
		config.load().migrate();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
