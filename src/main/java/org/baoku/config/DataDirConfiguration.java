package org.baoku.config;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data folder belongs to this process while it runs ({@link DataDirLock}). */
@Configuration(proxyBeanMethods = false)
class DataDirConfiguration {

	@Bean(destroyMethod = "close")
	DataDirLock dataDirLock(BaokuProperties properties) throws IOException {
		return DataDirLock.take(properties.dataDir());
	}

}
