package org.baoku;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client of Baoku's API, for tests against the app in this JVM or in a process of its own. */
final class ApiClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A response: its status, its body as text and, where it is JSON, parsed. */
	record Answer(int status, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("not JSON: " + body, ex);
			}
		}

	}

	private final String base;

	private final String password;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * How long a post may take: an upload of a scanned page is read by OCR before it is answered (20-60 s on two
	 * cores, more on a busy machine; the app allows ten minutes a page), and a test checks what it does, not how fast.
	 */
	private static final Duration POST_TIMEOUT = Duration.ofMinutes(5);

	ApiClient(String base, String password) {
		this.base = base;
		this.password = password;
	}

	Answer get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
	}

	/** GET with the admin's credentials (the admin API). */
	Answer getAsAdmin(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Authorization", basic()).GET());
	}

	/** GET with the query parameters encoded. */
	Answer get(String path, Map<String, String> params) {
		StringBuilder query = new StringBuilder();
		params.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&")
			.append(k)
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return get(path + query);
	}

	Answer search(String q) {
		return get("/api/search", Map.of("q", q, "size", "50"));
	}

	Answer upload(byte[] file, String newspaper, String date, String page, boolean replace) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("newspaper", newspaper);
		fields.put("date", date);
		fields.put("page", page);
		fields.put("replace", Boolean.toString(replace));
		return upload(file, fields);
	}

	/**
	 * A multipart upload with exactly these fields (and the file, when not null). An upload answered 202 (a scan being
	 * read by OCR) is followed as a script follows it, polling its progress each second until it ends: the answer is
	 * then the one the upload ended with, and {@link #pulses()} what the polls saw, each with when it was seen.
	 */
	Answer upload(byte[] file, Map<String, String> fields) {
		Multipart form = Multipart.of(fields, "file", file == null ? Map.of() : Map.of("page.txt", file));
		long posted = System.nanoTime();
		Answer answer = post("/api/admin/pages", form.contentType(), form.body());
		pulses.clear();
		if (answer.status() != 202) {
			return answer;
		}
		pulses.add(new Pulse((System.nanoTime() - posted) / 1_000_000, answer.json()));
		String id = answer.json().get("id").asText();
		long deadline = System.nanoTime() + POST_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			sleep(1000);
			JsonNode progress = getAsAdmin("/api/admin/uploads/" + id).json();
			pulses.add(new Pulse((System.nanoTime() - posted) / 1_000_000, progress));
			if (progress.get("finished").asBoolean()) {
				if (progress.get("result").isNull()) {
					throw new IllegalStateException("upload " + id + " failed: " + progress.get("failure").asText());
				}
				return new Answer(progress.get("resultStatus").asInt(), progress.get("result").toString());
			}
		}
		throw new IllegalStateException("upload " + id + " did not end within " + POST_TIMEOUT);
	}

	/** One poll of an upload's progress: milliseconds after the post, and what it said. */
	record Pulse(long afterMillis, JsonNode progress) {
	}

	private final List<Pulse> pulses = new ArrayList<>();

	/** The progress seen while the last upload was followed (empty when it was answered at once). */
	List<Pulse> pulses() {
		return List.copyOf(pulses);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Answer post(String path, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", basic())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, POST_TIMEOUT);
	}

	private String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
	}

	private Answer send(HttpRequest.Builder request) {
		return send(request, Duration.ofSeconds(60));
	}

	private Answer send(HttpRequest.Builder request, Duration timeout) {
		try {
			HttpResponse<String> response = http.send(request.timeout(timeout).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
