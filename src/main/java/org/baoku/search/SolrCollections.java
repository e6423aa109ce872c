package org.baoku.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.springframework.core.io.ClassPathResource;

/**
 * The collections behind the search alias: the configset uploaded once per schema version, a collection per
 * (re)build named by when it was made, and the alias swapped atomically from the old collection to a new one.
 */
final class SolrCollections {

	/** The configset's files, in the jar under solr/baoku/conf. */
	private static final List<String> CONFIG_FILES = List.of("schema.xml", "solrconfig.xml");

	private static final String APPLIED_PREFIX = "baoku.applied.";

	private final SolrClient client;

	private final SolrSettings settings;

	SolrCollections(SolrClient client, SolrSettings settings) {
		this.client = client;
		this.settings = settings;
	}

	/** The configset of this version of the schema: a schema change is a new configset, and a rebuild. */
	String configName() {
		return settings.configSet() + "-" + ArticleIndex.SCHEMA;
	}

	String alias() {
		return settings.collection();
	}

	/** Uploads the app's configset unless the cluster has it already. */
	void ensureConfigSet() throws IOException {
		List<String> present = run(new ConfigSetAdminRequest.List()).getConfigSets();
		if (present.contains(configName())) {
			return;
		}
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			for (String file : CONFIG_FILES) {
				out.putNextEntry(new ZipEntry(file));
				try (InputStream in = new ClassPathResource("solr/baoku/conf/" + file).getInputStream()) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		ContentStreamBase.ByteArrayStream stream = new ContentStreamBase.ByteArrayStream(zip.toByteArray(), "configset.zip",
				"application/zip");
		run(new ConfigSetAdminRequest.Upload().setConfigSetName(configName()).setUploadStream(stream));
	}

	/** The collection the alias points at, if there is one. */
	Optional<String> live() throws IOException {
		Map<String, String> aliases = run(new CollectionAdminRequest.ListAliases()).getAliases();
		return Optional.ofNullable(aliases.get(alias()));
	}

	/** The configset a collection was made with. */
	Optional<String> configOf(String collection) throws IOException {
		NamedList<Object> status = run(CollectionAdminRequest.getClusterStatus().setCollectionName(collection)).getResponse();
		Object name = status.findRecursive("cluster", "collections", collection, "configName");
		return Optional.ofNullable(name == null ? null : name.toString());
	}

	/** A new, empty collection with every replica active. */
	String create() throws IOException {
		ensureConfigSet();
		String name = alias() + "_" + Instant.now().toEpochMilli();
		run(CollectionAdminRequest.createCollection(name, configName(), settings.shards(), settings.replicas())
			.setRouterName("compositeId"));
		return name;
	}

	/** Points the alias at {@code collection}: searches move over in one step. */
	void point(String collection) throws IOException {
		run(CollectionAdminRequest.createAlias(alias(), collection));
	}

	void delete(String collection) throws IOException {
		run(CollectionAdminRequest.deleteCollection(collection));
	}

	/** How far the outbox was applied to {@code collection}, kept as a property of the alias. */
	long appliedThrough(String collection) throws IOException {
		Map<String, String> properties = run(new CollectionAdminRequest.ListAliases()).getAliasProperties()
			.getOrDefault(alias(), Map.of());
		String value = properties.get(APPLIED_PREFIX + collection);
		return value == null ? 0 : Long.parseLong(value);
	}

	void setAppliedThrough(String collection, long applied) throws IOException {
		if (live().isEmpty()) {
			return;
		}
		run(new CollectionAdminRequest.SetAliasProperty(alias()).addProperty(APPLIED_PREFIX + collection,
				Long.toString(applied)));
	}

	private <T extends SolrResponse> T run(SolrRequest<T> request)
			throws IOException {
		try {
			return request.process(client);
		}
		catch (SolrServerException ex) {
			throw new IOException("SolrCloud did not answer: " + ex.getMessage(), ex);
		}
	}

}
