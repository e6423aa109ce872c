package org.baoku;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin in a browser-like session: Basic credentials, a session cookie and the CSRF token of the last page
 * read, for posting the admin pages' forms as a browser would (redirects are not followed, so they can be checked).
 */
final class AdminSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A response: its status, its Location header and its body. */
	record Answer(int status, String location, String body) {
	}

	private final String base;

	private final String password;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String csrf;

	AdminSession(String base, String password) {
		this.base = base;
		this.password = password;
	}

	/** A browser-like session with no Basic credentials: it signs in through the login form, or stays anonymous. */
	static AdminSession anonymous(String base) {
		return new AdminSession(base, null);
	}

	/** Posts the login form (after reading it for its CSRF token); the answer is the form's redirect. */
	Answer signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	/** POST with extra headers and no body, as a script would. */
	Answer postWith(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return send(request);
	}

	/** GET, keeping the page's CSRF token for the next form. */
	Answer get(String path) {
		Answer answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		Matcher m = CSRF.matcher(answer.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return answer;
	}

	/** A form of plain fields. */
	Answer post(String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder("_csrf=" + encode(csrf));
		fields.forEach((k, v) -> body.append('&').append(encode(k)).append('=').append(encode(v)));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** A multipart form: the fields, then every file as a part named {@code files}. */
	Answer upload(String path, Map<String, String> fields, Map<String, byte[]> files) {
		Map<String, String> withToken = new LinkedHashMap<>();
		withToken.put("_csrf", csrf);
		withToken.putAll(fields);
		Multipart form = Multipart.of(withToken, "files", files);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
	}

	private Answer send(HttpRequest.Builder request) {
		// What a browser accepts: pages first, anything else after (the progress endpoint answers JSON).
		request.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		if (password != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String s) {
		return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
	}

}
