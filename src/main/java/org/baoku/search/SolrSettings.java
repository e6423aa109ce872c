package org.baoku.search;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where SolrCloud is, when {@code baoku.search.engine=solr} ({@code BAOKU_SEARCH_ENGINE=solr}); environment variables
 * such as {@code BAOKU_SEARCH_SOLR_URLS=http://solr1:8983/solr,http://solr2:8983/solr}.
 *
 * @param urls some of the cluster's nodes; the app reads the cluster's state from whichever answers
 * @param collection the alias searches use; each rebuild makes a collection behind it and swaps the alias
 * @param shards shards of a new collection
 * @param replicas copies of each shard
 * @param minReplicas copies an update must reach before its index work leaves the outbox (0: all of them)
 * @param configSet the name the app's configset (schema and solrconfig) is uploaded under, with the schema version
 */
@ConfigurationProperties("baoku.search.solr")
public record SolrSettings(@DefaultValue List<String> urls, @DefaultValue("baoku") String collection,
		@DefaultValue("2") int shards, @DefaultValue("2") int replicas, @DefaultValue("0") int minReplicas,
		@DefaultValue("baoku") String configSet) {

	/** Copies every update must reach. */
	public int requiredReplicas() {
		return minReplicas > 0 ? Math.min(minReplicas, replicas) : replicas;
	}

}
