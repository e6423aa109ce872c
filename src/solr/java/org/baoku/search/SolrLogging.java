package org.baoku.search;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Solr, ZooKeeper and Jetty log warnings only in the tests and benchmarks: a line per request costs time and hides the figures. */
public final class SolrLogging {

	private SolrLogging() {
	}

	public static void warningsOnly() {
		for (String name : new String[] { "org.apache.solr", "org.apache.zookeeper", "org.eclipse.jetty", "org.apache.curator" }) {
			((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
		}
	}

}
