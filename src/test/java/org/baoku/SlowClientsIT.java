package org.baoku;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 250 clients that send request bodies one byte a second (to the search page, the upload form without a password
 * and the upload API with a wrong one) must not keep searches from being answered: a probe search's p99 stays well under
 * the 20 s a held-up request would wait. Traffic goes to this machine's loopback only, for a bounded time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=slow-secret" })
class SlowClientsIT {

	private static final int SLOW_CLIENTS = 250;

	private static final long RUN_MILLIS = 15_000;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("slow").toString());
	}

	@LocalServerPort
	int port;

	@Test
	void slowBodiesLeaveSearchesAnswering() throws Exception {
		ApiClient api = new ApiClient("http://127.0.0.1:" + port, "slow-secret");
		assertThat(api.search("盐湖").status()).isEqualTo(200);
		List<SlowClient> clients = new ArrayList<>();
		String[][] targets = { { "/search", "" }, { "/admin/ingest", "" },
				{ "/api/admin/pages", "Authorization: Basic YWRtaW46d3Jvbmc=\r\n" } };
		for (int i = 0; i < SLOW_CLIENTS; i++) {
			clients.add(new SlowClient(port, targets[i % targets.length][0], targets[i % targets.length][1]));
		}
		CountDownLatch inPlace = new CountDownLatch(1);
		long dripEnd = System.currentTimeMillis() + RUN_MILLIS;
		Thread dripper = new Thread(() -> drip(clients, inPlace, dripEnd));
		dripper.start();
		// Probe once every slow client holds its connection (the first round connects them all, which takes a
		// couple of seconds on a busy machine): what is measured is searching beside them, not their arrival.
		assertThat(inPlace.await(RUN_MILLIS, TimeUnit.MILLISECONDS)).as("the slow clients connected").isTrue();
		Thread.sleep(1_000);
		List<Double> latencies = new ArrayList<>();
		long end = dripEnd - 1_000;
		while (System.currentTimeMillis() < end) {
			long started = System.nanoTime();
			ApiClient.Answer answer = api.get("/api/search", Map.of("q", "盐湖"));
			latencies.add((System.nanoTime() - started) / 1e6);
			assertThat(answer.status()).isEqualTo(200);
			Thread.sleep(50);
		}
		dripper.join();
		clients.forEach(SlowClient::close);
		double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double p50 = sorted[sorted.length / 2];
		double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
		long refused = clients.stream().mapToLong(c -> c.refusals).sum();
		System.out.printf("SlowClientsIT: %d slow-body clients, %d probe searches, p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
				+ " slow requests answered and cut off %d times%n", SLOW_CLIENTS, sorted.length, p50, p99,
				sorted[sorted.length - 1], refused);
		// Held up by the slow clients, a search would wait for a thread until the slow clients stop and the 20 s read
		// timeout (connection-timeout) cuts one off; a busy two-core machine answers the odd search in a second or
		// two beside 250 clients reconnecting, and one shared with model training once took 7.4 s. Half the timeout
		// tells the two apart. How fast searches are is the benchmark's to say (docs/benchmarks.md), not this test's.
		assertThat(p99).isLessThan(10_000);
		assertThat(sorted.length).isGreaterThan(20);
	}

	/**
	 * Sends a body a byte a second to every client until the run ends; a client cut off connects again. After the first
	 * round every client is connected: {@code inPlace} is counted down.
	 */
	private static void drip(List<SlowClient> clients, CountDownLatch inPlace, long end) {
		while (System.currentTimeMillis() < end) {
			for (SlowClient client : clients) {
				client.sendByte();
			}
			inPlace.countDown();
			try {
				Thread.sleep(1_000);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static final class SlowClient {

		private final int port;

		private final String path;

		private final String headers;

		private Socket socket;

		private OutputStream out;

		long refusals;

		SlowClient(int port, String path, String headers) {
			this.port = port;
			this.path = path;
			this.headers = headers;
		}

		void sendByte() {
			try {
				if (socket == null) {
					socket = new Socket();
					socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
					out = socket.getOutputStream();
					out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
							+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
				}
				out.write('q');
				out.flush();
				if (socket.getInputStream().available() > 0) {
					// answered before its body came: the server is done with it
					refusals++;
					close();
				}
			}
			catch (IOException ex) {
				refusals++;
				close();
			}
		}

		void close() {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// closing anyway
				}
			}
			socket = null;
		}

	}


}
