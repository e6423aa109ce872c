package org.baoku.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud node in a JVM of its own, joined to a test cluster's ZooKeeper, so a test can kill it as a machine
 * dies ({@code kill -9}) and start it again on the same folder and port.
 */
final class SolrNodeProcess {

	private final Path home;

	private final String zkHost;

	private final int port;

	private final Path log;

	private Process process;

	SolrNodeProcess(Path home, String zkHost) throws IOException {
		this.home = home;
		this.zkHost = zkHost;
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.log = home.resolveSibling(home.getFileName() + ".log");
		Files.createDirectories(home);
		Files.writeString(home.resolve("solr.xml"), MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML, StandardCharsets.UTF_8);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port + "/solr";
	}

	String nodeName() {
		return "127.0.0.1:" + port + "_solr";
	}

	/** Starts the node; it has joined the cluster when its node name is among the live nodes. */
	void start() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"-DzkHost=" + zkHost, "-DhostPort=" + port, "-DzkClientTimeout=15000", "-Djava.io.tmpdir=" + home,
				SolrNodeProcess.class.getName(), home.toString(), Integer.toString(port)))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
	}

	/** As a machine dies: SIGKILL, no shutdown of any kind. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	public static void main(String[] args) throws Exception {
		SolrLogging.warningsOnly();
		JettySolrRunner jetty = new JettySolrRunner(args[0],
				JettyConfig.builder().setPort(Integer.parseInt(args[1])).setContext("/solr").stopAtShutdown(true).build());
		jetty.start();
		new CountDownLatch(1).await();
	}

}
