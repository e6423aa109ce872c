package org.baoku.admin;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.account.FirstAdmin;
import org.baoku.archive.ArchiveApi;
import org.baoku.config.BaokuProperties;
import org.baoku.search.SearchApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line when the app is ready, the last of its start: where it answers, which data folder and database it uses,
 * how many articles it holds, and where the admin's password came from.
 */
@Component
@ConditionalOnWebApplication
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

	private final BaokuProperties properties;

	private final ArchiveApi archive;

	private final ObjectProvider<EmbeddedPostgres> embedded;

	private final ObjectProvider<FirstAdmin> firstAdmin;

	private final DataSource dataSource;

	private final SearchApi search;

	ReadyLine(BaokuProperties properties, ArchiveApi archive, ObjectProvider<EmbeddedPostgres> embedded,
			ObjectProvider<FirstAdmin> firstAdmin, DataSource dataSource, SearchApi search) {
		this.search = search;
		this.properties = properties;
		this.archive = archive;
		this.embedded = embedded;
		this.firstAdmin = firstAdmin;
		this.dataSource = dataSource;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web ? web.getWebServer().getPort()
				: -1;
		FirstAdmin admin = firstAdmin.getIfAvailable();
		log.info("Baoku is ready at http://localhost:{}/ - data folder {}, {}, search on the {}, {} articles, admin password {}",
				port, dataFolder(), database(), search.engine(), archive.articleCount(),
				admin == null ? "unknown" : admin.passwordOutcome());
	}

	private Path dataFolder() {
		return properties.dataDir().toAbsolutePath().normalize();
	}

	/** The embedded database, or the external one named as its JDBC address names it (no user or password). */
	private String database() {
		if (embedded.getIfAvailable() != null) {
			return "embedded PostgreSQL in " + properties.postgresDir().toAbsolutePath().normalize();
		}
		try (var connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			int query = url.indexOf('?');
			return "external PostgreSQL " + (query < 0 ? url : url.substring(0, query));
		}
		catch (java.sql.SQLException ex) {
			return "external PostgreSQL (its address could not be read: " + ex.getMessage() + ")";
		}
	}

}
