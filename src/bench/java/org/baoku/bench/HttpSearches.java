package org.baoku.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The mix sent to a running app over HTTP, as its users' browsers and scripts send it. */
public final class HttpSearches {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A load's response times, all of them, the filtered ones and each kind's group ({@link BenchQuery.Kind#group}). */
	public record Load(Latencies all, Latencies filtered, Map<String, Latencies> byGroup, int requests, double seconds,
			int failures) {

		public double qps() {
			return requests / seconds;
		}

	}

	public record Export(int hits, double seconds, BitSet ids) {
	}

	private final String base;

	public HttpSearches(String base) {
		this.base = base;
	}

	/** One pass, one search at a time: warms the app and gives each search's total. */
	public long[] totals(List<BenchQuery> mix) throws IOException, InterruptedException {
		HttpClient http = client();
		long[] totals = new long[mix.size()];
		for (int i = 0; i < mix.size(); i++) {
			HttpResponse<String> response = http.send(request("/api/search", mix.get(i).apiParams()),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(mix.get(i) + " answered " + response.statusCode() + ": " + response.body());
			}
			totals[i] = JSON.readTree(response.body()).get("total").asLong();
		}
		return totals;
	}

	/** {@code clients} threads send the mix round and round, each from its own place in it, for {@code duration}. */
	public Load load(List<BenchQuery> mix, int clients, Duration duration) throws InterruptedException {
		Latencies all = new Latencies();
		Latencies filtered = new Latencies();
		Map<String, Latencies> byGroup = new TreeMap<>();
		mix.forEach(q -> byGroup.putIfAbsent(q.kind().group(), new Latencies()));
		AtomicInteger failures = new AtomicInteger();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int first = c * mix.size() / clients;
			Thread thread = new Thread(() -> {
				HttpClient http = client();
				for (int i = first; System.nanoTime() < end; i++) {
					BenchQuery query = mix.get(i % mix.size());
					long sent = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(request("/api/search", query.apiParams()),
								HttpResponse.BodyHandlers.ofByteArray());
						long took = System.nanoTime() - sent;
						if (response.statusCode() != 200) {
							failures.incrementAndGet();
							continue;
						}
						all.add(took);
						if (query.kind().filtered()) {
							filtered.add(took);
						}
						byGroup.get(query.kind().group()).add(took);
					}
					catch (IOException ex) {
						failures.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}, "bench-client-" + c);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Load(all, filtered, byGroup, all.count(), seconds, failures.get());
	}

	/** Every hit of a search through the CSV export, timed to the last byte; the ids for scoring recall. */
	public Export export(BenchQuery query) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<InputStream> response = client().send(request("/search/export.csv", query.apiParams()),
				HttpResponse.BodyHandlers.ofInputStream());
		BitSet ids = new BitSet();
		int hits = 0;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			if (response.statusCode() != 200) {
				throw new IllegalStateException("export of " + query + " answered " + response.statusCode());
			}
			lines.readLine();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				int comma = line.indexOf(',');
				if (comma > 0) {
					ids.set(Integer.parseInt(line.substring(0, comma)));
					hits++;
				}
			}
		}
		return new Export(hits, (System.nanoTime() - start) / 1e9, ids);
	}

	/** Builds the index again from PostgreSQL (the admin API answers when the new index is in use). */
	public double rebuild(String password) throws IOException, InterruptedException {
		long start = System.nanoTime();
		String auth = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex"))
			.header("Authorization", "Basic " + auth)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("reindex answered " + response.statusCode() + ": " + response.body());
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private HttpRequest request(String path, Map<String, String> params) {
		StringBuilder url = new StringBuilder(base).append(path);
		char separator = '?';
		for (Map.Entry<String, String> p : params.entrySet()) {
			url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return HttpRequest.newBuilder(URI.create(url.toString())).GET().build();
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	}

}
