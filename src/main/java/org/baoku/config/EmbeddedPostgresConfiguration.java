package org.baoku.config;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} configured, Baoku runs a real PostgreSQL 17 from the jar, keeping its files
 * under the data folder so the archive survives restarts and crashes: durable settings, and a server left running by
 * a killed app is stopped before a new one starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(BaokuProperties properties, DataDirLock dataDirLock) throws IOException {
		Files.createDirectories(properties.postgresDir());
		LeftoverPostgres.stopIfRunning(properties.postgresDir());
		log.info("No spring.datasource.url set: starting the embedded PostgreSQL in {}", properties.postgresDir());
		// The library's defaults are for throw-away test databases (-F, synchronous_commit=off); an archive must
		// keep every page it acknowledged, so durability is switched back on (a later -c wins over -F).
		return EmbeddedPostgres.builder()
			.setDataDirectory(properties.postgresDir())
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "50")
			// Stopped by this context, after the server and the scheduled work that use it have stopped: the
			// library's own JVM hook would stop it at once, beside them, leaving them to wait on a database gone.
			.setRegisterShutdownHook(false)
			.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
