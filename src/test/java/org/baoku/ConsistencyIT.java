package org.baoku;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers see only whole states: while one page is replaced 100 times, alternating between a version of 3 and of 4
 * articles, and the index is rebuilt 3 times, checkers search without pause. No answer may show the page with a
 * mix of versions or a count that is neither, no total of the whole archive may be partial, and no hit may point
 * to an article that never existed (404; a hit removed by a replace after the search answers 410).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + ConsistencyIT.PASSWORD, "baoku.seed-on-first-start=false" })
class ConsistencyIT {

	static final String PASSWORD = "consistency-secret";

	private static final String MARKER = "一致性校验";

	private static final int REPLACES = 100;

	private static final int REBUILDS = 3;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("consistency").toString());
	}

	@LocalServerPort
	int port;

	@Test
	void searchesNeverSeeAPageHalfReplacedOrAnIndexHalfBuilt() throws Exception {
		ApiClient api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		for (int day = 1; day <= 20; day++) {
			String date = "2023-01-%02d".formatted(day);
			assertThat(api.upload(TestPages.page("背景" + day, "", 3), "背景报", date, "1", false).status()).isEqualTo(201);
		}
		byte[] versionA = TestPages.page(MARKER, "甲版", 3);
		byte[] versionB = TestPages.page(MARKER, "乙版", 4);
		assertThat(api.upload(versionA, "校验报", "2023-02-01", "1", false).status()).isEqualTo(201);
		long background = 20 * 3;

		AtomicBoolean done = new AtomicBoolean();
		AtomicInteger searches = new AtomicInteger();
		AtomicInteger hitsChecked = new AtomicInteger();
		AtomicInteger gone = new AtomicInteger();
		ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> checkers = new ArrayList<>();
		for (int c = 0; c < 2; c++) {
			checkers.add(pool.submit(() -> {
				while (!done.get()) {
					check(api, background, problems, searches, hitsChecked, gone);
				}
			}));
		}
		Future<?> rebuilds = pool.submit(() -> {
			for (int r = 0; r < REBUILDS; r++) {
				sleep(1500);
				ApiClient.Answer rebuilt = api.post("/api/admin/reindex", null, new byte[0]);
				if (rebuilt.status() != 200) {
					problems.add("rebuild answered " + rebuilt.status());
				}
			}
		});
		for (int i = 0; i < REPLACES; i++) {
			ApiClient.Answer replaced = api.upload(i % 2 == 0 ? versionB : versionA, "校验报", "2023-02-01", "1", true);
			assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		}
		rebuilds.get(5, TimeUnit.MINUTES);
		done.set(true);
		for (Future<?> checker : checkers) {
			checker.get(1, TimeUnit.MINUTES);
		}
		pool.shutdown();
		System.out.printf("ConsistencyIT: %d replaces, %d rebuilds, %d searches, %d hits fetched (%d gone by then), %d problems%n",
				REPLACES, REBUILDS, searches.get(), hitsChecked.get(), gone.get(), problems.size());
		assertThat(problems).isEmpty();
		assertThat(searches.get()).isGreaterThan(50);
		JsonNode stats = api.get("/api/stats").json();
		assertThat(stats.get("agree").asBoolean()).as(stats.toString()).isTrue();
	}

	private static void check(ApiClient api, long background, ConcurrentLinkedQueue<String> problems,
			AtomicInteger searches, AtomicInteger hitsChecked, AtomicInteger gone) {
		JsonNode page = api.get("/api/search", Map.of("q", MARKER, "size", "10")).json();
		long total = page.get("total").asLong();
		int a = 0;
		int b = 0;
		List<Long> ids = new ArrayList<>();
		for (JsonNode hit : page.get("hits")) {
			String headline = hit.get("headline").asText();
			a += headline.endsWith("甲版") ? 1 : 0;
			b += headline.endsWith("乙版") ? 1 : 0;
			ids.add(hit.get("id").asLong());
		}
		boolean whole = (total == 3 && a == 3 && b == 0) || (total == 4 && b == 4 && a == 0);
		if (!whole) {
			problems.add("page in a mixed state: total " + total + ", " + a + " of version A, " + b + " of version B");
		}
		long all = api.get("/api/search?size=1").json().get("total").asLong();
		if (all != background + 3 && all != background + 4) {
			problems.add("partial total: " + all);
		}
		searches.incrementAndGet();
		for (long id : ids) {
			int status = api.get("/api/articles/" + id).status();
			hitsChecked.incrementAndGet();
			if (status == 410) {
				gone.incrementAndGet();
			}
			else if (status != 200) {
				problems.add("hit " + id + " answered " + status);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
